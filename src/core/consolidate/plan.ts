/**
 * The consolidation as summary plans, the same pure data every host writes: a matrix of indicators by unit
 * coloured by band, a sheet per indicator, a ranking of the units with its chart, and what did not match.
 */
import type { Band, Lang, Period } from "../types";
import { bandLabel } from "../band-text";
import { t } from "../i18n";
import { DEFAULT_NEAR } from "../judge";
import { periodLabel } from "../judging-input";
import {
  HEADER_STYLE,
  BAND_COLOR,
  type PlanCell,
  type PlanChart,
  type PlanColor,
  type PlanMerge,
  type PlanStyle,
  type SummaryPlan,
} from "../summary/plan";
import type { Cell, ConsolidationResult, ExcludedUnit, IndicatorResult, PeriodGroup } from "./consolidate";
import { COUNT } from "../summary/plan-value";

export interface ConsolidationPlanOptions {
  lang: Lang;
  /** When the consolidation was made, already formatted for the reader. */
  generatedAt: string;
  /** The near threshold every unit was judged by, which the near columns name; DEFAULT_NEAR unless given. */
  near?: number;
  /** The meeting's paragraph (consolidationParagraph), made once by the caller for every output that shows it. */
  paragraph: string;
}

const DECIMAL = "#,##0.##";
const PERCENT = "0%";
const SHARE = "0.0%";
/** Percentage points with their sign: +0,47 under a ceiling, −0,60 short of a floor. */
const POINTS = "+0.00;-0.00;0.00";
const MAX_CHART_BARS = 300;
const BORDER: PlanStyle = { border: true };
const PRINT = (row: number): SummaryPlan["print"] => ({
  orientation: "landscape",
  paper: "A4",
  fitToWidth: true,
  repeatRows: { first: row, last: row },
});

class Sheet {
  readonly cells: PlanCell[] = [];
  readonly merges: PlanMerge[] = [];
  put(row: number, col: number, value: PlanCell["value"], style: PlanStyle = BORDER, format?: string): void {
    this.cells.push({ row, col, value, style, ...(format ? { format } : {}) });
  }
  header(row: number, labels: string[], first = 1): void {
    labels.forEach((label, i) => this.put(row, first + i, label, HEADER_STYLE));
  }
  /** A line merged across `width` columns. */
  line(row: number, text: string, style: PlanStyle, width: number): void {
    this.put(row, 1, text, style);
    if (width > 1) this.merges.push({ top: row, left: 1, bottom: row, right: width });
  }
  /** Title, source and headline lines, merged across `width` columns. */
  top(lines: { text: string; style: PlanStyle }[], width: number): void {
    lines.forEach(({ text, style }, i) => {
      this.put(i + 1, 1, text, style);
      if (width > 1) this.merges.push({ top: i + 1, left: 1, bottom: i + 1, right: width });
    });
  }
}

export function placeText(lang: Lang, place: { file: string | null; sheet: string | null }): string {
  const c = (key: string, params: Record<string, string>) => t(lang, `consolidate.place.${key}`, params);
  if (place.file && place.sheet) return c("fileSheet", { file: place.file, sheet: place.sheet });
  if (place.file) return c("file", { file: place.file });
  return c("sheet", { sheet: place.sheet ?? "" });
}

/** A unit's period in the reader's language, or that its table names none. */
export function periodText(period: Period | null, lang: Lang): string {
  return period ? periodLabel(period, lang) : t(lang, "consolidate.periods.unknown");
}

/** "năm 2023: HUYỆN SÓC SƠN, HUYỆN ĐÔNG ANH; 9 tháng năm 2024: HUYỆN MÊ LINH". */
function groupsText(groups: PeriodGroup[], lang: Lang): string {
  return groups
    .map((g) => t(lang, "consolidate.periods.group", { period: periodText(g.period, lang), units: g.units.join(", ") }))
    .join("; ");
}

