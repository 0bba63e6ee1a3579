/**
 * An indicator row as the rules see it while the table is read, the body once read, and what rules and functions
 * work out from a row: the plan a target states, the percent a row states, how its percents are written.
 */
import type { Breakdown, Indicator, Pace, Target } from "./types";
import { type CellRead, type PercentStyle, asFraction, percentStyleOf } from "./cells";
import type { Scale, ScaleBasis } from "./percent-scale";

/**
 * An indicator row as the table is read: its indicator, where it sits, and the cells the rules look at. The cells
 * are let go once the row is read, as a large table's would fill the memory: rules see each row as it comes. One
 * object, with its cells and results, serves every row of a table, filled afresh: a rule keeps what it needs of a
 * row (its indicator, figures), never the row or its lists.
 */
export interface IndicatorRow {
  indicator: Indicator;
  /** Sheet row of the section this indicator sits under, or null. */
  sectionRow: number | null;
  /** For a sub-item (1.1, a), -), the sheet row of the numbered row above it; null for a top-level row. */
  parentRow: number | null;
  /** Its row number folded ("1.1", "a)"), as the table was read by it. */
  foldedNumber: string;
  /** The cells rules look at again; labels (number, name, unit) live on the indicator. */
  cells: {
    plan: CellRead | null;
    actual: CellRead | null;
    statedPercent: CellRead | null;
    /** Every result column (years, cumulative), including the chosen one. */
    results: CellRead[];
  };
  percentRow: boolean;
  /**
   * Whether a cell that must hold a number (see forEachNumericCell) holds text, a number typed as text or words:
   * the rules about such cells pass over the other rows, most of a table, without visiting their cells.
   */
  textCells: boolean;
  /** In a percent row, the scale its own evidence gives its plain numbers; null when none (whole percents). */
  plainScale?: Scale | null;
  /** The pace its status cell states ("Vượt tiến độ", "Behind schedule"), apart from any status; null if none. */
  statedPace: Pace | null;
  /** In a percent row, what decided plainScale; absent where nothing was read (a row built by hand). */
  plainBasis?: ScaleBasis;
}

/** Sees the rows of the body as it is read, in sheet order. */
export interface BodyVisitor {
  row(row: IndicatorRow): void;
  total(total: TotalRow): void;
}

export interface TotalRow {
  row: number;
  sectionRow: number | null;
  plan: CellRead | null;
  actual: CellRead | null;
}

export interface BodyRead {
  indicators: Indicator[];
  totals: TotalRow[];
  sections: { row: number; title: string }[];
  /** Rows that split the indicator above them, each also listed on its indicator. */
  breakdowns: (Breakdown & { parentRow: number })[];
  /** Last sheet row that belongs to the table (indicator, section or total). */
  lastRow: number;
  /** Every cell read in the body, for rules that look at all of them (error values). */
  errorCells: CellRead[];
  /** Rows with figures but no indicator name: not counted, and said so. */
  unnamed: number[];
  /** Notes and conclusions typed among or below the rows ("Ghi chú", "Kết quả: đạt 20/27 chỉ tiêu"). */
  remarks: number[];
}

/**
 * Whether an indicator lacks a figure to judge by: no plan above zero (none read, a target in words, a yearly change,
 * a zero plan) or no actual. The rules about such gaps look at these rows only, a few in most tables.
 */
export function isIncomplete(indicator: Indicator): boolean {
  const { plan, actual } = indicator;
  return plan === null || plan <= 0 || actual === null;
}

/** The plan figure a target states: its ceiling for a lower-is-better range, else its threshold. */
export function planOf(target: Target | null): number | null {
  if (!target) return null;
  return target.direction === "lower" && target.upper !== null ? target.upper : target.value;
}

/**
 * How each value cell of a percent row wrote its percent (other results, then the actual, then a numeric plan), for
 * the mixed-scale, guessed-scale and above-100 % checks: `count` writings, each a cell, its style and the fraction it
 * was read as. Worked out when those ask, as holding it for every row costs more, and once for all of them: one
 * record per table, filled afresh for each row, its fractions kept unboxed (a visitor given each one as an argument
 * made a heap number of it, 650 KB per 20,000 rows).
 */
export class PercentWritings {
  readonly cells: CellRead[] = [];
  readonly styles: PercentStyle[] = [];
  readonly values: number[] = [];
  count = 0;
  /** The indicator of the row last worked out: each row read has its own. */
  private indicator: Indicator | null = null;

  /** The writings of `row`, a percent row or none; worked out on the first ask for the row. */
  of(row: IndicatorRow): this {
    if (row.indicator === this.indicator) return this;
    this.indicator = row.indicator;
    this.count = 0;
    if (!row.percentRow) return this;
    const { cells, indicator } = row;
    const plain = row.plainScale ?? null;
    for (const cell of cells.results) if (cell.col !== cells.actual?.col) this.add(cell, plain);
    this.add(cells.actual, plain);
    if (cells.plan && indicator.target && indicator.target.text === null) this.add(cells.plan, plain);
    return this;
  }

  private add(cell: CellRead | null, plain: Scale | null): void {
    if (!cell) return;
    const value = asFraction(cell, true, plain);
    if (value === null) return;
    const at = this.count++;
    this.cells[at] = cell;
    this.styles[at] = percentStyleOf(cell, true, plain);
    this.values[at] = value;
  }
}

/** A stated "% of plan": 106,7 % written as 1.067 formatted %, as "106,7%", or as a plain 106.7. */
export function statedPercentOf(cell: CellRead | null): number | null {
  if (!cell || cell.number === null) return null;
  if (cell.percentMark) return cell.number;
  return Math.abs(cell.number) > 3 ? cell.number / 100 : cell.number;
}
