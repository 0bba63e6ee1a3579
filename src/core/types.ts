/** Plain data the engine returns. Every host renders these; none computes them. */

export type Lang = "vi" | "en";
export type Convention = "vi" | "en";
/**
 * What the sheet's convention rests on: its figures (a text that reads one way only, or a count read whole), the
 * user, or a guess when the figures say nothing: the headings' language, else Vietnamese.
 */
export type ConventionBasis = "figures" | "user" | "headers" | "default";
export type Direction = "higher" | "lower";
export type Status = "achieved" | "not_achieved" | "no_data";
/**
 * How a meeting judges an indicator: `status` against the end target, plus `near` for one not achieved but at or
 * above a share of the target (the article's "đạt trên 90%").
 */
export type Band = "achieved" | "near" | "not_achieved" | "no_data";
export const BANDS: readonly Band[] = ["achieved", "near", "not_achieved", "no_data"];
/** Where a partial period stands: cumulative quantities only, `null` for a full period or none found. */
export type Pace = "on_track" | "behind";
/**
 * What kind of figure an indicator is, which decides how it is judged: a `rate` (a percent against a percent
 * target) by its gap in percentage points; a `quantity` (counts, money) cumulates, so a partial period has a pace;
 * a `level` (an allowance per person, a ratio per unit) stands as it is.
 */
export type Measure = "rate" | "quantity" | "level";
export type Severity = "error" | "warning" | "info";

export const ROLES = [
  "number",
  "name",
  "unit",
  "plan",
  "actual",
  "statedPercent",
  "statedStatus",
  "lead",
  "remarks",
] as const;
export type Role = (typeof ROLES)[number];

/** Role to 1-based column number. */
export type ColumnMap = Partial<Record<Role, number>>;

export interface ResultColumn {
  col: number;
  /** Header text, e.g. "Lũy kế" or "Kết quả thực hiện / Năm 2022". */
  label: string;
  cumulative: boolean;
  /** A year the header names, when it names one. */
  year: number | null;
}

/** A result column for one whole year ("Năm 2021", "TH 2022", "Ước TH 2024"). */
export interface YearColumn {
  col: number;
  year: number;
  label: string;
}

/** The cumulative result column ("Lũy kế 2021-2023") and the years its label names, when it names them. */
export interface CumulativeColumn {
  col: number;
  label: string;
  /** First year covered ("2021" in "Lũy kế 2021-2023"); null when the label names no range. */
  from: number | null;
  /** Last year covered ("2023" in "Lũy kế đến năm 2023"); null when the label names no year. */
  to: number | null;
}

/** A column about the same period last year: its figure ("Cùng kỳ năm 2023") or the stated ratio to it. */
export interface SamePeriodColumn {
  col: number;
  label: string;
}

export interface TableLayout {
  /** Sheet rows that form the header (one or two). */
  headerRows: number[];
  /** First and last sheet rows of the body (after the header, through the last indicator). */
  firstRow: number;
  lastRow: number;
  columns: ColumnMap;
  /** Every column that looked like a result; `columns.actual` is the chosen one. */
  resultColumns: ResultColumn[];
  /** Why `columns.actual` was chosen: "cumulative", "latest", "only", "mapping". */
  actualChoice: "cumulative" | "latest" | "only" | "mapping" | "none";
  /** The per-year result columns in year order; empty when two columns name the same year (which one counts?). */
  years: YearColumn[];
  cumulative: CumulativeColumn | null;
  /** "Cùng kỳ năm 2023": the figure of the same period a year before. */
  samePeriod: SamePeriodColumn | null;
  /** "So với cùng kỳ (%)": the stated ratio of the current figure to the same period's. */
  samePeriodPercent: SamePeriodColumn | null;
  /** Roles that several columns claimed; detection kept the first. */
  conflicts: { role: Role; cols: number[] }[];
  /** Roles set from a user's mapping rather than detected. */
  mapped: Role[];
}

/** A comparator parsed from a target such as `≥ 95%`, `Dưới 0,5%` or `675.000`. */
export type Comparator = ">=" | ">" | "<=" | "<" | "=";

