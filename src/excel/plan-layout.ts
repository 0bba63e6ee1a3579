/**
 * Turns a SummaryPlan's cells into few, large Office.js commands: rectangular blocks of values and number formats
 * sized by payload, and one multi-area range per distinct style (cells with the same style grouped into
 * rectangles, then into address lists Excel accepts).
 */
import type { CellArea } from "../core/snapshot";
import type { PlanCell, PlanStyle, SummaryPlan } from "../core/summary/plan";
import { packAreas } from "./a1";
import { jsonBytes } from "./payload";
import { fitRowHeight } from "../xlsx/excel-limits";
import { wrappedRowHeights } from "../xlsx/row-heights";

/** Text format, so texts such as "1.1" or "20/27" stay texts instead of being read as numbers or dates. */
export const TEXT_FORMAT = "@";
const ADDRESS_CHARS = 2000;

export interface ValueBlock {
  area: CellArea;
  values: (string | number | null)[][];
  formats: string[][];
  bytes: number;
}

/**
 * A plan's value as Office.js should receive it. A text Excel could take for a formula (a cell's own text, seen in
 * the findings, may well start with "=") goes behind an apostrophe, as a typed one would, and so does a text that
 * starts with an apostrophe of its own, which Excel would otherwise swallow.
 */
export function cellInput(value: string | number | null): string | number | null {
  return typeof value === "string" && /^[=+\-@']/.test(value) ? `'${value}` : value;
}

function cellFormat(cell: PlanCell): string {
  if (cell.format) return cell.format;
  return typeof cell.value === "string" ? TEXT_FORMAT : "General";
}

/** Bands of whole rows (columns 1..widest), each at most `maxBytes` of values and formats. */
export function valueBlocks(plan: SummaryPlan, maxBytes: number): ValueBlock[] {
  if (plan.cells.length === 0) return [];
  const byRow = new Map<number, PlanCell[]>();
  let right = 1;
  for (const cell of plan.cells) {
    const line = byRow.get(cell.row) ?? [];
    line.push(cell);
    byRow.set(cell.row, line);
    right = Math.max(right, cell.col);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const first = rows[0] as number;
  const last = rows[rows.length - 1] as number;
  const blocks: ValueBlock[] = [];
  let current: ValueBlock | null = null;
  for (let row = first; row <= last; row++) {
    const values = Array<string | number | null>(right).fill(null);
    const formats = Array<string>(right).fill("General");
    for (const cell of byRow.get(row) ?? []) {
      values[cell.col - 1] = cellInput(cell.value);
      formats[cell.col - 1] = cellFormat(cell);
    }
    const bytes = jsonBytes(values) + jsonBytes(formats);
    if (!current || current.bytes + bytes > maxBytes) {
      current = { area: { top: row, left: 1, bottom: row, right }, values: [], formats: [], bytes: 0 };
      blocks.push(current);
    }
    current.values.push(values);
    current.formats.push(formats);
    current.area.bottom = row;
    current.bytes += bytes;
  }
  return blocks;
}

/** Styles keyed so equal styles written in any property order group together. */
function styleKey(style: PlanStyle): string {
  return JSON.stringify(Object.entries(style).sort(([a], [b]) => a.localeCompare(b)));
}

/** Horizontal runs per row, then runs stacked over consecutive rows with the same columns. */
function rectangles(cells: { row: number; col: number }[]): CellArea[] {
  const byRow = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const cols = byRow.get(row) ?? [];
    cols.push(col);
    byRow.set(row, cols);
  }
  const open = new Map<string, CellArea>();
  const done: CellArea[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const col of cols) {
      const lastRun = runs[runs.length - 1];
      if (lastRun && lastRun[1] === col - 1) lastRun[1] = col;
      else runs.push([col, col]);
    }
    const next = new Map<string, CellArea>();
    for (const [left, right] of runs) {
      const key = `${left}:${right}`;
      const area = open.get(key);
      if (area && area.bottom === row - 1) {
        area.bottom = row;
        next.set(key, area);
        open.delete(key);
      } else next.set(key, { top: row, bottom: row, left, right });
    }
    done.push(...open.values());
    open.clear();
    for (const [key, area] of next) open.set(key, area);
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

export interface StyleGroup {
  style: PlanStyle;
  /** Multi-area addresses ("A5:A9,C5") covering every cell with this style. */
  addresses: string[];
}

export function styleGroups(plan: SummaryPlan): StyleGroup[] {
  const groups = new Map<string, { style: PlanStyle; cells: { row: number; col: number }[] }>();
  for (const cell of plan.cells) {
    if (!cell.style || Object.keys(cell.style).length === 0) continue;
    const key = styleKey(cell.style);
    const group = groups.get(key) ?? { style: cell.style, cells: [] };
    group.cells.push({ row: cell.row, col: cell.col });
    groups.set(key, group);
  }
  return [...groups.values()].map(({ style, cells }) => ({
    style,
    addresses: packAreas(rectangles(cells), ADDRESS_CHARS),
  }));
}

/** Column width in points for a width in characters of the default font (7 px a character, 5 px padding). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Heights for rows whose wrapped text sits in a merged cell (the meeting paragraph): Excel grows a row to fit a
 * wrapped cell by itself, but never for a merged one, which would show one line of the paragraph.
 */
export function mergedRowHeights(plan: SummaryPlan): Map<number, number> {
  const merged = new Set(plan.merges.filter((m) => m.top === m.bottom).map((m) => m.top));
  const heights = new Map<number, number>();
  for (const [row, points] of wrappedRowHeights(plan)) if (merged.has(row)) heights.set(row, fitRowHeight(points));
  return heights;
}