/** The warning that the units report different periods, naming each period's units; null when they agree. */
export function periodWarning(result: ConsolidationResult, lang: Lang): string | null {
  if (!result.periodsDiffer) return null;
  return t(lang, "consolidate.periods.differ", { groups: groupsText(result.periods, lang) });
}

/** The periods of the units an indicator's sums add up (and of the whole stating it), for the note beside them. */
function indicatorPeriods(result: ConsolidationResult, indicator: IndicatorResult, lang: Lang): string {
  const present = new Set(result.units.filter((_, u) => indicator.cells[u]).map((u) => u.unit));
  if (indicator.stated && result.whole) present.add(result.whole.unit);
  const groups = result.periods
    .map((g) => ({ ...g, units: g.units.filter((name) => present.has(name)) }))
    .filter((g) => g.units.length > 0);
  return t(lang, "consolidate.periods.mixedSum", { groups: groupsText(groups, lang) });
}

const WARNING_STYLE: PlanStyle = { bold: true, wrap: true, fontColor: "notAchieved" };

/** The unit an indicator's figures are shown in, saying so when some units' figures were converted into it. */
function unitText(indicator: IndicatorResult, lang: Lang): string {
  if (indicator.scaled.length === 0) return indicator.unit;
  const from = [...new Set(indicator.scaled.map((s) => s.from))].join(", ");
  return t(lang, "consolidate.unitConverted", { unit: indicator.unit, from });
}

/** Why a unit was left out, in the reader's language, as a sentence of its own (a workbook cell, the JSON). */
export function excludedReason(unit: ExcludedUnit, lang: Lang): string {
  if (unit.reason === "unreadable") return t(lang, "consolidate.reason.unreadable", { detail: unit.detail ?? "" });
  return t(lang, `consolidate.reason.${unit.reason}`, {
    place: placeText(lang, unit.sameAs ?? { file: null, sheet: null }),
  });
}

/** What a matrix cell shows: points for a rate row (when the unit's figure is a rate), else attainment. */
function cellValue(cell: Cell, indicator: IndicatorResult): { value: number | null; format: string } {
  if (indicator.kind === "rate" && cell.gapPoints !== null) return { value: cell.gapPoints, format: POINTS };
  return { value: cell.attainment, format: PERCENT };
}

function headlines(result: ConsolidationResult, lang: Lang, generatedAt: string, title: string) {
  const c = (key: string, params: Record<string, string | number> = {}) => t(lang, `consolidate.${key}`, params);
  // Each count is worded on its own, so that English says "1 unit" and "3 units".
  const units = c("cli.units", { count: result.units.length });
  const counts = { units, indicators: t(lang, "cli.count.indicators", { count: result.indicators.length }) };
  return [
    { text: title, style: { bold: true, fontSize: 14, fontColor: "title", horizontal: "center" } as PlanStyle },
    {
      text: c("source", { units, time: generatedAt }),
      style: { italic: true, horizontal: "center" } as PlanStyle,
    },
    {
      text:
        result.excluded.length > 0
          ? c("headlineExcluded", {
              ...counts,
              excluded: c("cli.unitsLeftOut", { count: result.excluded.length }),
              sheet: c("sheets.units"),
            })
          : c("headline", counts),
      style: { bold: true, horizontal: "center" } as PlanStyle,
    },
  ];
}

