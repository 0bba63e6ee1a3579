import type ExcelJS from "exceljs";
import { isCellError, type CellValue, type SheetSnapshot } from "../core/snapshot";

function cellContent(value: CellValue, formula: string | null | undefined): ExcelJS.CellValue {
  const result =
    value === null ? undefined : isCellError(value) ? { error: value.error as ExcelJS.CellErrorValue["error"] } : value;
  if (formula && formula.startsWith("=")) return { formula: formula.slice(1), result } as ExcelJS.CellFormulaValue;
  return result ?? null;
}

/**
 * Writes a snapshot into a new worksheet: values (formulas with their cached results), number formats, merges
 * and hidden rows, at the snapshot's own coordinates. Used to build the bundled sample and test fixtures.
 */
export function addSnapshotSheet(workbook: ExcelJS.Workbook, snapshot: SheetSnapshot): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(snapshot.name);
  const { origin } = snapshot;
  snapshot.values.forEach((line, r) => {
    line.forEach((value, c) => {
      const formula = snapshot.formulas?.[r]?.[c];
      const format = snapshot.formats?.[r]?.[c];
      if (value === null && !formula && (!format || format === "General")) return;
      const cell = sheet.getCell(origin.row + r, origin.col + c);
      cell.value = cellContent(value, formula);
      if (format && format !== "General") cell.numFmt = format;
    });
  });
  for (const m of snapshot.merges ?? []) sheet.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const row of snapshot.hiddenRows ?? []) sheet.getRow(row).hidden = true;
  return sheet;
}
