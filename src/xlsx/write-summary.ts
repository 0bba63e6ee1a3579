import { a1, columnLetter } from "../core/address";
import { SUMMARY_MARK } from "../excel/summary-sheet";
import type { SummaryPlan } from "../core/summary/plan";
import { fitPlans, fitRowHeight } from "./excel-limits";
import { excelize, must, type Excelize, type ExcelizeFile } from "./excelize";
import { excelizeChart, sheetRef } from "./plan-chart";
import { StyleCache, SUMMARY_FONT } from "./plan-style";
import { chartPageBreaks } from "./page-breaks";
import { wrappedRowHeights } from "./row-heights";

const A4 = 9;
const ROW_POINTS = 15;

/** Values row by row, one call each: every excelize call crosses into WebAssembly and costs about a millisecond. */
function writeValues(file: ExcelizeFile, plan: SummaryPlan): void {
  const rows = new Map<number, Map<number, string | number>>();
  for (const cell of plan.cells) {
    if (cell.value === null) continue;
    const row = rows.get(cell.row) ?? new Map<number, string | number>();
    row.set(cell.col, cell.value);
    rows.set(cell.row, row);
  }
  for (const [row, cells] of rows) {
    const cols = [...cells.keys()];
    const first = Math.min(...cols);
    const line: (string | number | null)[] = [];
    for (let col = first; col <= Math.max(...cols); col++) line.push(cells.get(col) ?? null);
    must(file.SetSheetRow(plan.sheetName, a1(row, first), line));
  }
}

interface StyleRun {
  top: number;
  bottom: number;
  left: number;
  right: number;
  id: number;
}

/**
 * Styles in rectangles of equal style: runs along each row, stacked while the rows below repeat them, so a table
 * takes a few calls rather than one per cell, and so does a matrix whose rows change colour across the units.
 */
function writeStyles(file: ExcelizeFile, plan: SummaryPlan, styles: StyleCache): void {
  const byRow = new Map<number, Map<number, number>>();
  for (const cell of plan.cells) {
    if (!cell.style && !cell.format) continue;
    const row = byRow.get(cell.row) ?? new Map<number, number>();
    row.set(cell.col, styles.idFor(cell));
    byRow.set(cell.row, row);
  }
  const runs: StyleRun[] = [];
  let open = new Map<string, StyleRun>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = byRow.get(row)!;
    const sorted = [...cols.keys()].sort((a, b) => a - b);
    const next = new Map<string, StyleRun>();
    let start = 0;
    for (let i = 1; i <= sorted.length; i++) {
      const left = sorted[start]!;
      const id = cols.get(left)!;
      const prev = sorted[i - 1]!;
      if (i < sorted.length && sorted[i] === prev + 1 && cols.get(sorted[i]!) === id) continue;
      const key = `${left}:${prev}:${id}`;
      const above = open.get(key);
      if (above && above.bottom === row - 1) above.bottom = row;
      const run = above && above.bottom === row ? above : { top: row, bottom: row, left, right: prev, id };
      if (run !== above) runs.push(run);
      next.set(key, run);
      start = i;
    }
    open = next;
  }
  for (const r of runs) must(file.SetCellStyle(plan.sheetName, a1(r.top, r.left), a1(r.bottom, r.right), r.id));
}

function applyPlan(ex: Excelize, file: ExcelizeFile, plan: SummaryPlan, styles: StyleCache): void {
  const sheet = plan.sheetName;
  writeValues(file, plan);
  writeStyles(file, plan, styles);
  for (const m of plan.merges) must(file.MergeCell(sheet, a1(m.top, m.left), a1(m.bottom, m.right)));
  for (const cell of plan.cells) {
    if (cell.link) {
      must(
        file.SetCellHyperLink(
          sheet,
          a1(cell.row, cell.col),
          `${sheetRef(cell.link.sheet)}!${cell.link.cell ?? "A1"}`,
          "Location",
        ),
      );
    }
  }
  plan.columnWidths.forEach((width, i) => {
    const col = columnLetter(i + 1);
    must(file.SetColWidth(sheet, col, col, width));
  });
  const heights = new Map([...wrappedRowHeights(plan)].map(([row, points]) => [row, fitRowHeight(points)]));
  for (const [row, height] of heights) must(file.SetRowHeight(sheet, row, height));
  if (plan.headerRow > 0) {
    must(
      file.SetPanes(sheet, {
        Freeze: true,
        YSplit: plan.headerRow,
        TopLeftCell: a1(plan.headerRow + 1, 1),
        ActivePane: "bottomLeft",
      }),
    );
  }
  if (plan.filter) {
    const { top, left, bottom, right } = plan.filter;
    must(file.AutoFilter(sheet, `${a1(top, left)}:${a1(bottom, right)}`, []));
  }
  must(
    file.SetPageLayout(sheet, {
      Size: A4,
      Orientation: plan.print.orientation,
      FitToWidth: plan.print.fitToWidth ? 1 : 0,
      FitToHeight: 0,
    }),
  );
  // A fixed default row height keeps charts, sized in rows, the same size in Excel and LibreOffice.
  must(
    file.SetSheetProps(sheet, { FitToPage: plan.print.fitToWidth, DefaultRowHeight: ROW_POINTS, CustomHeight: true }),
  );
  const { first, last } = plan.print.repeatRows;
  must(
    file.SetDefinedName({
      Name: "_xlnm.Print_Titles",
      RefersTo: `${sheetRef(sheet)}!$${first}:$${last}`,
      Scope: sheet,
    }),
  );
  // The mark the add-in puts on its summary sheets (src/excel/summary-sheet.ts), so a summary given back as an
  // input is recognised and skipped. excelize cannot hide a name, so unlike the add-in's it shows in the Name Manager.
  must(file.SetDefinedName({ Name: SUMMARY_MARK, RefersTo: "TRUE", Scope: sheet }));
  for (const row of chartPageBreaks(plan, heights)) must(file.InsertPageBreak(sheet, a1(row, 1)));
  for (const chart of plan.charts) {
    const { chart: options, combo } = excelizeChart(ex, plan, chart);
    const anchor = a1(chart.anchor.row, chart.anchor.col);
    must(combo ? file.AddChart(sheet, anchor, options, combo) : file.AddChart(sheet, anchor, options));
  }
}

/**
 * An .xlsx workbook with one sheet per plan, in order, each with its cells, styles, merges, widths, frozen
 * header, print settings and real Excel charts. The caller chooses the sheet names; what passes Excel's limits
 * (a name too long or taken twice, a text or row too large) is fitted to them rather than failing the workbook.
 */
export async function summaryWorkbook(wanted: SummaryPlan[]): Promise<Uint8Array> {
  if (wanted.length === 0) throw new Error("summaryWorkbook needs at least one plan");
  const plans = fitPlans(wanted);
  const ex = await excelize();
  const file = ex.NewFile();
  must(file.SetDefaultFont(SUMMARY_FONT));
  const styles = new StyleCache((style) => must(file.NewStyle(style)).style);
  plans.forEach((plan, i) => {
    if (i === 0) must(file.SetSheetName("Sheet1", plan.sheetName));
    else must(file.NewSheet(plan.sheetName));
    applyPlan(ex, file, plan, styles);
  });
  must(file.SetActiveSheet(0));
  const { buffer } = must(file.WriteToBuffer());
  return buffer as Uint8Array;
}