export interface Target {
  comparator: Comparator;
  /** The threshold, as a fraction when `percent` (95% → 0.95). */
  value: number;
  /** Upper bound of a range target ("1-1,5%"), same scale as `value`. */
  upper: number | null;
  percent: boolean;
  direction: Direction;
  /** The text as written, trimmed; null when the target was a plain number cell. */
  text: string | null;
  /**
   * Present (and true) only for a target that states a change a year rather than a level: "Giảm 1-1,5%/năm",
   * "Tăng 8%/năm", "mỗi năm giảm 0,5 điểm %". `value` and `upper` are then the committed change a year (0.01 for
   * 1 %), `direction` the way the figure is to move (from the verb), and `comparator` applies to the size of that
   * change: ">=" (at least the low end of a range) unless the words cap it ("tăng không quá 4%/năm"). Whether a
   * percent change is in percentage points or relative depends on the row (a rate or a quantity), which the target
   * alone does not know; a count ("giảm 2.000 hộ/năm", `percent` false) is a change in the row's own unit. Such a
   * target is never a level: it is judged by the row's figures over the years, or not at all.
   */
  perYear?: true;
}

/**
 * How a change a year is measured: a rate in percentage points (as fractions: −0.003 is 0,3 points down a year), a
 * quantity against a "%/năm" target relatively (compounded: −0.05 is 5 % down a year), a quantity against a count
 * ("giảm 2.000 hộ/năm") in the row's own unit (−1500 is 1 500 households fewer a year).
 */
export type ChangeKind = "points" | "relative" | "absolute";

/** How an indicator's figure moved between the first and the last year the row gives, for a target of a change a year. */
export interface YearlyChange {
  /** The first and last years with a figure, and their figures (as fractions for a rate). */
  from: number;
  to: number;
  first: number;
  last: number;
  /** The average change a year, signed: up is positive whichever way the target wants the figure to move. */
  perYear: number;
  kind: ChangeKind;
}

/**
 * A row that splits the indicator above it ("- Trong đó: lao động nữ", "Chia ra: khu vực thành thị") and has no
 * plan of its own: part of that indicator's figure, not an indicator, so it is neither judged nor counted.
 */
export interface Breakdown {
  /** Sheet row. */
  row: number;
  /** Its name as written, markers included ("- Trong đó: nữ"). */
  label: string;
  /** Its unit, or the indicator's when it states none. */
  unit: string;
  /** Its figure in the result column, as a fraction under a "%" unit; null when none. */
  actual: number | null;
  /** A1 address of its result cell, or of its name when the table has no result column. */
  cell: string;
}

export interface Indicator {
  /** Sheet row. */
  row: number;
  /** Row number as written ("1", "1.1", "a"). */
  number: string;
  name: string;
  unit: string;
  /** The section it sits in; in a table without sections grouped by its lead column, its lead agency. */
  group: string | null;
  lead: string | null;
  target: Target | null;
  plan: number | null;
  actual: number | null;
  /** Stated percent (attainment as a fraction), when the table has one and it reads as a number. */
  statedPercent: number | null;
  /** Stated status, normalised, when the table states one. */
  statedStatus: Status | null;
  direction: Direction;
  attainment: number | null;
  overPlan: number | null;
  status: Status;
  measure: Measure;
  band: Band;
  /** Pace in a partial reporting period, for quantities; null otherwise. */
  pace: Pace | null;
  /** For a rate: actual minus target in percentage points, positive when better than the target; else null. */
  gapPoints: number | null;
  /**
   * For a target of a change a year (`target.perYear`), the change the row's years show, which it is judged by
   * (attainment is that change ÷ the committed one; `plan` is then null, as no level is planned); absent when the
   * row gives fewer than two years, and the indicator is then not judged.
   */
  change?: YearlyChange;
  /**
   * For a plan typed as a number, the decimals its cell's own format shows of the plan as `plan` reads (of the
   * percent in a percent row: 0,95 formatted "0.0%" shows 1); absent where the format does not fix them (General).
   */
  planDecimals?: number;
  /** Rows that split this indicator, in sheet order; absent or empty when it has none. */
  breakdowns?: Breakdown[];
}

export interface Fix {
  /** A1 address of the cell to change. */
  cell: string;
  row: number;
  col: number;
  /** The value written by the fix. */
  value: number;
  /** The number format to give the cell with it ("0.00%" for a percent typed as text), if any. */
  format?: string;
  /** The text the cell showed before, so a user sees the change before it is made. */
  before: string;
}

export interface Issue {
  code: string;
  severity: Severity;
  /**
   * A1 address on the checked sheet; for a whole-table issue, the header's first cell. An issue on another sheet (a
   * summary of the user's own) names it, "'Tổng hợp'!C5", and its row and column are on that sheet.
   */
  cell: string;
  row: number;
  col: number;
  /** Key into the message catalogue, and the values it needs. */
  messageKey: string;
  params: Record<string, string | number>;
  fix?: Fix;
}

