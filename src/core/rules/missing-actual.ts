import { type Rule, NO_PASS } from "./rule";

export const missingActual: Rule = {
  code: "missing-actual",
  severity: "warning",
  title: { vi: "Thiếu số thực hiện", en: "Missing actual" },
  messages: {
    vi: 'Chỉ tiêu "{{name}}" chưa có số thực hiện (ô {{cell}} trống).',
    en: 'Indicator "{{name}}" has no actual figure (cell {{cell}} is blank).',
  },
  rows: ({ layout }, out) => {
    const col = layout.columns.actual;
    if (col === undefined) return NO_PASS;
    return {
      row: (r) => {
        if (!r.cells.actual || r.cells.actual.kind === "blank")
          out.push({ row: r.indicator.row, col, params: { name: r.indicator.name } });
      },
    };
  },
};
