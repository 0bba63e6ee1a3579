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
 * rows. The page a chart starts on differs between the two.
 */
const EXCEL_DIGIT_PX = 7;
const LIBREOFFICE_DIGIT_PX = 9.3;
/**
 * A break only LibreOffice's pages need is taken when Excel's page above the band is at least this full. Excel is
 * what the summary is printed from: a band just past the top of an Excel page would otherwise leave that page the
 * repeated header and a row or two, and push the charts a page further.
 */
const LIBREOFFICE_BREAK_FILL = 0.25;
const columnPt = (chars: number, digitPx: number) => (chars * digitPx + 5) * 0.75;

/** The height of one printed page in sheet points, for a sheet scaled to fit its columns to the page width. */
function pageHeight(plan: SummaryPlan, digitPx: number): number {
  const sheetWidth = plan.columnWidths.reduce((sum, w) => sum + columnPt(w || DEFAULT_WIDTH, digitPx), 0);
  const scale = plan.print.fitToWidth ? Math.min(1, PRINTABLE_WIDTH_PT / sheetWidth) : 1;
  return PRINTABLE_HEIGHT_PT / scale;
}

/** Where one application's printed pages fall, followed band by band down the sheet. */
class Pages {
  private top = 0;
  private usable: number;

  constructor(
    private readonly full: number,
    private readonly repeated: number,
  ) {
    this.usable = full;
  }

  /** Turns to the page `bandTop` falls on; true when a band from there to `bandBottom` would cross its end. */
  crosses(bandTop: number, bandBottom: number): boolean {
    while (bandTop - this.top >= this.usable) {
      this.top += this.usable;
      this.usable = this.full - this.repeated;
    }
    return bandBottom - this.top > this.usable;
  }

  /** The share of the current page's rows below its repeated header that lie above `y`. */
  filledAbove(y: number): number {
    return (y - this.top) / this.usable;
  }

  breakBefore(y: number): void {
    this.top = y;
    this.usable = this.full - this.repeated;
  }
}

/**
 * Rows before which a manual page break keeps each band of charts (charts anchored on the same row) on one
 * printed page. The page model is landscape A4 at Excel's default margins, scaled to fit the plan's columns to the
 * page width, with the repeated header rows at the top of every page after the first. A band Excel would cut starts
 * a new page; so does one only LibreOffice without Times New Roman would cut, when the break leaves Excel's page
 * well filled.
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

  const excel = new Pages(pageHeight(plan, EXCEL_DIGIT_PX), repeated);
  const libreOffice = new Pages(pageHeight(plan, LIBREOFFICE_DIGIT_PX), repeated);
  const breaks: number[] = [];
  const bands = [...new Set(plan.charts.map((c) => c.anchor.row))].sort((a, b) => a - b);
  for (const row of bands) {
    const rows = Math.max(...plan.charts.filter((c) => c.anchor.row === row).map((c) => c.anchor.heightRows));
    const bandTop = top(row);
    const bandBottom = bandTop + rows * ROW_PT;
    const excelCuts = excel.crosses(bandTop, bandBottom);
    const libreOfficeCuts = libreOffice.crosses(bandTop, bandBottom);
    if (!excelCuts && !(libreOfficeCuts && excel.filledAbove(bandTop) >= LIBREOFFICE_BREAK_FILL)) continue;
    breaks.push(row);
    excel.breakBefore(bandTop);
    libreOffice.breakBefore(bandTop);
  }
  return breaks;
}
