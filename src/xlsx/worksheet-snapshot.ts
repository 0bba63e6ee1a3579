import type { Cell, CellValue as XlsxValue, Worksheet } from "exceljs";
import type { CellArea, CellValue, SheetSnapshot } from "../core/snapshot";

// exceljs's ValueType enum is declared but not exported at run time, so its two values we need are named here.
const MERGE = 1;
const FORMULA = 6;
const MS_PER_DAY = 86_400_000;
// Days from Excel's day 0 to 1970-01-01 in the 1900 and 1904 date systems.
const EPOCH_1900 = 25569;
const EPOCH_1904 = 24107;

function toCellValue(value: XlsxValue, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  // The engine works on serial numbers, as Office.js returns them; exceljs turns date-formatted numbers into Dates.
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + (date1904 ? EPOCH_1904 : EPOCH_1900);
  if ("error" in value) return { error: value.error };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    return value.result === undefined ? null : toCellValue(value.result, date1904);
  }
  if ("hyperlink" in value) return toCellValue(value.text as XlsxValue, date1904);
  return null;
}

function isEmpty(value: CellValue): boolean {
  return value === null || value === "";
}

/** Keeps rows `top..bottom` and columns `left..right` (0-based, inclusive) of a grid. */
function crop<T>(grid: T[][], top: number, bottom: number, left: number, right: number): T[][] {
  const rows = top === 0 && bottom === grid.length - 1 ? grid : grid.slice(top, bottom + 1);
  const width = grid[0]?.length ?? 0;
  return left === 0 && right === width - 1 ? rows : rows.map((row) => row.slice(left, right + 1));
}

/**
 * The worksheet's used range as a SheetSnapshot, with cached formula results, number formats, formulas, merges
 * and hidden rows; null when the sheet holds no value at all. Covered cells of a merge are empty, as in Excel
 * (exceljs would repeat the merge's value in each of them). Cells are written straight into the grids, so a
 * 20,000-row sheet costs no intermediate objects.
 */
export function worksheetSnapshot(sheet: Worksheet, date1904 = false): SheetSnapshot | null {
  const dims = sheet.dimensions;
  if (!dims || dims.bottom < dims.top || dims.right < dims.left) return null;
  const origin = { row: dims.top, col: dims.left };
  const height = dims.bottom - dims.top + 1;
  const width = dims.right - dims.left + 1;
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = 0; r < height; r++) {
    values.push(new Array<CellValue>(width).fill(null));
    formats.push(new Array<string>(width).fill("General"));
    formulas.push(new Array<string | null>(width).fill(null));
  }
  const mergeAreas = new Map<string, CellArea>();
  const hidden: number[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  let anyFormula = false;

  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden) hidden.push(rowNumber);
    const r = rowNumber - origin.row;
    row.eachCell({ includeEmpty: false }, (cell: Cell, col) => {
      if (cell.type === MERGE) {
        const master = cell.master;
        const area = mergeAreas.get(master.address) ?? {
          top: Number(master.row),
          left: Number(master.col),
          bottom: Number(master.row),
          right: Number(master.col),
        };
        area.bottom = Math.max(area.bottom, rowNumber);
        area.right = Math.max(area.right, col);
        mergeAreas.set(master.address, area);
        return;
      }
      const value = toCellValue(cell.value, date1904);
      if (isEmpty(value)) return;
      const c = col - origin.col;
      values[r]![c] = value;
      const format = cell.numFmt;
      if (format) formats[r]![c] = format;
      if (cell.type === FORMULA && cell.formula) {
        formulas[r]![c] = `=${cell.formula}`;
        anyFormula = true;
      }
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  if (bottom < 0) return null;

  const firstRow = origin.row + top;
  const lastRow = origin.row + bottom;
  const merges = [...mergeAreas.values()].filter((m) => m.top >= firstRow && m.top <= lastRow);
  const hiddenRows = hidden.filter((r) => r >= firstRow && r <= lastRow);
  return {
    name: sheet.name,
    origin: { row: firstRow, col: origin.col + left },
    values: crop(values, top, bottom, left, right),
    formats: crop(formats, top, bottom, left, right),
    ...(anyFormula ? { formulas: crop(formulas, top, bottom, left, right) } : {}),
    ...(merges.length > 0 ? { merges } : {}),
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
  };
}
