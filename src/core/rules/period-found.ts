import { parseA1 } from "../address";
import type { Period } from "../types";
import type { Rule } from "./rule";

/** What the period means for pace: a share to pace by, the whole plan period, or a quarter's own figures. */
function kindOf(period: Period): "partial" | "full" | "quarter" {
  if (period.quarterOnly) return "quarter";
  return period.elapsed < 1 ? "partial" : "full";
}

/**
 * The reporting period read from the table's own words: say where it came from and what share of the plan period
 * it is, since the pace of every count row follows from it and a misread title would skew them all; or that a
 * quarter's own figures are not paced, which a user whose column is in fact cumulative can correct.
 */
export const periodFound: Rule = {
  code: "period-found",
  severity: "info",
  title: { vi: "Kỳ báo cáo", en: "Reporting period" },
  messages: {
    vi: 'Kỳ báo cáo đọc từ ô {{cell}}: "{{label}}", $t(issues.periodShare.{{kind}}). Nếu sai, hãy sửa kỳ báo cáo.',
    en: 'Reporting period read from cell {{cell}}: "{{label}}", $t(issues.periodShare.{{kind}}). If that is wrong, correct the period.',
  },
  check: ({ period }) => {
    if (!period || period.source !== "detected" || period.cell === null) return [];
    const at = parseA1(period.cell);
    if (!at) return [];
    return [
      {
        row: at.row,
        col: at.col,
        params: { label: period.label, elapsed: period.elapsed, kind: kindOf(period) },
      },
    ];
  },
};
