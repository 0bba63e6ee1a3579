import { a1 } from "../../core/address";
import type { CellArea, CellValue, SheetSnapshot } from "../../core/snapshot";
import { EXCEL_LIMITS } from "../excel-limits";
import { WorkbookReadError } from "../read-error";
import type { SheetCells } from "./sheet-part";

/** Rows or columns further than this from the rest of the cells are not part of the table. */
const ROW_GAP = 1000;
const COL_GAP = 100;
/** The most cells one sheet's snapshot may span (rows × columns): 200,000 rows of 20 columns. */
export const MAX_GRID_CELLS = 4_000_000;
export interface SheetGrid {
  snapshot: SheetSnapshot;
  /** Cells left out because they lie far from the table, the first of them named. */
  ignored: { count: number; cell: string } | null;
}

/**
 * The run of used positions with no gap wider than `gap` that holds the most cells, from a count of cells per
 * position (a histogram, so 200,000 cells cost no sort) used from `first` on: a small sheet's loop stops at its last
 * row instead of Excel's millionth, which a start-up that has not yet compiled the loop feels.
 */
function mainRun(counts: Uint32Array, first: number, gap: number): { from: number; to: number } {
  let best = { from: 0, to: -1, count: 0 };
  let run = { from: -1, to: -1, count: 0 };
  for (let p = Math.max(1, first); p < counts.length; p++) {
    const n = counts[p]!;
    if (n === 0) continue;
    if (run.from < 0 || p - run.to > gap) {
      if (run.count > best.count) best = run;
      run = { from: p, to: p, count: 0 };
    }
    run.to = p;
    run.count += n;
  }
  return run.count > best.count ? run : best;
}

/** Cells inside a merged area but not its top-left one, which Excel never shows (LibreOffice may keep them). */
function coveredByMerge(cells: SheetCells): Uint8Array {
  const covered = new Uint8Array(cells.rows.length);
  if (cells.merges.length === 0) return covered;
  const byTop = [...cells.merges].sort((a, b) => a.top - b.top);
  const { rows, cols } = cells;
  // Worksheet parts list rows in ascending order; sort the cells only for a writer that does not.
  let order: number[] | null = null;
  for (let i = 1; i < rows.length; i++) {
    if (rows[i]! < rows[i - 1]!) {
      order = rows.map((_, k) => k).sort((a, b) => rows[a]! - rows[b]!);
      break;
    }
  }
  let next = 0;
  let active: CellArea[] = [];
  for (let k = 0; k < rows.length; k++) {
    const i = order ? order[k]! : k;
    const row = rows[i]!;
    const col = cols[i]!;
    if (next < byTop.length && byTop[next]!.top <= row) {
      while (next < byTop.length && byTop[next]!.top <= row) active.push(byTop[next++]!);
    }
    if (active.length === 0) continue;
    active = active.filter((m) => m.bottom >= row);
    for (const m of active) {
      if (col >= m.left && col <= m.right && !(row === m.top && col === m.left)) {
        covered[i] = 1;
        break;
      }
    }
  }
  return covered;
}

/**
 * The dense snapshot of a sheet's cells, sized from the cells that exist rather than from the declared
 * dimension. A stray cell far from the table (XFD1048576) is left out and named, so it cannot make the
 * snapshot billions of cells; a table that is itself larger than MAX_GRID_CELLS is refused as too large.
 */
export function sheetGrid(name: string, cells: SheetCells): SheetGrid | null {
  const covered = coveredByMerge(cells);
  let firstRow = EXCEL_LIMITS.rows + 1;
  let lastRow = 0;
  let any = false;
  for (let i = 0; i < cells.rows.length; i++) {
    if (covered[i]) continue;
    const row = cells.rows[i]!;
    if (row < firstRow) firstRow = row;
    if (row > lastRow) lastRow = row;
    any = true;
  }
  if (!any) return null;
  const rowCounts = new Uint32Array(Math.min(lastRow, EXCEL_LIMITS.rows) + 1);
  for (let i = 0; i < cells.rows.length; i++) if (!covered[i]) rowCounts[cells.rows[i]!]!++;
  const rows = mainRun(rowCounts, firstRow, ROW_GAP);
  let firstCol = EXCEL_LIMITS.columns + 1;
  let lastCol = 0;
  for (let i = 0; i < cells.rows.length; i++) {
    const row = cells.rows[i]!;
    if (covered[i] || row < rows.from || row > rows.to) continue;
    const col = cells.cols[i]!;
    if (col < firstCol) firstCol = col;
    if (col > lastCol) lastCol = col;
  }
  const colCounts = new Uint32Array(Math.min(lastCol, EXCEL_LIMITS.columns) + 1);
  for (let i = 0; i < cells.rows.length; i++) {
    const row = cells.rows[i]!;
    if (!covered[i] && row >= rows.from && row <= rows.to) colCounts[cells.cols[i]!]!++;
  }
  const cols = mainRun(colCounts, firstCol, COL_GAP);
  const height = rows.to - rows.from + 1;
  const width = cols.to - cols.from + 1;
  if (height * width > MAX_GRID_CELLS) {
    throw new WorkbookReadError("reader.tooManyCells", { sheet: name, limit: MAX_GRID_CELLS.toLocaleString("vi-VN") });
  }

  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = 0; r < height; r++) {
    values.push(new Array<CellValue>(width).fill(null));
    formats.push(new Array<string>(width).fill("General"));
    formulas.push(new Array<string | null>(width).fill(null));
  }
  let anyFormula = false;
  let ignored = 0;
  let far = -1;
  for (let i = 0; i < cells.rows.length; i++) {
    if (covered[i]) continue;
    const r = cells.rows[i]! - rows.from;
    const c = cells.cols[i]! - cols.from;
    if (r < 0 || r >= height || c < 0 || c >= width) {
      if (far < 0) far = i;
      ignored++;
      continue;
    }
    values[r]![c] = cells.values[i]!;
    formats[r]![c] = cells.formats[i]!;
    const formula = cells.formulas[i]!;
    if (formula !== null) {
      formulas[r]![c] = formula;
      anyFormula = true;
    }
  }
  const merges = cells.merges.filter((m) => m.top >= rows.from && m.top <= rows.to);
  const hiddenRows = cells.hiddenRows.filter((r) => r >= rows.from && r <= rows.to);
  return {
    snapshot: {
      name,
      origin: { row: rows.from, col: cols.from },
      values,
      formats,
      ...(anyFormula ? { formulas } : {}),
      ...(merges.length > 0 ? { merges } : {}),
      ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    },
    ignored: far < 0 ? null : { count: ignored, cell: a1(cells.rows[far]!, cells.cols[far]!) },
  };
}
