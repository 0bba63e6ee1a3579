import type { Rule } from "./rule";
import { isQualitative, numericCells } from "./value-cells";

export const notANumber: Rule = {
  code: "not-a-number",
  severity: "error",
  title: { vi: "Không đọc được số", en: "Not a number" },
  messages: {
    vi: 'Ô {{cell}} có nội dung "{{text}}" không đọc được thành số.',
    en: 'Cell {{cell}} holds "{{text}}", which cannot be read as a number.',
  },
  check: ({ body }) =>
    body.rows.flatMap((r) =>
      numericCells(r)
        .filter(({ cell, role }) => cell.kind === "text" && role !== "plan" && !isQualitative(r))
        .map(({ cell }) => ({ row: cell.row, col: cell.col, params: { text: cell.text } })),
    ),
};
