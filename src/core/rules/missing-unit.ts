import { type Rule, NO_PASS } from "./rule";
import { trimmed } from "../text";

export const missingUnit: Rule = {
  code: "missing-unit",
  severity: "warning",
  title: { vi: "Thiếu đơn vị tính", en: "Missing unit" },
  messages: {
    vi: 'Chỉ tiêu "{{name}}" chưa ghi đơn vị tính (ô {{cell}}).',
    en: 'Indicator "{{name}}" has no unit (cell {{cell}}).',
  },
  rows: ({ layout }, out) => {
    const col = layout.columns.unit;
    if (col === undefined) return NO_PASS;
    return {
      row: (r) => {
        if (!trimmed(r.indicator.unit)) out.push({ row: r.indicator.row, col, params: { name: r.indicator.name } });
      },
    };
  },
};
