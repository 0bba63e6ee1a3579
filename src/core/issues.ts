import type { Issue, Lang } from "./types";
import { t } from "./i18n";
import { splitReference } from "./address";

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
