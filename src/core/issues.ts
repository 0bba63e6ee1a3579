import type { Issue, Lang } from "./types";
import { t } from "./i18n";
import { parseArea, splitReference } from "./address";
import { ruleOf } from "./rules";

/** The issue's message in the user's language. */
export function issueMessage(issue: Issue, lang: Lang): string {
  return t(lang, issue.messageKey, issue.params);
}

/**
 * The issues whose cell lies on the checked sheet. An issue about another sheet (a summary of the user's own) names
 * it in its cell, "'Tổng hợp'!C5", and its row and column are that sheet's: marking them on the checked sheet would
 * mark the wrong cell.
 */
export function issuesOnSheet(issues: Issue[]): Issue[] {
  return issues.filter((issue) => splitReference(issue.cell).sheet === null);
}

/**
 * Every cell an issue is about, as an A1 address on its sheet: its own, or the several its rule says it speaks for
 * ("E12:H12", "D3, F3"), so that the pane selects and marks them all rather than the one it lists the issue at.
 */
export function issueAddress(issue: Issue): string {
  return coveredBy(issue) ?? issue.cell;
}

/** The several cells the issue's rule says it speaks for, if it says so. */
function coveredBy(issue: Issue): string | undefined {
  return ruleOf(issue.code)?.covers?.(issue.params);
}

/** The cells of issueAddress by row and column, left to right as the rule names them. */
export function issueCells(issue: Issue): { row: number; col: number }[] {
  const covered = coveredBy(issue);
  if (covered === undefined) return [{ row: issue.row, col: issue.col }];
  const cells: { row: number; col: number }[] = [];
  for (const part of covered.split(",")) {
    const area = parseArea(part.trim());
    if (!area) continue;
    for (let row = area.top; row <= area.bottom; row++)
      for (let col = area.left; col <= area.right; col++) cells.push({ row, col });
  }
  return cells;
}
