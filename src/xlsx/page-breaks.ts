import type { SummaryPlan } from "../core/summary/plan";

/** Excel's default margins on landscape A4: 0.7 in left and right, 0.75 in top and bottom. */
const PRINTABLE_WIDTH_PT = (11.69 - 1.4) * 72;
const PRINTABLE_HEIGHT_PT = (8.27 - 1.5) * 72;
const ROW_PT = 15;
const DEFAULT_WIDTH = 8.43;
/**
 * A column `w` characters wide is `w` digits of the default font and 5 pixels, 3/4 of a point each. Times New Roman's
 * digit is 7 pixels in Excel; where the font is missing LibreOffice sets the sheet in DejaVu Serif, whose digit
 * (0.636 em, 9.3 pixels at 11 pt) widens every column, so the sheet is scaled down further and a page holds more
 * rows. The page a chart starts on differs between the two, and a band is kept whole in both.
 */
const DIGIT_PX = [7, 9.3];
const columnPt = (chars: number, digitPx: number) => (chars * digitPx + 5) * 0.75;

/** The height of one printed page in sheet points, for a sheet scaled to fit its columns to the page width. */
function pageHeight(plan: SummaryPlan, digitPx: number): number {
  const sheetWidth = plan.columnWidths.reduce((sum, w) => sum + columnPt(w || DEFAULT_WIDTH, digitPx), 0);
  const scale = plan.print.fitToWidth ? Math.min(1, PRINTABLE_WIDTH_PT / sheetWidth) : 1;
  return PRINTABLE_HEIGHT_PT / scale;
}

/**
 * Rows before which a manual page break keeps each band of charts (charts anchored on the same row) on one
 * printed page. The page model is landscape A4 at Excel's default margins, scaled to fit the plan's columns to the
 * page width, with the repeated header rows at the top of every page after the first; a band breaks to a new page
 * when it would cross a page boundary at either digit width.
 */
export function chartPageBreaks(plan: SummaryPlan, rowHeights: Map<number, number>): number[] {
  const height = (row: number) => rowHeights.get(row) ?? ROW_PT;
  const top = (row: number) => {
    let y = 0;
    for (let r = 1; r < row; r++) y += height(r);
    return y;
  };
  let repeated = 0;
  for (let r = plan.print.repeatRows.first; r <= plan.print.repeatRows.last; r++) repeated += height(r);

  const pages = DIGIT_PX.map((digitPx) => {
    const full = pageHeight(plan, digitPx);
    return { full, top: 0, usable: full };
  });
  const breaks: number[] = [];
  const bands = [...new Set(plan.charts.map((c) => c.anchor.row))].sort((a, b) => a - b);
  for (const row of bands) {
    const rows = Math.max(...plan.charts.filter((c) => c.anchor.row === row).map((c) => c.anchor.heightRows));
    const bandTop = top(row);
    const bandBottom = bandTop + rows * ROW_PT;
    let crosses = false;
    for (const page of pages) {
      while (bandTop - page.top >= page.usable) {
        page.top += page.usable;
        page.usable = page.full - repeated;
      }
      if (bandBottom - page.top > page.usable) crosses = true;
    }
    if (!crosses) continue;
    breaks.push(row);
    for (const page of pages) {
      page.top = bandTop;
      page.usable = page.full - repeated;
    }
  }
  return breaks;
}
