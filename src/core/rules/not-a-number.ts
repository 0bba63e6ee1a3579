import { type Rule, seenText } from "./rule";
import { forEachNumericCell, isQualitative, type NumericCellVisitor } from "./value-cells";

export const notANumber: Rule = {
  code: "not-a-number",
  severity: "error",
  title: { vi: "Không đọc được số", en: "Not a number" },
  messages: {
    vi: 'Ô {{cell}} có nội dung "{{text}}" không đọc được thành số.',
    en: 'Cell {{cell}} holds "{{text}}", which cannot be read as a number.',
  },
  values: seenText("text"),
  rows: (_ctx, out) => {
    const visit: NumericCellVisitor = (cell, role, r) => {
      if (cell.kind === "text" && role !== "plan" && !isQualitative(r))
        out.push({ row: cell.row, col: cell.col, params: { text: cell.text } });
    };
    return { row: (r) => forEachNumericCell(r, visit), only: "text" };
  },
};
