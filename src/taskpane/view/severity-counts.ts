import type { Issue, Severity } from "../../core/types";

const ORDER: Severity[] = ["error", "warning", "info"];

/** Issue counts per severity, most severe first, leaving out severities with none. */
export function severityCounts(issues: Issue[]): { severity: Severity; count: number }[] {
  return ORDER.map((severity) => ({ severity, count: issues.filter((i) => i.severity === severity).length })).filter(
    (c) => c.count > 0,
  );
}
