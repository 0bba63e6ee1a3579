import { parseA1 } from "../../core/address";
import type { CellArea, CellValue } from "../../core/snapshot";
import { WorkbookReadError } from "../read-error";
import { MAX_GRID_CELLS } from "./grid";
import { translateFormula } from "./shared-formula";
import type { XmlHandlers } from "./xml";

/** The cells a worksheet part holds, as parallel lists in document order (rows ascending, as Excel writes them). */
export interface SheetCells {
  rows: number[];
  cols: number[];
  values: CellValue[];
  formats: string[];
  /** "=..." for a formula cell, null for a constant. */
  formulas: (string | null)[];
  merges: CellArea[];
  hiddenRows: number[];
}

export interface SheetContext {
  /** The sheet's name, for messages. */
  sheet: string;
  strings: string[];
  styles: string[];
  date1904: boolean;
}

const MS_PER_DAY = 86_400_000;
// Days from Excel's day 0 to 1970-01-01 in the 1900 and 1904 date systems.
const EPOCH_1900 = 25569;
const EPOCH_1904 = 24107;

function mergeArea(ref: string): CellArea | null {
  const [from, to] = ref.split(":");
  const a = from ? parseA1(from) : null;
  const b = to ? parseA1(to) : a;
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** The column of a cell reference such as "AB12", read from its letters without building any string. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65) break;
    col = col * 26 + ((code & 0xdf) - 64);
  }
  return col;
}

function cellValue(type: string, raw: string, inline: string, context: SheetContext): CellValue {
  switch (type) {
    case "s":
      return context.strings[Number(raw)] ?? null;
    case "inlineStr":
      return inline;
    case "str":
      return raw;
    case "b":
      return raw === "1" || raw === "true";
    case "e":
      return { error: raw };
    case "d": {
      // An ISO 8601 date cell; the engine works on serial numbers, as Office.js returns them.
      const time = Date.parse(raw.endsWith("Z") || raw.length <= 10 ? raw : `${raw}Z`);
      return Number.isNaN(time) ? raw : time / MS_PER_DAY + (context.date1904 ? EPOCH_1904 : EPOCH_1900);
    }
    default: {
      if (raw === "") return null;
      const n = Number(raw);
      return Number.isNaN(n) ? raw : n;
    }
  }
}

/**
 * Reads a worksheet part's cells: cached values (shared strings, inline and rich text, booleans, errors, ISO
 * dates as serials), number formats, formulas (shared ones translated to each cell), merges and hidden rows.
 * A formula without a cached value is kept, with a null value, so the engine can say it was never calculated.
 */
export function sheetCells(parse: (handlers: XmlHandlers) => void, context: SheetContext): SheetCells {
  const out: SheetCells = { rows: [], cols: [], values: [], formats: [], formulas: [], merges: [], hiddenRows: [] };
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  let row = 0;
  let col = 0;
  let type = "";
  let style = 0;
  let raw = "";
  let inline = "";
  let formula: string | null = null;
  let sharedId: string | null = null;
  let sharedMaster = false;
  // Which text is being collected: 0 none, 1 <v>, 2 <f>, 3 <t> of an inline string.
  let collecting = 0;
  let phonetic = 0;

  parse({
    open(name, a) {
      switch (name) {
        case "row":
          row = a.r ? Number(a.r) : row + 1;
          col = 0;
          if (a.hidden === "1" || a.hidden === "true") out.hiddenRows.push(row);
          break;
        case "c":
          col = a.r ? columnOf(a.r) : col + 1;
          type = a.t ?? "n";
          style = a.s ? Number(a.s) : 0;
          raw = "";
          inline = "";
          formula = null;
          sharedId = null;
          break;
        case "v":
          collecting = 1;
          break;
        case "f":
          collecting = 2;
          formula = "";
          sharedId = a.t === "shared" ? (a.si ?? null) : null;
          sharedMaster = sharedId !== null && a.ref !== undefined;
          break;
        case "t":
          if (phonetic === 0) collecting = 3;
          break;
        case "rPh":
          phonetic++;
          break;
        case "mergeCell": {
          const area = a.ref ? mergeArea(a.ref) : null;
          if (area) out.merges.push(area);
          break;
        }
      }
    },
    close(name) {
      switch (name) {
        case "v":
        case "f":
        case "t":
          collecting = 0;
          break;
        case "rPh":
          phonetic--;
          break;
        case "c": {
          if (sharedId !== null) {
            const master = shared.get(sharedId);
            if (sharedMaster || !master) shared.set(sharedId, { formula: formula ?? "", row, col });
            else formula = translateFormula(master.formula, row - master.row, col - master.col);
          }
          const value = cellValue(type, raw, inline, context);
          const hasFormula = formula !== null && formula !== "";
          if ((value === null || value === "") && !hasFormula) break;
          if (out.rows.length === MAX_GRID_CELLS) {
            throw new WorkbookReadError("reader.tooManyCells", {
              sheet: context.sheet,
              limit: MAX_GRID_CELLS.toLocaleString("vi-VN"),
            });
          }
          out.rows.push(row);
          out.cols.push(col);
          out.values.push(value === "" ? null : value);
          out.formats.push(context.styles[style] ?? "General");
          out.formulas.push(hasFormula ? `=${formula}` : null);
          break;
        }
      }
    },
    text(text) {
      if (collecting === 1) raw += text;
      else if (collecting === 2) formula = (formula ?? "") + text;
      else if (collecting === 3) inline += text;
    },
  });
  return out;
}
