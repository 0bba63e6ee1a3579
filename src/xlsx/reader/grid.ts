import { a1 } from "../../core/address";
import type { CellArea, CellValue, SheetSnapshot } from "../../core/snapshot";
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

/** The run of sorted, distinct positions with no gap wider than `gap`, holding the most cells. */
function mainRun(positions: number[], gap: number): { from: number; to: number } {
  const sorted = [...positions].sort((a, b) => a - b);
  let best = { from: sorted[0]!, to: sorted[0]!, count: 0 };
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i]! - sorted[i - 1]! <= gap) continue;
    if (i - start > best.count) best = { from: sorted[start]!, to: sorted[i - 1]!, count: i - start };
    start = i;
  }
  return best;
}

/** Cells inside a merged area but not its top-left one, which Excel never shows (LibreOffice may keep them). */
function coveredByMerge(cells: SheetCells): boolean[] {
  const covered = new Array<boolean>(cells.rows.length).fill(false);
  if (cells.merges.length === 0) return covered;
  const byTop = [...cells.merges].sort((a, b) => a.top - b.top);
  const order = cells.rows.map((_, i) => i).sort((a, b) => cells.rows[a]! - cells.rows[b]!);
  let next = 0;
  let active: CellArea[] = [];
  for (const i of order) {
    const row = cells.rows[i]!;
    const col = cells.cols[i]!;
    while (next < byTop.length && byTop[next]!.top <= row) active.push(byTop[next++]!);
    active = active.filter((m) => m.bottom >= row);
    covered[i] = active.some((m) => col >= m.left && col <= m.right && !(row === m.top && col === m.left));
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
  const kept: number[] = [];
  for (let i = 0; i < cells.rows.length; i++) if (!covered[i]) kept.push(i);
  if (kept.length === 0) return null;

  const rows = mainRun(
    kept.map((i) => cells.rows[i]!),
    ROW_GAP,
  );
  const inRows = kept.filter((i) => cells.rows[i]! >= rows.from && cells.rows[i]! <= rows.to);
  const cols = mainRun(
    inRows.map((i) => cells.cols[i]!),
    COL_GAP,
  );
  const inside = (i: number) =>
    cells.rows[i]! >= rows.from &&
    cells.rows[i]! <= rows.to &&
    cells.cols[i]! >= cols.from &&
    cells.cols[i]! <= cols.to;
  const outside = kept.filter((i) => !inside(i));
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
  for (const i of kept) {
    if (!inside(i)) continue;
    const r = cells.rows[i]! - rows.from;
    const c = cells.cols[i]! - cols.from;
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
  const far = outside[0];
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
    ignored: far === undefined ? null : { count: outside.length, cell: a1(cells.rows[far]!, cells.cols[far]!) },
  };
}
