/** Plain data the engine returns. Every host renders these; none computes them. */

export type Lang = "vi" | "en";
export type Convention = "vi" | "en";
export type Direction = "higher" | "lower";
export type Status = "achieved" | "not_achieved" | "no_data";
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
}

export interface Indicator {
  /** Sheet row. */
  row: number;
  /** Row number as written ("1", "1.1", "a"). */
  number: string;
  name: string;
  unit: string;
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
  /** A1 address on the checked sheet; for a whole-table issue, the header's first cell. */
  cell: string;
  row: number;
  col: number;
  /** Key into the message catalogue, and the values it needs. */
  messageKey: string;
  params: Record<string, string | number>;
  fix?: Fix;
}

export interface GroupCount {
  group: string | null;
  indicators: number;
  achieved: number;
  notAchieved: number;
  noData: number;
}

export interface Summary {
  indicators: number;
  achieved: number;
  notAchieved: number;
  noData: number;
  byGroup: GroupCount[];
}

export interface SheetAnalysis {
  sheet: string;
  /** Null when no indicator table was found; `issues` then says why. */
  table: TableLayout | null;
  convention: Convention;
  indicators: Indicator[];
  issues: Issue[];
  summary: Summary;
}
