/** A1-style addressing. Columns and rows are 1-based. */

/** Every issue names its cell, and a table has few columns: each column's letters are worked out once. */
const letters: string[] = [];
/** Excel's last column, XFD: the cache never holds more. */
const MAX_COLUMN = 16_384;

export function columnLetter(col: number): string {
  const known = letters[col];
  if (known !== undefined) return known;
  const out = columnLetterUncached(col);
  if (Number.isInteger(col) && col > 0 && col <= MAX_COLUMN) letters[col] = out;
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
