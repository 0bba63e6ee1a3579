import type { Rule, Finding } from "./rule";
import { isBlank } from "../snapshot";

/**
 * A formula with no cached result: files written by scripts (openpyxl, pandas) and never opened in Excel store
 * the formula alone, so the cell reads as empty. Said at each such cell, rather than "empty cell" and "no data".
 */
export const formulaNotCalculated: Rule = {
  code: "formula-not-calculated",
  severity: "error",
  title: { vi: "Công thức chưa được tính", en: "Formula not calculated" },
  messages: {
    vi: "Ô {{cell}} có công thức {{formula}} nhưng chưa có kết quả (tệp chưa từng được mở bằng Excel); hãy mở tệp bằng Excel rồi lưu lại để Excel tính kết quả.",
    en: "Cell {{cell}} holds the formula {{formula}} but no result (the file was never opened in Excel); open the file in Excel and save it so that Excel calculates the results.",
  },
  values: (params) => ({ seen: { kind: "text", text: `=${String(params.formula).replace(/^=/, "")}` } }),
  check: ({ view, layout, body }) => {
    const findings: Finding[] = [];
    const top = layout.headerRows[0] ?? layout.firstRow;
    const bottom = Math.max(layout.lastRow, body.lastRow);
    for (let row = top; row <= bottom; row++) {
      for (let col = view.firstCol; col <= view.lastCol; col++) {
        const formula = view.formula(row, col);
        if (formula !== null && isBlank(view.value(row, col))) findings.push({ row, col, params: { formula } });
      }
    }
    return findings;
  },
};
