import { LETTERS_PER_WIDTH, type SummaryPlan } from "../core/summary/plan";

const LINE_PT = 15;
const DEFAULT_FONT_PT = 11;
const DEFAULT_WIDTH = 8.43;

/** Lines a paragraph takes when its words are packed greedily into lines of `perLine` characters. */
function wrappedLines(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  // A no-break space ("78,41 %") joins its neighbours into one word, as Excel and LibreOffice wrap it.
  for (const word of text.split(/[^\S\u00a0]+/).filter(Boolean)) {
    if (used > 0 && used + 1 + word.length <= perLine) {
      used += 1 + word.length;
      continue;
    }
    if (used > 0) lines += 1;
    // A word longer than a line is broken across lines.
    lines += Math.floor((word.length - 1) / perLine);
    used = ((word.length - 1) % perLine) + 1;
  }
  return lines;
}

/**
 * Row heights (points) for rows whose wrapped text needs more than one line. The writer sets no heights of itself and
 * LibreOffice does not grow such rows on open, so a wrapped header or group name would be cut off.
 * The estimate counts characters against the column width, which is measured in characters.
 */
export function wrappedRowHeights(plan: SummaryPlan): Map<number, number> {
  const widthOf = (col: number) => plan.columnWidths[col - 1] ?? DEFAULT_WIDTH;
  const heights = new Map<number, number>();
  for (const cell of plan.cells) {
    if (!cell.style?.wrap || typeof cell.value !== "string") continue;
    const merge = plan.merges.find((m) => m.top === cell.row && m.left === cell.col);
    let width = 0;
    for (let c = cell.col; c <= (merge?.right ?? cell.col); c++) width += widthOf(c);
    const scale = (cell.style.fontSize ?? DEFAULT_FONT_PT) / DEFAULT_FONT_PT;
    // Characters per line at 11 pt Times New Roman, against a width counted in the default font's digits:
    // lower-case text is narrower than a digit, capitals and bold text are wider, and a text mostly of figures and
    // signs ("Giảm 1-1,5%/năm") packs no more than the width.
    const length = Math.max(cell.value.length, 1);
    const capitals = cell.value.replace(/[^\p{Lu}]/gu, "").length / length;
    const lower = cell.value.replace(/[^\p{Ll}]/gu, "").length / length;
    const ratio = capitals > 0.5 ? 0.8 : cell.style.bold ? 0.9 : lower < 0.5 ? 1 : LETTERS_PER_WIDTH;
    const perLine = Math.max(1, Math.floor((width * ratio) / scale));
    const lines = cell.value.split("\n").reduce((sum, part) => sum + wrappedLines(part, perLine), 0);
    // A cell merged down over rows (the summary's pace note) has their lines between them: laid all on its top row,
    // the row beside it in the status block grew for text that sat below it.
    const rows = (merge?.bottom ?? cell.row) - cell.row + 1;
    if (lines <= rows) continue;
    const points = Math.ceil(lines / rows) * LINE_PT * scale;
    for (let row = cell.row; row < cell.row + rows; row++) heights.set(row, Math.max(heights.get(row) ?? 0, points));
  }
  return heights;
}
