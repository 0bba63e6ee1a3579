import { type Rule, NO_PASS, figureAbsence } from "./rule";

export const missingPlan: Rule = {
  code: "missing-plan",
  severity: "warning",
  title: { vi: "Thiếu kế hoạch", en: "Missing plan" },
  messages: {
    vi: 'Chỉ tiêu "{{name}}" chưa có kế hoạch (ô {{cell}} $t(issues.absence.{{absence}})), nên không tính được tỷ lệ đạt.',
    en: 'Indicator "{{name}}" has no plan (cell {{cell}} $t(issues.absence.{{absence}})), so attainment cannot be computed.',
  },
  rows: ({ layout }, out) => {
    const col = layout.columns.plan;
    if (col === undefined) return NO_PASS;
    return {
      row: (r) => {
        if (!r.cells.plan || r.cells.plan.kind === "blank")
          out.push({ row: r.indicator.row, col, params: { name: r.indicator.name, ...figureAbsence(r.cells.plan) } });
      },
    };
  },
};
