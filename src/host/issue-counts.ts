import { t } from "../core/i18n";
import type { Issue, Lang, Severity } from "../core/types";

const ORDER: Severity[] = ["error", "warning", "info"];

/** Issue counts per severity, most severe first, leaving out severities with none. */
export function severityCounts(issues: Issue[]): { severity: Severity; count: number }[] {
  return ORDER.map((severity) => ({ severity, count: issues.filter((i) => i.severity === severity).length })).filter(
    (c) => c.count > 0,
  );
}

/** "3 lỗi, 2 cảnh báo": the counts as the pane and the ribbon's notices word them. */
export function countsText(issues: Issue[], lang: Lang): string {
  return severityCounts(issues)
    .map(({ severity, count }) => t(lang, `ui.check.count.${severity}`, { count }))
    .join(", ");
}
