/** The engine's entry point: a sheet snapshot in, the indicator table, its figures and its issues out. */
import { viewOf, type SheetSnapshot, type SheetView } from "./snapshot";
import type {
  Convention,
  ConventionBasis,
  GroupedBy,
  Issue,
  Judging,
  SheetAnalysis,
  Period,
  Summary,
  TableLayout,
} from "./types";
import { detectTable, HEADER_SCAN_ROWS } from "./detect";
import { isEnglishHeader } from "./headers";
import { type BodyRead, isIncomplete, PercentWritings } from "./rows";
import { readBody } from "./read-body";
import { guessConvention } from "./numbers";
import { isCountUnit } from "./units";
import { RULES, NO_PASS, noHeader, type Finding, type RowContext, type RowPass, type RuleContext } from "./rules";
import { a1 } from "./address";
import { mappingToColumns, type ColumnMapping } from "./mapping";
import { DEFAULT_NEAR } from "./judge";
import { DEFAULT_OUTLIER_OPTIONS, type OutlierOptions } from "./series/outliers";
import { detectPeriod, detectPlan, detectResultYear } from "./period";
import { summarize, Tally } from "./counts";
import { groupByLead } from "./lead-groups";
import { FixRecord, IssueRecord } from "./records";
import { trimmed } from "./text";

export { summarize };

export interface AnalyzeOptions {
  mapping?: ColumnMapping;
  /** The number convention for ambiguous texts ("1.234"); by default the sheet's evident one, else Vietnamese. */
  convention?: Convention;
  /** Share of the target at or above which a not-achieved indicator is near (default 0.9). */
  near?: number;
  /**
   * The reporting period, when the user set it; it overrides what the table's own words say. `null` says there
   * is none (no pace); left out, the period is read from the table's title rows and result header.
   */
  period?: Period | null;
  /** Thresholds of the outlier check over the years, each defaulting to DEFAULT_OUTLIER_OPTIONS. */
  outliers?: Partial<OutlierOptions>;
}

const DIGIT = /\d/;

/** Texts only matter when they are ambiguous; a sample of the sheet's text cells is evidence enough. */
const CONVENTION_SAMPLE = 2000;

/**
 * The sheet's number convention from its figures. Only value columns count: row numbers typed as text in the
 * TT column ("1.1", "1.2") are outline numbers, not decimals, and would read as English evidence. A count's text
 * that reads two ways ("720.493" người) is evidence for the convention that reads it whole, before the headers'
 * language is: an agency that translates its headings still types its numbers the Vietnamese way.
 */
function sheetConvention(
  view: SheetView,
  layout: TableLayout | null,
): { convention: Convention; basis: ConventionBasis } {
  const texts: string[] = [];
  const { columns, resultColumns } = layout ?? { columns: {}, resultColumns: [] };
  // The columns read, in sheet order: the value columns only when the table is known, else every column.
  const cols = layout
    ? [...new Set([columns.plan, columns.statedPercent, ...resultColumns.map((r) => r.col)])]
        .filter((c): c is number => c !== undefined && c >= view.firstCol && c <= view.lastCol)
        .sort((a, b) => a - b)
    : Array.from({ length: view.lastCol - view.firstCol + 1 }, (_, i) => view.firstCol + i);
  const counts: string[] = [];
  const unitCol = layout?.columns.unit;
  const first = layout ? layout.firstRow : view.firstRow;
  for (let row = first; row <= view.lastRow && texts.length + counts.length < CONVENTION_SAMPLE; row++) {
    const sample = unitCol !== undefined && isCountUnit(trimmed(view.text(row, unitCol))) ? counts : texts;
    for (const col of cols) {
      const v = view.value(row, col);
      if (typeof v === "string" && DIGIT.test(v)) sample.push(v);
    }
  }
  const labels: string[] = [];
  for (const row of layout?.headerRows ?? [])
    for (let col = view.firstCol; col <= view.lastCol; col++) {
      const text = trimmed(view.text(row, col));
      if (text) labels.push(text);
    }
  const shown = guessConvention(texts, counts);
  if (shown) return { convention: shown, basis: "figures" };
  return isEnglishHeader(labels) ? { convention: "en", basis: "headers" } : { convention: "vi", basis: "default" };
}

/**
 * The table body and each rule's findings, in the catalogue's order: the row rules see each row as it is read,
 * with its cells, and the table rules the table once read.
 */