function matrixPlan(result: ConsolidationResult, options: ConsolidationPlanOptions): SummaryPlan {
  const { lang } = options;
  const c = (key: string) => t(lang, `consolidate.${key}`);
  const sheet = new Sheet();
  const first = 5;
  const last = first + result.units.length;
  const width = Math.min(last, 12);
  sheet.top(headlines(result, lang, options.generatedAt, c("title.matrix")), width);
  // The meeting's paragraph first, as the single sheet's summary has it: what a reader copies into the report.
  sheet.line(4, options.paragraph, { wrap: true, horizontal: "left" }, width);
  sheet.line(5, c("legend"), { italic: true, fontColor: "noData" }, width);
  const headerRow = 7;
  const warning = periodWarning(result, lang);
  if (warning) sheet.line(6, warning, WARNING_STYLE, width);
  sheet.header(headerRow, [
    c("columns.number"),
    c("columns.name"),
    c("columns.unit"),
    c("columns.shown"),
    ...result.units.map((u) =>
      warning
        ? t(lang, "consolidate.periods.unitHeader", { unit: u.unit, period: periodText(u.period, lang) })
        : u.unit,
    ),
    c("columns.achievedOf"),
  ]);
  result.indicators.forEach((indicator, i) => {
    const row = headerRow + 1 + i;
    sheet.put(row, 1, i + 1, { ...BORDER, horizontal: "center" }, "0");
    sheet.put(row, 2, indicator.name, { ...BORDER, wrap: true });
    sheet.put(row, 3, unitText(indicator, lang), { ...BORDER, horizontal: "center", wrap: true });
    sheet.put(row, 4, c(`shown.${indicator.kind === "rate" ? "points" : "attainment"}`), {
      ...BORDER,
      horizontal: "center",
    });
    indicator.cells.forEach((cell, u) => {
      if (!cell) return sheet.put(row, first + u, null);
      const { value, format } = cellValue(cell, indicator);
      const color = BAND_COLOR[cell.band];
      sheet.put(row, first + u, value, { ...BORDER, fill: color, fontColor: color, horizontal: "right" }, format);
    });
    sheet.put(row, last, `${indicator.achieved}/${indicator.units}`, { ...BORDER, horizontal: "center", bold: true });
  });
  return {
    sheetName: c("sheets.matrix"),
    cells: sheet.cells,
    merges: sheet.merges,
    columnWidths: [5, 44, 10, 9, ...result.units.map(() => 11), 12],
    headerRow,
    charts: [],
    print: PRINT(headerRow),
  };
}

function agreement(lang: Lang, agrees: boolean | null, sum: number | null): { text: string; color?: PlanColor } {
  if (agrees === null) return { text: "" };
  if (agrees) return { text: t(lang, "consolidate.agree.yes"), color: "achieved" };
  return { text: t(lang, "consolidate.agree.no", { sum: sum ?? 0 }), color: "notAchieved" };
}

