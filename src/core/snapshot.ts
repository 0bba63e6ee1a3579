/**
 * The one input of the engine: a plain, host-independent picture of a worksheet's used range.
 * Hosts (Office.js, the .xlsx reader, tests) fill it; the engine never reads a workbook itself.
 *
 * Coordinates are 1-based sheet coordinates, as a user sees them (row 8, column G).
 * `values[r][c]` is the cell at row `origin.row + r`, column `origin.col + c`.
 */
import { isTrimmedSpace, trimmed } from "./text";

/** An Excel error value such as `#DIV/0!`, `#REF!`, `#VALUE!`, `#N/A`. */
export interface CellError {
  error: string;
}

export type CellValue = number | string | boolean | null | CellError;

export interface CellArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  /** The worksheet's name as shown on its tab. */
  name: string;
  /** Sheet coordinates of `values[0][0]`. */
  origin: { row: number; col: number };
  /** Raw values; an empty cell is `null` or `""`. */
  values: CellValue[][];
  /** Displayed text, same shape as `values`, when the host has it. */
  text?: string[][];
  /** Number format codes, same shape as `values`, when the host has them ("General", "0.00%", "#,##0"). */
  formats?: string[][];
  /** Formulas ("=D8/C8") or null/"" for constants, same shape as `values`, when the host has them. */
  formulas?: (string | null)[][];
  /** Merged areas, in sheet coordinates. */
  merges?: CellArea[];
  /** Sheet row numbers that are hidden. Hidden rows still count as table rows. */
  hiddenRows?: number[];
}

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  // Runs for every cell of the body: a text opening with a visible ASCII character is not blank, and any other is
  // blank only if all spaces, which is told without the string trim would make.
  const first = value.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  for (let i = 0; i < value.length; i++) if (!isTrimmedSpace(value.charCodeAt(i))) return false;
  return true;
}

/** A value as text, for a host that gave no shown text. */
function written(raw: CellValue): string {
  // Most cells asked for their text hold one, which String() would return only after a call of its own.
  if (typeof raw === "string") return raw;
  if (raw === null) return "";
  return isCellError(raw) ? raw.error : String(raw);
}

/** A read-only view with sheet coordinates, so the engine never does origin arithmetic twice. */
export interface SheetView {
  readonly name: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
  value(row: number, col: number): CellValue;
  /**
   * The row's values from firstCol on, as the snapshot holds them: shorter than the view is wide where the row's
   * last cells are empty, and an entry may be undefined for an empty cell. For a pass over every cell of a row.
   */
  line(row: number): readonly (CellValue | undefined)[];
  text(row: number, col: number): string;
  /** The cell's text trimmed, "" for a blank cell: what a label column (number, name, unit) holds. */
  label(row: number, col: number): string;
  format(row: number, col: number): string;
  formula(row: number, col: number): string | null;
  /** The merged area a cell belongs to, if any. */
  mergeAt(row: number, col: number): CellArea | undefined;
  /** The snapshot's hidden rows, as the host listed them. */
  readonly hiddenRows: readonly number[];
}

export function viewOf(snapshot: SheetSnapshot): SheetView {
  return new SnapshotView(snapshot);
}

const NO_VALUES: readonly CellValue[] = [];

/**
 * Every cell read goes through here (several per body cell). A class rather than functions made per sheet: the
 * engine's hot code then calls the same methods whatever the sheet, and stays compiled from one sheet to the next.
 */
class SnapshotView implements SheetView {
  readonly name: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
  private readonly values: CellValue[][];
  private readonly texts: string[][] | undefined;
  private readonly formats: string[][] | undefined;
  private readonly formulas: (string | null)[][] | undefined;
  private readonly merges = new Map<string, CellArea>();
  readonly hiddenRows: readonly number[];

  constructor(snapshot: SheetSnapshot) {
    const { origin, values } = snapshot;
    const width = values.reduce((max, row) => Math.max(max, row.length), 0);
    this.name = snapshot.name;
    this.firstRow = origin.row;
    this.lastRow = origin.row + values.length - 1;
    this.firstCol = origin.col;
    this.lastCol = origin.col + Math.max(width, 1) - 1;
    this.values = values;
    this.texts = snapshot.text;
    this.formats = snapshot.formats;
    this.formulas = snapshot.formulas;
    this.hiddenRows = snapshot.hiddenRows ?? [];
    for (const area of snapshot.merges ?? []) {
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) this.merges.set(`${r}:${c}`, area);
      }
    }
  }

  value(row: number, col: number): CellValue {
    const line = this.values[row - this.firstRow];
    if (line === undefined) return null;
    const v = line[col - this.firstCol];
    return v === undefined ? null : v;
  }

  line(row: number): readonly (CellValue | undefined)[] {
    return this.values[row - this.firstRow] ?? NO_VALUES;
  }

  text(row: number, col: number): string {
    return this.at(this.texts, row, col) ?? written(this.value(row, col));
  }

  // The value read once, for both the blank test and the text: several labels of every row are read.
  label(row: number, col: number): string {
    const raw = this.value(row, col);
    if (isBlank(raw)) return "";
    return trimmed(this.at(this.texts, row, col) ?? written(raw));
  }

  format(row: number, col: number): string {
    return this.at(this.formats, row, col) ?? "General";
  }

  formula(row: number, col: number): string | null {
    const f = this.at(this.formulas, row, col);
    return typeof f === "string" && f.startsWith("=") ? f : null;
  }

  mergeAt(row: number, col: number): CellArea | undefined {
    return this.merges.get(`${row}:${col}`);
  }

  /** A cell of a grid the sheet may lack (shown texts, formats, formulas). */
  private at<T>(grid: T[][] | undefined, row: number, col: number): T | undefined {
    if (grid === undefined) return undefined;
    const line = grid[row - this.firstRow];
    return line === undefined ? undefined : line[col - this.firstCol];
  }
}
