/**
 * A1 addresses as Excel writes them in `Range.address` and `RangeAreas.address`: optional sheet prefix
 * (quoted when it has spaces or punctuation), `$` anchors, single cells, rectangles, whole rows ("5:9") and
 * whole columns ("A:C"), several areas separated by commas. Rows and columns are 1-based.
 */
import type { CellArea } from "../core/snapshot";
import { columnLetter, MAX_COLS, MAX_ROWS, parseArea } from "../core/address";
import { HostError } from "../host/workbook-host";

export { MAX_COLS, MAX_ROWS, parseArea };

/** Splits on commas outside quoted sheet names. */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      // A doubled quote inside a quoted name is a literal quote.
      if (quoted && address[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Every area of an address; throws on text that is not an address, since callers pass Excel's own output. */
export function parseAreas(address: string): CellArea[] {
  return splitAreas(address).map((part) => {
    const area = parseArea(part);
    if (!area) throw new HostError("excel.errors.invalidAddress", { address: part });
    return area;
  });
}

export function areaAddress(area: CellArea): string {
  const wholeRows = area.left === 1 && area.right === MAX_COLS;
  const wholeCols = area.top === 1 && area.bottom === MAX_ROWS;
  if (wholeRows) return `${area.top}:${area.bottom}`;
  if (wholeCols) return `${columnLetter(area.left)}:${columnLetter(area.right)}`;
  const start = `${columnLetter(area.left)}${area.top}`;
  if (area.top === area.bottom && area.left === area.right) return start;
  return `${start}:${columnLetter(area.right)}${area.bottom}`;
}

/** A sheet name as it must appear before `!`. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Groups single cells into column runs ("G9:G15") and packs them into comma lists no longer than `maxChars`,
 * since Excel rejects very long multi-area addresses.
 */
export function packCells(cells: { row: number; col: number }[], maxChars: number): string[] {
  const byCol = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const rows = byCol.get(col) ?? [];
    rows.push(row);
    byCol.set(col, rows);
  }
  const areas: CellArea[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byCol.get(col))].sort((a, b) => a - b);
    let start = rows[0] as number;
    let prev = start;
    for (const row of rows.slice(1)) {
      if (row !== prev + 1) {
        areas.push({ top: start, bottom: prev, left: col, right: col });
        start = row;
      }
      prev = row;
    }
    if (rows.length > 0) areas.push({ top: start, bottom: prev, left: col, right: col });
  }
  return packAreas(areas, maxChars);
}

export function packAreas(areas: CellArea[], maxChars: number): string[] {
  const lists: string[] = [];
  let current = "";
  for (const area of areas) {
    const text = areaAddress(area);
    if (current && current.length + 1 + text.length > maxChars) {
      lists.push(current);
      current = "";
    }
    current = current ? `${current},${text}` : text;
  }
  if (current) lists.push(current);
  return lists;
}
