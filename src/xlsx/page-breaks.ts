import type { SummaryPlan } from "../core/summary/plan";

/** Excel's default margins on landscape A4: 0.7 in left and right, 0.75 in top and bottom. */
const PRINTABLE_WIDTH_PT = (11.69 - 1.4) * 72;
const PRINTABLE_HEIGHT_PT = (8.27 - 1.5) * 72;
const ROW_PT = 15;
const DEFAULT_WIDTH = 8.43;
/** A column `w` characters wide is `7w + 5` pixels in Excel, 3/4 of a point each. */
const columnPt = (chars: number) => (chars * 7 + 5) * 0.75;

/**
 * Rows before which a manual page break keeps each band of charts (charts anchored on the same row) on one
 * printed page. The page model is Excel's: landscape A4 at default margins, scaled to fit the plan's columns
 * to the page width, with the repeated header rows at the top of every page after the first.
 */
export function chartPageBreaks(plan: SummaryPlan, rowHeights: Map<number, number>): number[] {
  const sheetWidth = plan.columnWidths.reduce((sum, w) => sum + columnPt(w || DEFAULT_WIDTH), 0);
  const scale = plan.print.fitToWidth ? Math.min(1, PRINTABLE_WIDTH_PT / sheetWidth) : 1;
  const pageHeight = PRINTABLE_HEIGHT_PT / scale;
  const height = (row: number) => rowHeights.get(row) ?? ROW_PT;
  const top = (row: number) => {
    let y = 0;
    for (let r = 1; r < row; r++) y += height(r);
    return y;
  };
  let repeated = 0;
  for (let r = plan.print.repeatRows.first; r <= plan.print.repeatRows.last; r++) repeated += height(r);

  const breaks: number[] = [];
  let pageTop = 0;
  let usable = pageHeight;
  const bands = [...new Set(plan.charts.map((c) => c.anchor.row))].sort((a, b) => a - b);
  for (const row of bands) {
    const rows = Math.max(...plan.charts.filter((c) => c.anchor.row === row).map((c) => c.anchor.heightRows));
    const bandTop = top(row);
    const bandBottom = bandTop + rows * ROW_PT;
    while (bandTop - pageTop >= usable) {
      pageTop += usable;
      usable = pageHeight - repeated;
    }
    if (bandBottom - pageTop > usable) {
      breaks.push(row);
      pageTop = bandTop;
      usable = pageHeight - repeated;
    }
  }
  return breaks;
}
