import { type Rule, seenText } from "./rule";
import { isCellError } from "../snapshot";

export const formulaError: Rule = {
  code: "formula-error",
  severity: "error",
  title: { vi: "Công thức lỗi", en: "Formula error" },
  messages: {
    vi: "Ô {{cell}} có lỗi {{error}}{{formula}}.",
    en: "Cell {{cell}} shows the error {{error}}{{formula}}.",
  },
  values: seenText("error"),
  check: ({ body, view }) =>
    body.errorCells.map((cell) => {
      const formula = view.formula(cell.row, cell.col);
      return {
        row: cell.row,
        col: cell.col,
        params: { error: isCellError(cell.raw) ? cell.raw.error : cell.text, formula: formula ? ` (${formula})` : "" },
      };
    }),
};
