/** Reading one table cell as a number the way an official meant it. */
import type { SheetView, CellValue } from "./snapshot";
import { isBlank, isCellError } from "./snapshot";
import type { Convention } from "./types";
import { parseAmount, twoReadings } from "./numbers";
import { type Scale, WHOLE_ABOVE } from "./percent-scale";
import { memoize } from "./memo";
import { trimmed } from "./text";

export type CellKind = "blank" | "number" | "text-number" | "text" | "error" | "boolean";

/**
 * How a percent was written: "fraction" when the cell already holds the fraction (0.7841 formatted as %,
 * or "78,41%" typed as text), "whole" when it holds the percent figure (78.41 under a "%" unit).
 */
export type PercentStyle = "fraction" | "whole" | null;

export interface CellRead {
  readonly row: number;
  readonly col: number;
  readonly raw: CellValue;
  /** The text the cell shows, trimmed. */
  readonly text: string;
  readonly format: string;
  readonly kind: CellKind;
  /** The number as written, before percent scaling; null unless kind is number or text-number. */
  readonly number: number | null;
  /** The text carried a % sign or the number format is a percent format. */
  readonly percentMark: boolean;
  /** The text said the figure is an estimate ("khoảng 20 nghìn"). */
  readonly estimate: boolean;
  /** The text scaled its figure with a word ("20 nghìn", "1,5 triệu"): it is more than a number typed as text. */
  readonly worded: boolean;
}

/** A cell's kind by its index here, in the low bits of its flags; its marks in the bits above. */
const KINDS: readonly CellKind[] = ["blank", "number", "text-number", "text", "error", "boolean"];
const [BLANK, NUMBER, TEXT_NUMBER, TEXT, ERROR, BOOLEAN] = [0, 1, 2, 3, 4, 5];
const PERCENT = 8;
const ESTIMATE = 16;
const WORDED = 32;

/**
 * A cell keeps what was worked out from it, its kind and marks packed in one number: its value is read from the
 * sheet again when asked for, and its text and format at the first ask, kept until the next read, as several rules
 * may ask. readCell makes one per call; a CellSlot reads a column's cells, row after row, into the same one.
 */
class SheetCell implements CellRead {
  private flags = BLANK;
  number: number | null = null;
  /** The shown text, worked out at the first ask: several rules quote or read the text of one cell. */
  private shown: string | null = null;
  /** The number format, kept from reading a number (for its % sign), else looked up at the first ask. */
  private shownFormat: string | null = null;
  constructor(
    private view: SheetView,
    public row: number,
    public col: number,
  ) {}
  /** Reads the cell at `row`, `col` into this one; see readCell. */
  load(view: SheetView, row: number, col: number, convention: Convention, numeric: boolean, magnitude: number): this {
    this.view = view;
    this.row = row;
    this.col = col;
    this.number = null;
    this.shown = null;
    this.shownFormat = null;
    const raw = view.value(row, col);
    if (raw === null || isBlank(raw)) this.flags = BLANK;
    else if (typeof raw === "number") {
      const format = (this.shownFormat = view.format(row, col));
      this.flags = NUMBER | (isPercentFormat(format) ? PERCENT : 0);
      this.number = raw;
    } else if (typeof raw === "string") {
      if (!numeric) this.flags = TEXT;
      else {
        const read = textReader(convention, magnitude)(raw);
        this.flags = read.flags;
        this.number = read.number;
      }
    } else this.flags = isCellError(raw) ? ERROR : BOOLEAN;
    return this;
  }
  get kind(): CellKind {
    return KINDS[this.flags & 7]!;
  }
  get percentMark(): boolean {
    return (this.flags & PERCENT) !== 0;
  }
  get estimate(): boolean {
    return (this.flags & ESTIMATE) !== 0;
  }
  get worded(): boolean {
    return (this.flags & WORDED) !== 0;
  }
  get raw(): CellValue {
    return this.view.value(this.row, this.col);
  }
  get format(): string {
    return (this.shownFormat ??= this.view.format(this.row, this.col));
  }
  get text(): string {
    return (this.shown ??= trimmed(this.view.text(this.row, this.col)));
  }
}

let lastFormat = "General";
let lastPercent = false;

/**
 * Whether a number format shows a percent. Every number cell asks, and a column's cells share their format: the
 * format asked last is answered again without searching it.
 */
function isPercentFormat(format: string): boolean {
  if (format !== lastFormat) {
    lastFormat = format;
    lastPercent = format.includes("%");
  }
  return lastPercent;
}

/**
 * One cell of each row read into the same object, for a reader whose rows' cells are let go before the next row is
 * read: a large table's value cells are then not each a new object. What it returns holds until the next read.
 */
export class CellSlot {
  private cell: SheetCell | null = null;

  /** A value cell read as readCell reads it; a slot serves only value columns, whose text may be a figure. */
  read(
    view: SheetView,
    row: number,
    col: number | undefined,
    convention: Convention,
    unitMagnitude = 0,
  ): CellRead | null {
    if (col === undefined) return null;
    this.cell ??= new SheetCell(view, row, col);
    return this.cell.load(view, row, col, convention, true, unitMagnitude);
  }
}

/** Decimal places a number cell's own format shows ("0.00%": 2, "#,##0": 0); null when it does not fix them (General). */
export function formatDecimals(cell: CellRead): number | null {
  return decimalsOfFormat(cell.format);
}

/** A sheet has few distinct formats, and a rule may ask the decimals of every value cell. */
const decimalsOfFormat = memoize(decimalsOfFormatUncached);

