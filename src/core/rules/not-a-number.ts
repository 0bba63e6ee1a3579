import { type Rule, type Finding, seenText } from "./rule";
import { forEachNumericCell, isQualitative } from "./value-cells";

export const notANumber: Rule = {
  code: "not-a-number",
  severity: "error",
  title: { vi: "Không đọc được số", en: "Not a number" },
  messages: {
    vi: 'Ô {{cell}} có nội dung "{{text}}" không đọc được thành số.',
    en: 'Cell {{cell}} holds "{{text}}", which cannot be read as a number.',
  },
  values: seenText("text"),
  check: ({ body }) => {
    const out: Finding[] = [];
    for (const r of body.rows)
      forEachNumericCell(r, (cell, role) => {
        if (cell.kind === "text" && role !== "plan" && !isQualitative(r))
          out.push({ row: cell.row, col: cell.col, params: { text: cell.text } });
      });
    return out;
  },
};
