import { type Rule, NO_PASS, figureAbsence } from "./rule";
import { noNumericPlan } from "./no-numeric-plan";

/**
 * A blank plan cell, at the cell. In a table where no indicator has a target, no-numeric-plan says it once for the
 * whole column and names its cells: a warning on each row (27 on a 27-row table) would only repeat it.
 */
export const missingPlan: Rule = {
  code: "missing-plan",
  severity: "warning",
  title: { vi: "Thiếu kế hoạch", en: "Missing plan" },
  messages: {
    vi: 'Chỉ tiêu "{{name}}" chưa có kế hoạch (ô {{cell}} $t(issues.absence.{{absence}})), nên không tính được tỷ lệ đạt.',
    en: 'Indicator "{{name}}" has no plan (cell {{cell}} $t(issues.absence.{{absence}})), so attainment cannot be computed.',
  },
  yieldsTo: noNumericPlan,
  rows: ({ layout }, out) => {
    const col = layout.columns.plan;
    if (col === undefined) return NO_PASS;
    return {
      // A blank plan cell gives no plan.
      only: "incomplete",
      row: (r) => {
        if (!r.cells.plan || r.cells.plan.kind === "blank")
          out.push({ row: r.indicator.row, col, params: { name: r.indicator.name, ...figureAbsence(r.cells.plan) } });
      },
    };
  },
};