function indicatorsPlan(result: ConsolidationResult, options: ConsolidationPlanOptions): SummaryPlan {
  const { lang } = options;
  const c = (key: string, params: Record<string, string | number> = {}) => t(lang, `consolidate.${key}`, params);
  const band = (b: Band) => bandLabel(b, options.near ?? DEFAULT_NEAR, lang);
  const sheet = new Sheet();
  const whole = result.whole?.unit ?? null;
  const labels = [
    c("columns.number"),
    c("columns.name"),
    c("columns.unit"),
    c("columns.units"),
    c("columns.reporting"),
    band("achieved"),
    band("near"),
    band("not_achieved"),
    c("columns.achievedOf"),
    c("columns.sumActual"),
    c("columns.sumPlan"),
    ...(whole
      ? [
          c("columns.statedActual", { whole }),
          c("columns.agrees"),
          c("columns.statedPlan", { whole }),
          c("columns.agrees"),
        ]
      : []),
    c("columns.note"),
  ];
  sheet.top(headlines(result, lang, options.generatedAt, c("title.indicators")), labels.length);
  const warning = periodWarning(result, lang);
  if (warning) sheet.line(4, warning, WARNING_STYLE, labels.length);
  const headerRow = 5;
  sheet.header(headerRow, labels);
  result.indicators.forEach((indicator, i) => {
    const row = headerRow + 1 + i;
    const number = (col: number, value: number | null) =>
      sheet.put(row, col, value, BORDER, value !== null && !Number.isInteger(value) ? DECIMAL : COUNT);
    sheet.put(row, 1, i + 1, { ...BORDER, horizontal: "center" }, "0");
    sheet.put(row, 2, indicator.name, { ...BORDER, wrap: true });
    sheet.put(row, 3, unitText(indicator, lang), { ...BORDER, horizontal: "center", wrap: true });
    number(4, indicator.units);
    number(5, indicator.reporting);
    sheet.put(row, 6, indicator.achieved, { ...BORDER, fill: "achieved", fontColor: "achieved" }, COUNT);
    sheet.put(row, 7, indicator.near, { ...BORDER, fill: "near", fontColor: "near" }, COUNT);
    sheet.put(row, 8, indicator.notAchieved, { ...BORDER, fill: "notAchieved", fontColor: "notAchieved" }, COUNT);
    sheet.put(row, 9, `${indicator.achieved}/${indicator.units}`, { ...BORDER, horizontal: "center", bold: true });
    number(10, indicator.sumActual);
    number(11, indicator.sumPlan);
    let col = 12;
    if (whole) {
      const stated = indicator.stated;
      for (const [value, agrees, sum] of [
        [stated?.actual ?? null, stated?.actualAgrees ?? null, indicator.sumActual],
        [stated?.plan ?? null, stated?.planAgrees ?? null, indicator.sumPlan],
      ] as const) {
        number(col++, value);
        const { text, color } = agreement(lang, agrees, sum);
        sheet.put(row, col++, text, { ...BORDER, wrap: true, ...(color ? { fill: color, fontColor: color } : {}) });
      }
    }
    // Rates are not summed, so only a sum has a note that it adds periods together.
    const mixedSum = indicator.periodsDiffer && (indicator.sumActual !== null || indicator.sumPlan !== null);
    const scaled = indicator.scaled.map((s) => c("scaledUnit", { unit: s.unit, from: s.from, factor: s.factor }));
    const notes = [
      ...(mixedSum ? [indicatorPeriods(result, indicator, lang)] : []),
      ...(scaled.length > 0 ? [c("scaled", { unit: indicator.unit, units: scaled.join("; ") })] : []),
      ...(indicator.variants.length > 0 ? [c("variants", { names: indicator.variants.join("; ") })] : []),
      ...(indicator.units < result.units.length
        ? [c("missingCount", { count: result.units.length - indicator.units })]
        : []),
    ];
    sheet.put(row, col, notes.join(". "), {
      ...BORDER,
      wrap: true,
      ...(mixedSum ? { fontColor: "notAchieved" as const } : {}),
    });
  });
  if (whole) {
    const row = headerRow + Math.max(result.indicators.length, 1) + 2;
    sheet.put(row, 2, c("wholeNote", { unit: whole }), { italic: true });
  }
  return {
    sheetName: c("sheets.indicators"),
    cells: sheet.cells,
    merges: sheet.merges,
    columnWidths: [5, 44, 10, 10, 10, 11, 11, 11, 12, 14, 14, ...(whole ? [14, 16, 14, 16] : []), 30],
    headerRow,
    charts: [],
    print: PRINT(headerRow),
  };
}

