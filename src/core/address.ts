/** A1-style addressing. Columns and rows are 1-based. */
import type { CellArea } from "./snapshot";

/** Excel's last row and last column (XFD). */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** Every issue names its cell, and a table has few columns: each column's letters are worked out once. */
const letters: string[] = [];

export function columnLetter(col: number): string {
  const known = letters[col];
  if (known !== undefined) return known;
  const out = columnLetterUncached(col);
  if (Number.isInteger(col) && col > 0 && col <= MAX_COLS) letters[col] = out;
  return out;
}

function columnLetterUncached(col: number): string {
  let n = col;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m || !m[1] || !m[2]) return null;
  return { col: columnIndex(m[1]), row: Number(m[2]) };
}

/**
 * A cell of a named sheet as a reference or a link's target: "'Bieu 01'!G15". The name is always quoted, its
 * apostrophes doubled, which Excel accepts for every name, even one it would misread unquoted ("AB12").
 */
export function sheetReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** The sheet a reference such as "'Tổng hợp'!C5" or "Data!C5" names, if any, and its cell. */
export function splitReference(reference: string): { sheet: string | null; cell: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!([^!]+)$/.exec(reference);
  if (!m) return { sheet: null, cell: reference };
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string), cell: m[3] as string };
}

function stripSheet(area: string): string {
  const bang = area.lastIndexOf("!");
  return bang >= 0 ? area.slice(bang + 1) : area;
}

interface Corner {
  row: number | null;
  col: number | null;
}

/** A cell, or one end of a whole-column ("A") or whole-row ("5") range. */
function corner(text: string): Corner | null {
  const cell = parseA1(text);
  if (cell) return cell;
  const col = /^\$?([A-Za-z]{1,3})$/.exec(text)?.[1];
  if (col) return { col: columnIndex(col), row: null };
  const row = /^\$?(\d+)$/.exec(text)?.[1];
  return row ? { col: null, row: Number(row) } : null;
}

/**
 * One area of an address, on whatever sheet its prefix names: a cell, a rectangle, whole rows ("5:9") or whole
 * columns ("A:C"); null for any other text.
 */
export function parseArea(text: string): CellArea | null {
  const [first, second, extra] = stripSheet(text).split(":");
  if (first === undefined || extra !== undefined) return null;
  const a = corner(first);
  const b = second === undefined ? a : corner(second);
  if (!a || !b) return null;
  const top = a.row ?? 1;
  const bottom = b.row ?? MAX_ROWS;
  const left = a.col ?? 1;
  const right = b.col ?? MAX_COLS;
  if ((a.row === null) !== (b.row === null) || (a.col === null) !== (b.col === null)) return null;
  return {
    top: Math.min(top, bottom),
    bottom: Math.max(top, bottom),
    left: Math.min(left, right),
    right: Math.max(left, right),
  };
}
