import { type Rule, seenText } from "./rule";
import type { CellRead } from "../cells";
import { isCountUnit } from "../units";

function isNegative(cell: CellRead | null): boolean {
  return cell !== null && cell.number !== null && cell.number < 0;
}

export const negativeCount: Rule = {
  code: "negative-count",
  severity: "error",
  title: { vi: "Số lượng âm", en: "Negative count" },
  messages: {
    vi: 'Ô {{cell}} có giá trị âm ({{text}}) cho chỉ tiêu đếm số lượng "{{name}}" (đơn vị: {{unit}}).',
    en: 'Cell {{cell}} has a negative value ({{text}}) for the count "{{name}}" (unit: {{unit}}).',
  },
  values: seenText("text"),
  rows: (_ctx, out) => ({
    row: (r) => {
      const { plan, results, actual } = r.cells;
      // Negative figures are rare: the unit is folded and the cells compared only when there is one.
      if (!isNegative(plan) && !isNegative(actual) && !results.some(isNegative)) return;
      // A negative count is always a typing error.
      if (!isCountUnit(r.indicator.unit)) return;
      const cells = [plan, ...results, actual];
      cells.forEach((c, i) => {
        if (c === null || !isNegative(c) || cells.findIndex((o) => o?.col === c.col) !== i) return;
        out.push({
          row: c.row,
          col: c.col,
          params: { text: c.text || String(c.number), name: r.indicator.name, unit: r.indicator.unit },
        });
      });
    },
  }),
};
