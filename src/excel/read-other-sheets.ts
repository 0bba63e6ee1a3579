/**
 * The workbook's other sheets, each as far as a summary of the user's own reaches (SUMMARY_ROWS × SUMMARY_COLS cells
 * from the top-left corner of its used range, all the engine reads for claims), for checking what they state about
 * the checked table, each with the column mapping saved for it. However many sheets there are this takes three
 * syncs: the sheets; ChiTieu's mark, the saved mapping and the used range of each; their cells, all in one sync
 * unless together they pass what one response may carry.
 *
 * Hidden sheets, the sheets ChiTieu wrote (by its mark) and the checked sheet are left out. Every other sheet is read,
 * since one holding an indicator table of its own must be seen for the check to claim nothing: a huge sheet costs
 * no more than a small one, as only its corner is read, and a protected one reads like any other (protection stops
 * edits, not reads). Nothing is written.
 */
import type { OtherSheet } from "../core/conclusions/other-sheets";
import { SUMMARY_COLS, SUMMARY_ROWS } from "../core/conclusions/reach";
import type { ColumnMapping } from "../core/mapping";
import { SyncBudget } from "./batch";
import { CELL_PROPERTIES, snapshotRow, type CellData } from "./cell-data";
import { loadMapping } from "./mapping-store";
import { isWorkingSheetName, SUMMARY_MARK } from "./summary-sheet";

/** Response bytes taken for a cell's five properties: some 30 when blank, more under a label or a long number. */
const CELL_BYTES = 64;

interface Corner {
  name: string;
  top: number;
  left: number;
  cells: Excel.Range;
  mapping: ColumnMapping | null;
}

function snapshotOf(corner: Corner): OtherSheet {
  const data = corner.cells as unknown as CellData;
  const rows = data.values.map((_, r) => snapshotRow(data, r));
  const snapshot: OtherSheet = {
    name: corner.name,
    origin: { row: corner.top, col: corner.left },
    values: rows.map((row) => row.values),
    text: rows.map((row) => row.text),
    formats: rows.map((row) => row.formats),
    formulas: rows.map((row) => row.formulas),
  };
  if (corner.mapping) snapshot.mapping = corner.mapping;
  return snapshot;
}

export async function readOtherSheets(context: Excel.RequestContext, checked: string): Promise<OtherSheet[]> {
  const sheets = context.workbook.worksheets.load("items/name,items/visibility");
  await context.sync();
  const others = sheets.items
    .filter((s) => s.visibility === "Visible" && s.name !== checked && !isWorkingSheetName(s.name))
    .map((sheet) => ({
      sheet,
      mark: sheet.names.getItemOrNullObject(SUMMARY_MARK),
      mapping: loadMapping(context, sheet.name),
      used: sheet.getUsedRange(true).load("rowIndex,columnIndex,rowCount,columnCount"),
    }));
  await context.sync();

  const budget = new SyncBudget(context);
  const corners: Corner[] = [];
  for (const { sheet, mark, mapping, used } of others) {
    if (!mark.isNullObject) continue;
    const rows = Math.min(used.rowCount, SUMMARY_ROWS);
    const cols = Math.min(used.columnCount, SUMMARY_COLS);
    await budget.reserve(rows * cols * CELL_BYTES);
    corners.push({
      name: sheet.name,
      top: used.rowIndex + 1,
      left: used.columnIndex + 1,
      cells: sheet.getRangeByIndexes(used.rowIndex, used.columnIndex, rows, cols).load(CELL_PROPERTIES),
      mapping: mapping(),
    });
  }
  await budget.flush();
  return corners.map(snapshotOf);
}