function unitsPlan(result: ConsolidationResult, options: ConsolidationPlanOptions): SummaryPlan {
  const { lang } = options;
  const c = (key: string, params: Record<string, string | number> = {}) => t(lang, `consolidate.${key}`, params);
  const band = (b: Band) => bandLabel(b, options.near ?? DEFAULT_NEAR, lang);
  const sheet = new Sheet();
  const labels = [
    c("columns.rank"),
    c("columns.unitName"),
    c("columns.file"),
    c("columns.sheet"),
    c("columns.indicators"),
    band("achieved"),
    band("near"),
    band("not_achieved"),
    band("no_data"),
    c("columns.share"),
    c("columns.achievedOfIndicators"),
    c("columns.period"),
  ];
  sheet.top(headlines(result, lang, options.generatedAt, c("title.units")), labels.length);
  const warning = periodWarning(result, lang);
  if (warning) sheet.line(4, warning, WARNING_STYLE, labels.length);
  const headerRow = 5;
  sheet.header(headerRow, labels);
  // Ranks count within a period when periods differ, so each period's units are listed together.
  const group = (name: string) => result.periods.findIndex((g) => g.units.includes(name));
  const ranked = [...result.units].sort((a, b) => group(a.unit) - group(b.unit) || a.rank - b.rank);
  ranked.forEach((u, i) => {
    const row = headerRow + 1 + i;
    sheet.put(row, 1, u.rank, { ...BORDER, horizontal: "center" }, "0");
    sheet.put(row, 2, u.unit, { ...BORDER, wrap: true });
    sheet.put(row, 3, u.file, { ...BORDER, wrap: true });
    sheet.put(row, 4, u.sheet, { ...BORDER, wrap: true });
    sheet.put(row, 5, u.indicators, BORDER, COUNT);
    sheet.put(row, 6, u.achieved, { ...BORDER, fill: "achieved", fontColor: "achieved" }, COUNT);
    sheet.put(row, 7, u.near, { ...BORDER, fill: "near", fontColor: "near" }, COUNT);
    sheet.put(row, 8, u.notAchieved, { ...BORDER, fill: "notAchieved", fontColor: "notAchieved" }, COUNT);
    sheet.put(row, 9, u.noData, { ...BORDER, fill: "noData", fontColor: "noData" }, COUNT);
    sheet.put(row, 10, u.share, BORDER, SHARE);
    sheet.put(row, 11, `${u.achieved}/${u.indicators}`, { ...BORDER, horizontal: "center", bold: true });
    sheet.put(row, 12, periodText(u.period, lang), { ...BORDER, wrap: true });
  });
  let next = headerRow + Math.max(ranked.length, 1) + 2;
  if (result.excluded.length > 0) {
    sheet.put(next, 1, c("excludedHeading"), { bold: true, fontColor: "notAchieved" });
    sheet.merges.push({ top: next, left: 1, bottom: next, right: labels.length });
    sheet.header(next + 1, [
      c("columns.number"),
      c("columns.unitName"),
      c("columns.file"),
      c("columns.sheet"),
      c("columns.reason"),
    ]);
    result.excluded.forEach((u, i) => {
      const row = next + 2 + i;
      sheet.put(row, 1, i + 1, { ...BORDER, horizontal: "center" }, "0");
      sheet.put(row, 2, u.unit, { ...BORDER, wrap: true });
      sheet.put(row, 3, u.file, { ...BORDER, wrap: true });
      sheet.put(row, 4, u.sheet, { ...BORDER, wrap: true });
      sheet.put(row, 5, excludedReason(u, lang), { ...BORDER, wrap: true });
      sheet.merges.push({ top: row, left: 5, bottom: row, right: labels.length });
    });
    next += result.excluded.length + 3;
  }
  for (const group of result.namedApart) {
    const units = group.units.map((u) => u.unit).join("; ");
    sheet.put(next, 1, c("namedApart", { name: group.name, units }), { italic: true, wrap: true });
    sheet.merges.push({ top: next, left: 1, bottom: next, right: labels.length });
    next += 2;
  }
  const charts: PlanChart[] = [];
  // One chart of shares side by side would set a 9-month unit against whole years, the comparison ranks avoid.
  if (ranked.length > 0 && !warning) {
    const bars = Math.min(ranked.length, MAX_CHART_BARS);
    charts.push({
      id: "ranking",
      kind: "column",
      title:
        bars < ranked.length ? `${c("chart")} — ${c("chartFirst", { shown: bars, total: ranked.length })}` : c("chart"),
      categories: { col: 2, firstRow: headerRow + 1, lastRow: headerRow + bars },
      series: [{ name: c("columns.share"), values: { col: 10, firstRow: headerRow + 1, lastRow: headerRow + bars } }],
      anchor: { row: next, col: 1, widthCols: labels.length, heightRows: 20 },
      valueFormat: "0%",
    });
  }
  return {
    sheetName: c("sheets.units"),
    cells: sheet.cells,
    merges: sheet.merges,
    columnWidths: [6, 30, 24, 14, 10, 11, 11, 11, 11, 12, 12, 18],
    headerRow,
    charts,
    print: PRINT(headerRow),
  };
}