/** Counts of one group, or of the whole table. `near` is counted apart from `notAchieved` (a band, not a status). */
export interface Counts {
  indicators: number;
  achieved: number;
  /** Not achieved but at or above the near threshold. */
  near: number;
  /** Not achieved and below the near threshold (so achieved + near + notAchieved + noData = indicators). */
  notAchieved: number;
  noData: number;
  /**
   * The pace of a partial period, as reports word it (paceShown): achieved already, so ahead of time; not achieved
   * yet but on pace; behind. All 0 where nothing has a pace (a whole period, a quarter's own figures, rates alone).
   */
  ahead: number;
  onTrack: number;
  behind: number;
}

export interface GroupCount extends Counts {
  group: string | null;
}

/** How a table's indicators are grouped: by its section rows, by its lead-agency column, or not at all. */
export type GroupedBy = "section" | "lead" | null;

export interface Summary extends Counts {
  byGroup: GroupCount[];
  groupedBy: GroupedBy;
}

/**
 * What a table's period words mean, apart from the words: texts name the period from this in their reader's
 * language ("Lũy kế 2021-2023" is "lũy kế giai đoạn 2021–2023" or "2021–2023 (cumulative)").
 */
export type PeriodMeaning =
  /** The figures run to a date, the end of a month (`day` null) or the end of a year (`month` null too). */
  | { kind: "asOf"; day: number | null; month: number | null; year: number }
  /** The first `months` of a year: "9 tháng năm 2024", "6 tháng đầu năm". */
  | { kind: "months"; months: number; year: number | null }
  | { kind: "quarter"; quarter: number; year: number | null }
  /** A whole year: "Năm 2023", "cả năm", or its estimate ("Ước thực hiện cả năm 2023"). */
  | { kind: "year"; year: number | null; estimate: boolean }
  /** Whole years, "Lũy kế 2021-2023" being `cumulative`. */
  | { kind: "span"; from: number; to: number; cumulative: boolean };

/**
 * The reporting period a table covers, relative to its plan period: 9 months of a year plan elapsed 0.75,
 * 2021-2023 of a 2021-2025 plan 0.6, a full period 1.
 */
export interface Period {
  /** The words it was read from ("9 tháng năm 2024"), or the user's as typed ("9m"; `periodLabel` names it). */
  label: string;
  /** Share of the plan period elapsed, in (0, 1]. */
  elapsed: number;
  /** A1 address of the cell it was read from; null when the user set it. */
  cell: string | null;
  source: "detected" | "user";
  /** What a detected period's words mean; a user's is read from its label when it is named. */
  meaning?: PeriodMeaning;
  /** The plan period in whole years, when the table names one: "cả giai đoạn" names the full period of several. */
  plan?: { from: number; to: number } | null;
  /**
   * The result column holds one quarter's own figures ("Quý III/2024"), not the year's to date: `elapsed` still says
   * where the quarter ends, but a quarter's figure measured against that share of the plan would read as behind.
   * Only ever set on a detected period; a user's period is a share to judge pace by.
   */
  quarterOnly?: boolean;
}

/** A period the user set: their own words, no cell. */
export type UserPeriod = Period & { cell: null; source: "user" };

/** How indicators are judged beyond their status; saved with the column mapping, set on the command line. */
export interface Judging {
  /** Share of the target at or above which a not-achieved indicator is `near` (0.9). */
  near: number;
  period: Period | null;
}

export interface SheetAnalysis {
  sheet: string;
  /** Null when no indicator table was found; `issues` then says why. */
  table: TableLayout | null;
  convention: Convention;
  indicators: Indicator[];
  issues: Issue[];
  summary: Summary;
  /** The reporting period found in the table's own words, or the user's; null when none. */
  period: Period | null;
  /**
   * With no period: the one year the result column names under a plan of several ("Năm 2023" under "giai đoạn
   * 2021-2025"), its figures judged against the whole period's plan, as the paragraph says. Left out otherwise.
   */
  resultYear?: ResultYear;
  /** The near threshold the bands were judged with. */
  near: number;
}

/** A year of a plan period of several years, and the header cell naming it. */
export interface ResultYear {
  year: number;
  plan: { from: number; to: number };
  cell: string;
}
