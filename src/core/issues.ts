import type { Issue, Lang } from "./types";
import { t } from "./i18n";

/** The issue's message in the user's language. */
export function issueMessage(issue: Issue, lang: Lang): string {
  return t(lang, issue.messageKey, issue.params);
}
