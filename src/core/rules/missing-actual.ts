import { type Rule, NO_PASS, figureAbsence } from "./rule";

export const missingActual: Rule = {
  code: "missing-actual",
  severity: "warning",
  title: { vi: "Thiếu số thực hiện", en: "Missing actual" },
  messages: {
    vi: 'Chỉ tiêu "{{name}}" chưa có số thực hiện (ô {{cell}} $t(issues.absence.{{absence}})).',
    en: 'Indicator "{{name}}" has no actual figure (cell {{cell}} $t(issues.absence.{{absence}})).',
  },
  rows: ({ layout }, out) => {
    const col = layout.columns.actual;
    if (col === undefined) return NO_PASS;
    return {
      // A blank actual cell gives no actual.
      only: "incomplete",
      row: (r) => {
        if (!r.cells.actual || r.cells.actual.kind === "blank")
          out.push({ row: r.indicator.row, col, params: { name: r.indicator.name, ...figureAbsence(r.cells.actual) } });
      },
    };
  },
};
