import type ExcelJS from "exceljs";
import { a1, columnLetter, sheetReference } from "../core/address";
import type { CellArea } from "../core/snapshot";
import { SUMMARY_MARK } from "../excel/summary-sheet";
import type { SummaryPlan } from "../core/summary/plan";
import { chartXmls } from "./chart-xml";
import { EXCEL_LIMITS, fitPlans, fitRowHeight } from "./excel-limits";
import { injectParts, type SheetExtras } from "./inject-parts";
import { chartPageBreaks } from "./page-breaks";
import { StyleCache, SUMMARY_FONT } from "./plan-style";
import { wrappedRowHeights } from "./row-heights";
import { WorkbookWriteError } from "./write-error";

const A4 = 9;
const ROW_POINTS = 15;
/** ExcelJS counts a page break's last column from 1 and writes it less one: Excel's last column index, 16383. */
const BREAK_TO_LAST_COL = EXCEL_LIMITS.columns;

/** The hidden name Excel gives a sheet's filtered range, which ExcelJS does not write. */
export function filterName(sheet: string, area: CellArea): SheetExtras["names"][number] {
  const range = `$${columnLetter(area.left)}$${area.top}:$${columnLetter(area.right)}$${area.bottom}`;
  return { name: "_xlnm._FilterDatabase", formula: sheetReference(sheet, range), hidden: true };
}

/** A plan cell outside Excel's grid would make a file Excel refuses; no builder makes one, so it is a failure. */
function checkGrid(plan: SummaryPlan): void {
  const outside = plan.cells.find(
    (c) => c.row < 1 || c.row > EXCEL_LIMITS.rows || c.col < 1 || c.col > EXCEL_LIMITS.columns,
  );
  if (outside) throw new WorkbookWriteError("cli.write.beyondSheet", { cell: a1(outside.row, outside.col) });
}

function applyPlan(sheet: ExcelJS.Worksheet, plan: SummaryPlan, styles: StyleCache): SheetExtras {
  for (const cell of plan.cells) {
    if (cell.value === null && !cell.style && !cell.format) continue;
    const target = sheet.getCell(cell.row, cell.col);
    if (cell.value !== null) target.value = cell.value;
    if (cell.style || cell.format) target.style = styles.styleFor(cell);
  }
  // Cells under a merge keep their own styles (borders of a merged header), as Excel keeps them.
  for (const m of plan.merges) sheet.mergeCellsWithoutStyle(m.top, m.left, m.bottom, m.right);
  const heights = new Map([...wrappedRowHeights(plan)].map(([row, points]) => [row, fitRowHeight(points)]));
  for (const [row, height] of heights) sheet.getRow(row).height = height;
  if (plan.headerRow > 0) {
    const below = a1(plan.headerRow + 1, 1);
    sheet.views = [{ state: "frozen", ySplit: plan.headerRow, topLeftCell: below, activeCell: below }];
  }
  if (plan.filter) {
    const { top, left, bottom, right } = plan.filter;
    sheet.autoFilter = `${a1(top, left)}:${a1(bottom, right)}`;
  }
  sheet.pageSetup = {
    paperSize: A4,
    orientation: plan.print.orientation,
    fitToPage: plan.print.fitToWidth,
    fitToWidth: plan.print.fitToWidth ? 1 : 0,
    fitToHeight: 0,
  };
  for (const row of chartPageBreaks(plan, heights)) {
    // ExcelJS breaks after a row; the plan breaks before one.
    if (row > 1) sheet.getRow(row - 1).addPageBreak(0, BREAK_TO_LAST_COL);
  }
  const { first, last } = plan.print.repeatRows;
  return {
    charts: chartXmls(plan).map((xml, i) => ({ chart: plan.charts[i]!, xml })),
    links: plan.cells.flatMap((c) =>
      c.link ? [{ ref: a1(c.row, c.col), location: sheetReference(c.link.sheet, c.link.cell ?? "A1") }] : [],
    ),
    names: [
      ...(plan.filter ? [filterName(plan.sheetName, plan.filter)] : []),
      // Written here rather than by ExcelJS, which does not double an apostrophe in the sheet's name.
      { name: "_xlnm.Print_Titles", formula: sheetReference(plan.sheetName, `$${first}:$${last}`) },
      // The mark the add-in puts on its summary sheets (src/excel/summary-sheet.ts), so a summary given back as
      // an input is recognised and skipped; hidden from the Name Manager as the add-in's is.
      { name: SUMMARY_MARK, formula: "TRUE", hidden: true },
    ],
    // A fixed default row height keeps charts, sized in rows, the same size in Excel and LibreOffice.
    fixedRowHeight: true,
    columnWidths: plan.columnWidths,
  };
}

/** ExcelJS, loaded at the first write: `check` and the JSON reports never pay for it at start-up. */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: exceljs } = await import("exceljs");
  return new exceljs.Workbook();
}

/** The package ExcelJS writes, stored rather than deflated: it is unpacked again at once to add what it lacks. */
export async function storedPackage(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const options = { zip: { compression: "STORE" } } as Partial<ExcelJS.XlsxWriteOptions>;
  return new Uint8Array(await workbook.xlsx.writeBuffer(options));
}

/** A failure inside the writer, as a catalogue error naming it in one line. */
export function writerFailure(error: unknown): unknown {
  if (error instanceof WorkbookWriteError) return error;
  const detail = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  return new WorkbookWriteError("cli.write.writerError", { detail });
}

/**
 * An .xlsx workbook with one sheet per plan, in order, each with its cells, styles, merges, widths, frozen
 * header, print settings and real Excel charts. The caller chooses the sheet names; what passes Excel's limits
 * (a name too long or taken twice, a text or row too large) is fitted to them rather than failing the workbook.
 */
export async function summaryWorkbook(wanted: SummaryPlan[]): Promise<Uint8Array> {
  if (wanted.length === 0) throw new Error("summaryWorkbook needs at least one plan");
  const plans = fitPlans(wanted);
  plans.forEach(checkGrid);
  try {
    const workbook = await newWorkbook();
    const styles = new StyleCache();
    const extras = plans.map((plan) =>
      applyPlan(workbook.addWorksheet(plan.sheetName, { properties: { defaultRowHeight: ROW_POINTS } }), plan, styles),
    );
    return injectParts(await storedPackage(workbook), extras, SUMMARY_FONT);
  } catch (error) {
    throw writerFailure(error);
  }
}
