import type { Rule } from "./rule";
import { forEachNumericCell, type NumericCellVisitor } from "./value-cells";

/**
 * A figure the sheet itself calls an estimate ("khoảng 20 nghìn", "ước 2,9 triệu"): read and counted like any
 * other, and said so, since a meeting should know which results are not yet final.
 */
export const estimate: Rule = {
  code: "estimate",
  severity: "info",
  title: { vi: "Số ước tính", en: "Estimated figure" },
  messages: {
    vi: 'Ô {{cell}} ghi "{{text}}": số ước tính, được đọc là {{value, num}} {{unit}}. Nên thay bằng số chính thức khi có.',
    en: 'Cell {{cell}} says "{{text}}": an estimate, read as {{value, num}} {{unit}}. Replace it with the final figure when there is one.',
  },
  rows: (_ctx, out) => {
    const visit: NumericCellVisitor = (cell, _role, r) => {
      if (!cell.estimate || cell.number === null) return;
      const percent = cell.percentMark || r.percentRow;
      out.push({
        row: cell.row,
        col: cell.col,
        params: {
          text: cell.text,
          value: cell.percentMark ? Number((cell.number * 100).toPrecision(15)) : cell.number,
          unit: percent ? "%" : r.indicator.unit,
        },
      });
    };
    return { row: (r) => forEachNumericCell(r, visit), only: "text" };
  },
};
