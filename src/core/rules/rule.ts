import type { SheetView } from "../snapshot";
import type { CellRead } from "../cells";
import type { Convention, ConventionBasis, Fix, GroupedBy, Period, Severity, Status, TableLayout } from "../types";
import type { BodyRead, IndicatorRow, PercentWritings, TotalRow } from "../rows";
import type { OutlierOptions } from "../series/outliers";

export interface RuleContext {
  view: SheetView;
  layout: TableLayout;
  body: BodyRead;
  convention: Convention;
  /** Whether the convention was shown by the figures or the user, or guessed: a guessed reading is said at its cell. */
  conventionBasis: ConventionBasis;
  /** Thresholds of the series-outlier rule. */
  outliers: OutlierOptions;
  /** The reporting period the indicators were judged with, detected or the user's. */
  period: Period | null;
  /** What the indicators' groups are: the table's sections, its lead agencies, or nothing. */
  groupedBy: GroupedBy;
}

/** What a row rule knows of the table as its rows are read: all but the rows themselves and where they end. */
export interface RowContext extends Omit<RuleContext, "body" | "layout" | "groupedBy"> {
  layout: Omit<TableLayout, "lastRow">;
  /** How each percent row wrote its percents, worked out once for the rules that ask of the same row. */
  percentWritings: PercentWritings;
}

/** What a rule found: where, and the values its message needs. */
export interface Finding {
  row: number;
  col: number;
  /** A new object for each finding, never shared: the engine adds the cell and row to it for the issue. */
  params?: Record<string, string | number>;
  /** For a rule whose findings differ in weight (an extreme outlier against a moderate one); else the rule's. */
  severity?: Severity;
  fix?: Omit<Fix, "cell" | "row" | "col">;
}

/** A value a findings list shows as seen in the cell or expected there, formatted for the reader. */
export type FindingValue =
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "percent"; value: number }
  | { kind: "status"; status: Status };

type Params = Record<string, string | number>;

interface RuleInfo {
  code: string;
  severity: Severity;
  /** A short name for the rule, heading its group of issues in the task pane. */
  title: { vi: string; en: string };
  messages: { vi: string; en: string };
  /** The value seen in the cell and the one expected there, from a finding's params, for the findings list. */
  values?(params: Params): { seen?: FindingValue; expected?: FindingValue };
  /**
   * For a rule whose one issue speaks for several cells of its sheet, their address from a finding's params, its own
   * cell among them ("E12:H12", "D3, F3"): the pane marks and selects them all, not the one the issue is listed at.
   */
  covers?(params: Params): string | undefined;
  /**
   * A rule that says once for the whole table what this one says cell by cell: when it has a finding, this rule's
   * are dropped, as they would only repeat it on every row.
   */
  yieldsTo?: Rule;
}

/** A rule over the table as a whole: its layout, sections, totals, error cells, or its rows all at once. */
export interface TableRule extends RuleInfo {
  check(ctx: RuleContext): Finding[];
}

/**
 * A rule that looks at the indicator rows one at a time, in sheet order, as the table is read: each row's cells
 * are seen by all of these rules while they are at hand, and are let go afterwards.
 */
export interface RowRule extends RuleInfo {
  /** Starts a pass over the rows, which pushes its findings to `out`. */
  rows(ctx: RowContext, out: Finding[]): RowPass;
}

/** Plain functions rather than methods: the engine calls them apart from their pass, without `this`. */
export interface RowPass {
  row: (r: IndicatorRow) => void;
  /** A total row met among the indicator rows. */
  total?: (t: TotalRow) => void;
  /** After the last row, for findings that need every row first (a convention learnt from the table). */
  end?: () => void;
  /**
   * The rows the pass looks at when not all of them: those with text where a figure belongs (see
   * IndicatorRow.textCells), percent rows, or rows lacking a figure to judge by (see isIncomplete). The engine
   * passes over the others with one test a row for all such passes, rather than each pass being called to return
   * at once.
   */
  only?: "text" | "percent" | "incomplete";
}

/** The pass of a row rule that has nothing to look at in this table (it lacks the column the rule checks). */
export const NO_PASS: RowPass = { row: () => {} };

/**
 * One validation rule. `code` is stable (reports, tests and users' filters rely on it); the messages are
 * i18next templates, Vietnamese first, filled from each finding's params plus `cell`.
 */
export type Rule = TableRule | RowRule;

/** The text a finding quotes from its cell, as seen. */
export function seenText(param: string): (params: Params) => { seen?: FindingValue } {
  return (params) => {
    const text = params[param];
    return text === undefined || text === "" ? {} : { seen: { kind: "text", text: String(text) } };
  };
}

/**
 * Params for a message saying a cell has no figure, which nests `issues.absence.{{absence}}` after the cell: a
 * placeholder ("N/A", "-") reads as blank, but the official who typed it would not call the cell blank, so it is
 * quoted.
 */
export function figureAbsence(cell: CellRead | null): Params {
  const text = cell?.text ?? "";
  return text === "" ? { absence: "blank" } : { absence: "placeholder", text };
}
