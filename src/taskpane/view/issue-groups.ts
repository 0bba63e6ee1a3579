import type { Issue, Severity } from "../../core/types";

export interface IssueGroup {
  code: string;
  severity: Severity;
  issues: Issue[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Issues grouped by rule code: most severe rules first, then in the order the engine reported them;
 * within a rule, issues keep the engine's (sheet) order.
 */
export function groupIssues(issues: Issue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const group = groups.get(issue.code);
    if (group) {
      group.issues.push(issue);
      if (RANK[issue.severity] < RANK[group.severity]) group.severity = issue.severity;
    } else {
      groups.set(issue.code, { code: issue.code, severity: issue.severity, issues: [issue] });
    }
  }
  return [...groups.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