function readAndCheck(
  view: SheetView,
  detected: TableLayout,
  { convention, basis: conventionBasis }: { convention: Convention; basis: ConventionBasis },
  judging: Judging,
  outliers: OutlierOptions,
): { body: BodyRead; layout: TableLayout; findings: Finding[][]; summary: Summary } {
  const { period } = judging;
  const findings: Finding[][] = RULES.map(() => []);
  const percentWritings = new PercentWritings();
  const rowCtx: RowContext = { view, layout: detected, convention, conventionBasis, outliers, period, percentWritings };
  const passes: RowPass[] = [];
  RULES.forEach((rule, i) => {
    if (!("rows" in rule)) return;
    const pass = rule.rows(rowCtx, findings[i]!);
    if (pass !== NO_PASS) passes.push(pass);
  });
  // The functions themselves, called for every row or for the rows they look at: a list of one kind of thing is
  // quicker to go through.
  const checksOf = (only: RowPass["only"]) => passes.filter((pass) => pass.only === only).map((pass) => pass.row);
  const rowChecks = checksOf(undefined);
  const textChecks = checksOf("text");
  const percentChecks = checksOf("percent");
  const incompleteChecks = checksOf("incomplete");
  // Counted as read, while each indicator is at hand, rather than in another pass over them all; a table grouped by
  // its lead agencies once read is counted again by agency.
  const tally = new Tally();
  const body = readBody(view, detected, convention, judging, {
    row: (r) => {
      tally.add(r.indicator);
      for (const check of rowChecks) check(r);
      if (r.textCells) for (const check of textChecks) check(r);
      if (r.percentRow) for (const check of percentChecks) check(r);
      if (isIncomplete(r.indicator)) for (const check of incompleteChecks) check(r);
    },
    total: (t) => {
      for (const pass of passes) pass.total?.(t);
    },
  });
  // Groups are known once the whole body is read: a table with no section row may be grouped by its lead column,
  // before the table rules check the conclusions stated about those groups.
  const groupedBy: GroupedBy = body.sections.length > 0 ? "section" : groupByLead(body.indicators) ? "lead" : null;
  const summary = groupedBy === "lead" ? summarize(body.indicators, groupedBy) : tally.summary(groupedBy);
  for (const pass of passes) pass.end?.();
  const layout = { ...detected, lastRow: Math.max(body.lastRow, detected.firstRow) };
  const ctx: RuleContext = { view, layout, body, convention, conventionBasis, outliers, period, groupedBy };
  RULES.forEach((rule, i) => {
    if ("check" in rule) findings[i] = rule.check(ctx);
  });
  // Once every rule has run: a table-wide finding sums up the per-row ones of the rules that yield to it.
  RULES.forEach((rule, i) => {
    if (rule.yieldsTo && findings[RULES.indexOf(rule.yieldsTo)]!.length > 0) findings[i] = [];
  });
  return { body, layout, findings, summary };
}

function byPosition(a: Issue, b: Issue): number {
  return a.row - b.row || a.col - b.col || a.code.localeCompare(b.code);
}

export function analyzeSheet(snapshot: SheetSnapshot, options: AnalyzeOptions = {}): SheetAnalysis {
  const view = viewOf(snapshot);
  const detection = detectTable(view, options.mapping ? mappingToColumns(options.mapping) : {});
  const reading: { convention: Convention; basis: ConventionBasis } = options.convention
    ? { convention: options.convention, basis: "user" }
    : sheetConvention(view, detection.ok ? detection.layout : null);
  const { convention } = reading;
  const near = options.near ?? DEFAULT_NEAR;
  if (!detection.ok) {
    const row = view.firstRow;
    const col = view.firstCol;
    const issue: Issue = {
      code: noHeader.code,
      severity: noHeader.severity,
      cell: a1(row, col),
      row,
      col,
      messageKey: `issues.${noHeader.code}`,
      params: { cell: a1(row, col), rows: HEADER_SCAN_ROWS },
    };
    return {
      sheet: snapshot.name,
      table: null,
      convention,
      indicators: [],
      issues: [issue],
      summary: summarize([]),
      period: null,
      near,
    };
  }
  // A user's period is named against the table's plan period: "full" over 2021-2025 is "cả giai đoạn 2021–2025".
  const period =
    options.period === undefined
      ? detectPeriod(view, detection.layout)
      : options.period && { ...options.period, plan: detectPlan(view, detection.layout) };
  const outliers = { ...DEFAULT_OUTLIER_OPTIONS, ...options.outliers };
  const { body, layout, findings, summary } = readAndCheck(view, detection.layout, reading, { near, period }, outliers);
  const issues: Issue[] = [];
  RULES.forEach((rule, i) => {
    const messageKey = `issues.${rule.code}`;
    for (const finding of findings[i]!) {
      const cell = a1(finding.row, finding.col);
      // A finding's params are its own (each rule makes them for it), so they are completed rather than copied.
      const params = finding.params ?? {};
      params.cell = cell;
      params.row = finding.row;
      const severity = finding.severity ?? rule.severity;
      const { fix } = finding;
      // Made by a constructor: a spread copy of the rule's fix took about a tenth of the engine's time on the bench.
      const full = fix && new FixRecord(fix.value, fix.format, fix.before, cell, finding.row, finding.col);
      issues.push(new IssueRecord(rule.code, severity, cell, finding.row, finding.col, messageKey, params, full));
    }
  });
  issues.sort(byPosition);
  const { indicators } = body;
  const resultYear = options.period === undefined && period === null ? detectResultYear(view, layout) : null;
  return {
    sheet: snapshot.name,
    table: layout,
    convention,
    indicators,
    issues,
    summary,
    period,
    ...(resultYear ? { resultYear } : {}),
    near,
  };
}