function unmatchedPlan(result: ConsolidationResult, options: ConsolidationPlanOptions): SummaryPlan {
  const { lang } = options;
  const c = (key: string, params: Record<string, string | number> = {}) => t(lang, `consolidate.${key}`, params);
  const sheet = new Sheet();
  const width = 6;
  sheet.top(headlines(result, lang, options.generatedAt, c("title.unmatched")), width);
  const warning = periodWarning(result, lang);
  if (warning) sheet.line(4, warning, WARNING_STYLE, width);
  const section = (row: number, text: string) => {
    sheet.put(row, 1, text, { bold: true, fill: "section", fontColor: "section" });
    sheet.merges.push({ top: row, left: 1, bottom: row, right: width });
  };
  const none = (row: number) => sheet.put(row, 2, c("none"), { italic: true });
  section(5, c("partialHeading"));
  const headerRow = 6;
  sheet.header(headerRow, [
    c("columns.number"),
    c("columns.name"),
    c("columns.unit"),
    c("columns.presentIn"),
    c("columns.missingIn"),
  ]);
  sheet.merges.push({ top: headerRow, left: 5, bottom: headerRow, right: width });
  result.partial.forEach((p, i) => {
    const row = headerRow + 1 + i;
    const indicator = result.indicators[p.indicator]!;
    sheet.put(row, 1, p.indicator + 1, { ...BORDER, horizontal: "center" }, "0");
    sheet.put(row, 2, indicator.name, { ...BORDER, wrap: true });
    sheet.put(row, 3, indicator.unit, { ...BORDER, horizontal: "center" });
    sheet.put(row, 4, `${indicator.units}/${result.units.length}`, { ...BORDER, horizontal: "center" });
    sheet.put(row, 5, p.missing.join(", "), { ...BORDER, wrap: true });
    sheet.merges.push({ top: row, left: 5, bottom: row, right: width });
  });
  if (result.partial.length === 0) none(headerRow + 1);
  const top = headerRow + Math.max(result.partial.length, 1) + 2;
  section(top, c("unmatchedHeading"));
  sheet.header(top + 1, [
    c("columns.unitName"),
    c("columns.name"),
    c("columns.row"),
    c("columns.nearest"),
    c("columns.similarity"),
    c("columns.reason"),
  ]);
  result.unmatched.forEach((u, i) => {
    const row = top + 2 + i;
    sheet.put(row, 1, u.unit, { ...BORDER, wrap: true });
    sheet.put(row, 2, u.name, { ...BORDER, wrap: true });
    sheet.put(row, 3, u.row, { ...BORDER, horizontal: "center" }, "0");
    sheet.put(row, 4, u.nearest, { ...BORDER, wrap: true });
    sheet.put(row, 5, u.nearest ? u.similarity : null, BORDER, PERCENT);
    sheet.put(row, 6, c(`why.${u.why}`), { ...BORDER, wrap: true });
  });
  if (result.unmatched.length === 0) none(top + 2);
  return {
    sheetName: c("sheets.unmatched"),
    cells: sheet.cells,
    merges: sheet.merges,
    columnWidths: [22, 44, 8, 40, 10, 26],
    headerRow,
    charts: [],
    print: PRINT(headerRow),
  };
}

/** The consolidation workbook's sheets, in order: matrix, by indicator, unit ranking, not matched. */
export function buildConsolidationPlans(result: ConsolidationResult, options: ConsolidationPlanOptions): SummaryPlan[] {
  return [
    matrixPlan(result, options),
    indicatorsPlan(result, options),
    unitsPlan(result, options),
    unmatchedPlan(result, options),
  ];
}
