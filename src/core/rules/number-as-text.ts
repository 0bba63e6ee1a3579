import { type Finding, type Rule, seenText } from "./rule";
import { forEachNumericCell, type NumericCellVisitor } from "./value-cells";
import { shownDecimals } from "../cells";

function formatFor(percent: boolean, decimals: number | null): string {
  const d = decimals ?? 0;
  const tail = d > 0 ? `.${"0".repeat(d)}` : "";
  return percent ? `0${tail}%` : `#,##0${tail}`;
}

export const numberAsText: Rule = {
  code: "number-as-text",
  severity: "warning",
  title: { vi: "Số lưu dạng chữ", en: "Number stored as text" },
  messages: {
    vi: 'Ô {{cell}} là số nhưng được lưu dạng chữ ("{{text}}"): Excel không cộng, không tính được.',
    en: 'Cell {{cell}} is a number stored as text ("{{text}}"): Excel cannot sum or compute with it.',
  },
  values: seenText("text"),
  rows: ({ convention, view }, out) => {
    const visit: NumericCellVisitor = (cell, role) => {
      // A percent or a worded figure in the plan column ("100%", "2,8 triệu") is how targets are commonly written.
      if (cell.kind !== "text-number" || (role === "plan" && (cell.percentMark || cell.worded))) return;
      const text = cell.text;
      const finding: Finding = { row: cell.row, col: cell.col, params: { text } };
      // A formula that returns text is the user's to change; a fix would replace it with a constant. An estimate's
      // words ("khoảng") say something the number alone would lose.
      if (!view.formula(cell.row, cell.col) && !cell.estimate)
        finding.fix = {
          value: cell.number!,
          format: formatFor(cell.percentMark, shownDecimals(cell, convention)),
          before: text,
        };
      out.push(finding);
    };
    return { row: (r) => forEachNumericCell(r, visit), only: "text" };
  },
};
