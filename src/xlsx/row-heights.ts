import type { SummaryPlan } from "../core/summary/plan";
import { CELL_MARGIN, textWidth } from "../core/summary/text-width";

const LINE_PT = 15;
const DEFAULT_FONT_PT = 11;
const DEFAULT_WIDTH = 8.43;

/**
 * Lines a paragraph takes when its words are packed greedily into lines `perLine` digits wide, each word measured
 * in the cell's font.
 */
function wrappedLines(text: string, perLine: number, measure: (text: string) => number): number {
  const space = measure(" ");
  let lines = 1;
  let used = 0;
  // A no-break space ("78,41 %") joins its neighbours into one word, as Excel and LibreOffice wrap it.
  for (const word of text.split(/[^\S\u00a0]+/)) {
    if (word === "") continue;
    const width = measure(word);
    if (used > 0 && used + space + width <= perLine) {
      used += space + width;
      continue;
    }
    if (used > 0) lines += 1;
    // A word longer than a line is broken across lines.
    const broken = Math.max(0, Math.ceil(width / perLine) - 1);
    lines += broken;
    used = width - broken * perLine;
  }
  return lines;
}

/**
 * Row heights (points) for rows whose wrapped text needs more than one line. The writer sets no heights of itself and
 * LibreOffice does not grow such rows on open, so a wrapped header or group name would be cut off; a row given a
 * line its text does not take is as wrong, a gap in the table and a page that ends earlier.
 */
export function wrappedRowHeights(plan: SummaryPlan): Map<number, number> {
  const widthOf = (col: number) => plan.columnWidths[col - 1] ?? DEFAULT_WIDTH;
  const heights = new Map<number, number>();
  for (const cell of plan.cells) {
    if (!cell.style?.wrap || typeof cell.value !== "string") continue;
    const merge = plan.merges.find((m) => m.top === cell.row && m.left === cell.col);
    let width = 0;
    for (let c = cell.col; c <= (merge?.right ?? cell.col); c++) width += widthOf(c);
    const fontSize = cell.style.fontSize ?? DEFAULT_FONT_PT;
    const bold = cell.style.bold ?? false;
    const perLine = Math.max(1, width - CELL_MARGIN);
    const measure = (text: string) => textWidth(text, bold, fontSize);
    const lines = cell.value.split("\n").reduce((sum, part) => sum + wrappedLines(part, perLine, measure), 0);
    // A cell merged down over rows (the summary's pace note) has their lines between them: laid all on its top row,
    // the row beside it in the status block grew for text that sat below it.
    const rows = (merge?.bottom ?? cell.row) - cell.row + 1;
    if (lines <= rows) continue;
    const points = Math.ceil(lines / rows) * LINE_PT * (fontSize / DEFAULT_FONT_PT);
    for (let row = cell.row; row < cell.row + rows; row++) heights.set(row, Math.max(heights.get(row) ?? 0, points));
  }
  return heights;
}