function decimalsOfFormatUncached(format: string): number | null {
  const m = /0[.,](0+)/.exec(format);
  if (m) return m[1]!.length;
  if (/^[#,0]*0%?$/.test(format.replace(/\\.|"[^"]*"/g, "").trim())) return 0;
  return null;
}

/** Memoised by convention: the texts of a column repeat, and rules ask the decimals of every cell. */
const decimalsOfTextIn: Record<Convention, (text: string) => number | null> = {
  vi: memoize((text) => decimalsOfTextUncached(text, "vi")),
  en: memoize((text) => decimalsOfTextUncached(text, "en")),
};

function decimalsOfTextUncached(text: string, convention: Convention): number | null {
  const cleaned = text.replace(/[%\s\u00a0]/g, "");
  const mark = convention === "vi" ? "," : ".";
  const idx = cleaned.lastIndexOf(mark);
  if (idx < 0) return /\d/.test(cleaned) ? 0 : null;
  return cleaned.length - idx - 1;
}

/** "-", "x", "…" where a figure belongs mean "nothing to report", as a blank does. */
const PLACEHOLDER = /^\s*(-|–|—|x|\.{2,}|…|\/|n\/a)\s*$/i;

/** A text of a value cell as read: its kind and marks, and its number. */
interface TextRead {
  flags: number;
  number: number | null;
}

const PLACEHOLDER_TEXT: TextRead = { flags: BLANK, number: null };
const WORDS: TextRead = { flags: TEXT, number: null };

function readText(text: string, convention: Convention, unitMagnitude: number): TextRead {
  if (PLACEHOLDER.test(text)) return PLACEHOLDER_TEXT;
  const parsed = parseAmount(text, convention, unitMagnitude);
  if (!parsed) return WORDS;
  const worded = parsed.estimate || parsed.magnitude !== 0;
  const marks = (parsed.percent ? PERCENT : 0) | (parsed.estimate ? ESTIMATE : 0) | (worded ? WORDED : 0);
  return { flags: TEXT_NUMBER | marks, number: parsed.value };
}

/**
 * Texts of value cells repeat ("1.100", "khoảng 1 nghìn"), each read once per convention and unit magnitude
 * (which change how a text reads); the reader asked last is kept at hand, as a table asks the same one row after row.
 */
const textReaders = new Map<string, (text: string) => TextRead>();
let lastReader: { convention: Convention; magnitude: number; read: (text: string) => TextRead } | null = null;

function textReader(convention: Convention, magnitude: number): (text: string) => TextRead {
  if (lastReader !== null && lastReader.convention === convention && lastReader.magnitude === magnitude)
    return lastReader.read;
  const key = `${convention}${magnitude}`;
  let read = textReaders.get(key);
  if (read === undefined) {
    read = memoize((text) => readText(text, convention, magnitude));
    textReaders.set(key, read);
  }
  lastReader = { convention, magnitude, read };
  return read;
}

export function readCell(
  view: SheetView,
  row: number,
  col: number | undefined,
  convention: Convention,
  /** False for label columns (name, unit, status), whose text is never a figure. */
  numeric = true,
  /** The magnitude the row's unit carries ("tỷ đồng": 9), so "2.975,42 tỷ" reads as 2 975,42 of that unit. */
  unitMagnitude = 0,
): CellRead | null {
  if (col === undefined) return null;
  return new SheetCell(view, row, col).load(view, row, col, convention, numeric, unitMagnitude);
}

/** Decimal places the cell shows, for judging display rounding (computed only where a rule needs it). */
export function shownDecimals(cell: CellRead, convention: Convention): number | null {
  if (cell.kind === "number" && cell.number !== null)
    return decimalsOfFormat(cell.format) ?? decimalsOfNumber(cell.number, cell.percentMark);
  if (cell.kind !== "text-number") return null;
  if (cell.worded && cell.number !== null) return decimalsOfNumber(cell.number, cell.percentMark);
  // A count read whole against the sheet's convention ("720.493" people in English figures) shows no decimals.
  const other: Convention = convention === "vi" ? "en" : "vi";
  const readings = twoReadings(cell.text);
  return decimalsOfTextIn[readings && readings[other] === cell.number ? other : convention](cell.text);
}

/** Decimal places a number needs to be written whole, as a percent's figure when `percent` (0.7841: 2). */
export function decimalsOfNumber(value: number, percent: boolean): number {
  const scaled = percent ? value * 100 : value;
  // Rounding an integer to 12 significant digits leaves an integer, written without a point below 1e21: most
  // figures need no string at all.
  if (Number.isInteger(scaled) && Math.abs(scaled) < 1e21) return 0;
  const s = String(Number(scaled.toPrecision(12)));
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * A percent cell's value as a fraction. `percentRow` says the row's unit or target is a percent, so a
 * plain 98.9 means 98,9 % while a cell formatted as % (0.989) or typed "98,9%" is already a fraction.
 */
export function asFraction(cell: CellRead, percentRow: boolean, plain: Scale | null = null): number | null {
  if (cell.number === null) return null;
  if (cell.percentMark || !percentRow || plainFraction(cell.number, plain)) return cell.number;
  return cell.number / 100;
}

/**
 * How a cell wrote its percent; apart from `asFraction` since only percent rows need it. `plain` is the scale the
 * row's own evidence gives its plain numbers (see percent-scale.ts); without any, they are whole percents.
 */
export function percentStyleOf(cell: CellRead, percentRow: boolean, plain: Scale | null = null): PercentStyle {
  if (cell.number === null) return null;
  if (cell.percentMark) return "fraction";
  if (!percentRow) return null;
  return plainFraction(cell.number, plain) ? "fraction" : "whole";
}

/** A plain number is a fraction only where the row says so and it could be one (98,9 never is). */
function plainFraction(value: number, plain: Scale | null): boolean {
  return plain === "fraction" && Math.abs(value) <= WHOLE_ABOVE;
}
