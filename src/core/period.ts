/**
 * The reporting period a table covers, read from its own words: the chosen result column's header ("Lũy kế
 * 2021-2023", "Ước thực hiện cả năm") and the title rows above the header ("BÁO CÁO KẾT QUẢ 9 THÁNG NĂM 2024",
 * "(Số liệu đến 31/12/2023)"), against the plan period its plan column or titles name ("Chỉ tiêu giai đoạn
 * 2021-2025", "Kế hoạch năm 2024"). The share of the plan period elapsed decides pace (src/core/judge.ts).
 */
import type { SheetView } from "./snapshot";
import type { Period, PeriodMeaning, ResultYear, TableLayout } from "./types";
import { a1 } from "./address";
import { loneYear, yearNumberLabel } from "./headers";
import { isAllCaps, oneLine } from "./text";

/** Whole calendar years, inclusive: 2021-2025 is five years, "năm 2024" one. */
export interface YearSpan {
  from: number;
  to: number;
}

/**
 * How far a table reports: `months` of a year (the year unknown in "Thực hiện 6 tháng", which then means the
 * plan's year), or a span of whole years ("Lũy kế 2021-2023").
 */
export type Reach =
  { kind: "months"; months: number; year: number | null } | { kind: "span"; from: number; to: number };

export interface ReachFound {
  reach: Reach;
  /** What the words say, for naming the period in a reader's language. */
  meaning: PeriodMeaning;
  /** The words as written, e.g. "9 THÁNG NĂM 2024". */
  words: string;
  /** A year named alone ("Năm 2023"), with no word saying it is a whole period ("cả năm", "lũy kế"). */
  yearAlone: boolean;
}

const YEAR = "((?:19|20)\\d{2})";
const UNTIL = "(?:den|toi|as of|as at|through|until|up to)\\s+(?:het\\s+|cuoi\\s+|ngay\\s+|the end of\\s+|end of\\s+)*";
const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Patterns in order of precision: a date the figures run to says more than "9 tháng". */
const AS_OF_DATE = new RegExp(
  `(?:(?:so lieu|tinh|luy ke|data)\\s+)?${UNTIL}(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*${YEAR}(?!\\d)`,
);
const AS_OF_MONTH = new RegExp(
  `(?:(?:so lieu|tinh|luy ke|data)\\s+)?${UNTIL}thang\\s+(\\d{1,2})(?:\\s*[/.-]\\s*|\\s+nam\\s+|\\s+)${YEAR}(?!\\d)`,
);
/** "Đến hết năm 2023", "số liệu đến năm 2023"; a bare "đến năm 2030" in a title is a plan's horizon, not data. */
const AS_OF_YEAR = new RegExp(
  `(?:(?:so lieu|tinh|luy ke|data)\\s+${UNTIL}|(?:den|toi|as of|through|until|up to)\\s+(?:het|cuoi|the end of|end of)\\s+)(?:nam\\s+)?${YEAR}(?![\\d/.-])`,
);
const SPAN = new RegExp(`(?<![\\d/.])${YEAR}\\s*[-–—]\\s*${YEAR}(?![\\d/.])`);
const MONTHS = new RegExp(
  `(?<![\\d/.,])(\\d{1,2})\\s+(?:thang|months?)(?!\\s+cuoi)(?:\\s+dau)?(?:(?:\\s+nam|\\s+of)?(?:\\s*/\\s*|\\s+)${YEAR}(?!\\d))?`,
);
const HALF = new RegExp(`(?:nua dau nam|first half(?: of)?|\\bh1)(?:\\s*/?\\s*(?:nam\\s+)?${YEAR}(?!\\d))?`);
const QUARTER = new RegExp(
  `\\b(?:quy|quarter)\\s+(iv|iii|ii|i|[1-4])(?![a-z0-9])(?:(?:\\s*/\\s*|\\s+nam\\s+|\\s+of\\s+|\\s+)${YEAR}(?!\\d))?`,
);
const Q_SHORT = new RegExp(`\\bq([1-4])(?:\\s*[/-]?\\s*${YEAR}(?!\\d))?(?![a-z0-9])`);
const FULL_YEAR = new RegExp(
  `\\b(?:ca nam|full year|whole year|uoc (?:thuc hien|th|tinh)(?: ca)? nam)(?:\\s+${YEAR}(?!\\d))?`,
);
/**
 * A year alone, "Năm 2023" over a result column or "BÁO CÁO NĂM 2024" in a title: the whole year. Not the year a
 * plan, a comparison or a horizon names ("Kế hoạch năm 2024", "cùng kỳ năm 2023", "đến năm 2030").
 */
const BARE_YEAR = new RegExp(
  `(?<!(?:ke hoach|kh|muc tieu|cung ky|den|toi|tu|truoc|sau|so voi|ngay|quyet dinh)\\s+)(?<![a-z])(?:nam|year)\\s+${YEAR}(?![\\d/.-])`,
);
const CUMULATIVE = /\b(?:luy ke|cong don|tich luy|cumulative|cumulated)\b/;
/**
 * Words that make a quarter's column the year to date: "Lũy kế đến hết Quý III", "Tính đến Quý III", "Quý III
 * (cộng dồn)", "9 tháng", "Q3 YTD". Without them "Quý III/2024" is the quarter's own figure.
 */
const TO_DATE = new RegExp(
  `${CUMULATIVE.source}|\\b(?:den|toi|dau nam|to date|ytd|as of|as at|through|until|up to)\\b|\\d\\s*(?:thang|months?)\\b`,
);

/**
 * The same in a title, where a bare "đến" may name a plan's horizon or the next tasks ("... QUÝ III NĂM 2024 VÀ
 * NHIỆM VỤ ĐẾN CUỐI NĂM"): only words that say the figures run from the year's start.
 */
const TITLE_TO_DATE = new RegExp(
  `${CUMULATIVE.source}|\\b(?:tinh den|den het|tu dau nam|to date|ytd)\\b|\\d\\s*(?:thang|months?)\\b`,
);

/** A plan period in words: "giai đoạn 2021-2025", "Kế hoạch năm 2024", "KH 2024", "Chỉ tiêu năm 2024". */
const PLAN_WORDS = "(?<![a-z])(?:giai doan|ke hoach|kh|chuong trinh|chi tieu|muc tieu|nhiem ky|plan|target|period)";
const PLAN_SPAN = new RegExp(`${PLAN_WORDS}[^0-9]{0,30}?${YEAR}\\s*[-–—]\\s*${YEAR}(?!\\d)`);
const PLAN_YEAR = new RegExp(`${PLAN_WORDS}\\s+(?:nam\\s+|year\\s+)?${YEAR}(?![\\d-–—/])`);
const ANY_YEAR = new RegExp(`(?<![\\d/.])${YEAR}(?![\\d/.])`);

/**
 * Lower case without diacritics, one character for one, so a match's position in the folded text is its
 * position in the text as written and the label keeps the writer's own words.
 */
function foldInPlace(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === "đ" || ch === "Đ") {
      out += "d";
      continue;
    }
    const base = ch.normalize("NFD").charAt(0).toLowerCase();
    out += base.length === 1 ? base : " ";
  }
  return out;
}

function words(text: string, match: RegExpExecArray): string {
  return text
    .slice(match.index, match.index + match[0].length)
    .replace(/\s+/g, " ")
    .trim();
}

function year(text: string | undefined): number | null {
  return text === undefined ? null : Number(text);
}

function daysIn(month: number, y: number): number {
  return new Date(Date.UTC(y, month, 0)).getUTCDate();
}

/** Day and month of a written date: Vietnamese day first, unless only month first makes sense (9/30/2024). */
function dayMonth(first: number, second: number): { day: number; month: number } {
  if (second > 12 && first <= 12) return { day: second, month: first };
  return { day: first, month: second };
}

function asOfDate(m: RegExpExecArray): Reach | null {
  const y = Number(m[3]);
  const { day, month } = dayMonth(Number(m[1]), Number(m[2]));
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, y)) return null;
  return { kind: "months", months: month - 1 + day / daysIn(month, y), year: y };
}

type Read = { reach: Reach; meaning: PeriodMeaning } | null;
/** Reads a match; `folded` is the whole text, for what it says beside the match ("Lũy kế" before a span). */
type Reader = (m: RegExpExecArray, folded: string) => Read;

function months(months: number, year: number | null): Reach {
  return { kind: "months", months, year };
}

const READERS: [RegExp, Reader][] = [
  [
    AS_OF_DATE,
    (m) => {
      const reach = asOfDate(m);
      const { day, month } = dayMonth(Number(m[1]), Number(m[2]));
      return reach && { reach, meaning: { kind: "asOf", day, month, year: Number(m[3]) } };
    },
  ],
  [
    AS_OF_MONTH,
    (m) => {
      const month = Number(m[1]);
      const y = Number(m[2]);
      return month >= 1 && month <= 12
        ? { reach: months(month, y), meaning: { kind: "asOf", day: null, month, year: y } }
        : null;
    },
  ],
  [
    AS_OF_YEAR,
    (m) => ({ reach: months(12, Number(m[1])), meaning: { kind: "asOf", day: null, month: null, year: Number(m[1]) } }),
  ],
  [
    SPAN,
    (m, folded) => {
      const from = Number(m[1]);
      const to = Number(m[2]);
      return from <= to
        ? {
            reach: { kind: "span", from, to },
            meaning: { kind: "span", from, to, cumulative: CUMULATIVE.test(folded) },
          }
        : null;
    },
  ],
  [
    MONTHS,
    (m) => {
      const count = Number(m[1]);
      const y = year(m[2]);
      return count >= 1 && count <= 12
        ? { reach: months(count, y), meaning: { kind: "months", months: count, year: y } }
        : null;
    },
  ],
  [HALF, (m) => ({ reach: months(6, year(m[1])), meaning: { kind: "months", months: 6, year: year(m[1]) } })],
  [
    QUARTER,
    (m) => {
      const quarter = ROMAN_QUARTER[m[1]!] ?? Number(m[1]);
      return { reach: months(quarter * 3, year(m[2])), meaning: { kind: "quarter", quarter, year: year(m[2]) } };
    },
  ],
  [
    Q_SHORT,
    (m) => {
      const quarter = Number(m[1]);
      return { reach: months(quarter * 3, year(m[2])), meaning: { kind: "quarter", quarter, year: year(m[2]) } };
    },
  ],
  [
    FULL_YEAR,
    (m) => ({
      reach: months(12, year(m[1])),
      meaning: { kind: "year", year: year(m[1]), estimate: m[0].startsWith("uoc") },
    }),
  ],
  [
    BARE_YEAR,
    (m) => ({ reach: months(12, Number(m[1])), meaning: { kind: "year", year: Number(m[1]), estimate: false } }),
  ],
];

/**
 * How far a text says the figures reach, or null when it says nothing about it. `spans` is false for title
 * rows, where "GIAI ĐOẠN 2021-2025" names the plan period rather than the figures'.
 */
export function reachOf(text: string, spans = true): ReachFound | null {
  const written = text.normalize("NFC");
  const folded = foldInPlace(written);
  for (const [pattern, reader] of READERS) {
    if (!spans && pattern === SPAN) continue;
    const m = pattern.exec(folded);
    if (!m) continue;
    const read = reader(m, folded);
    if (read) return { ...read, words: words(written, m), yearAlone: pattern === BARE_YEAR };
  }
  return null;
}

/**
 * How far a result column's header says the figures reach: as reachOf reads it, or, for a header that is a year
 * alone ("2023"), that whole year as "Năm 2023" reads. Only over the result column: a lone "2025" over a plan column
 * names the plan's horizon, and a lone number in a title may be anything.
 */
function headerReach(text: string): ReachFound | null {
  const found = reachOf(text);
  if (found) return found;
  const y = loneYear(text);
  if (y === null) return null;
  return {
    reach: months(12, y),
    meaning: { kind: "year", year: y, estimate: false },
    words: String(y),
    yearAlone: true,
  };
}

/** The plan period a text names: "giai đoạn 2021-2025", "Kế hoạch năm 2024"; with `bare`, any lone span too. */
export function planSpanOf(text: string, bare = false): YearSpan | null {
  const folded = foldInPlace(text.normalize("NFC"));
  return yearSpan(PLAN_SPAN.exec(folded) ?? (bare ? SPAN.exec(folded) : null), PLAN_YEAR.exec(folded));
}

/** A span's years ("2021-2025"), else a single year's; null for a span that runs backwards. */
function yearSpan(span: RegExpExecArray | null, single: RegExpExecArray | null): YearSpan | null {
  if (span) {
    const from = Number(span[1]);
    const to = Number(span[2]);
    return from <= to ? { from, to } : null;
  }
  return single ? { from: Number(single[1]), to: Number(single[1]) } : null;
}

/** Shares are kept to this precision, so 36 of 60 months reads 0.6 and not 0.6000000000000001. */
export const SHARE_PRECISION = 1e9;

/**
 * The share of the plan period a reach covers, in (0, 1], or null when it cannot be placed in it: a month count
 * with no year against a plan of several years, a span that does not start with the plan, a reach before the
 * plan starts. Without a plan period, months of a year are a share of that year.
 */
export function elapsedShare(reach: Reach, plan: YearSpan | null): number | null {
  let end: number;
  if (reach.kind === "span") {
    if (!plan || reach.from !== plan.from) return null;
    end = (reach.to + 1) * 12;
  } else if (!plan) {
    return round(reach.months / 12);
  } else {
    const y = reach.year ?? (plan.from === plan.to ? plan.from : null);
    if (y === null) return null;
    end = y * 12 + reach.months;
  }
  const share = (end - plan.from * 12) / ((plan.to - plan.from + 1) * 12);
  return share > 0 ? round(Math.min(share, 1)) : null;
}

function round(share: number): number | null {
  const rounded = Math.round(share * SHARE_PRECISION) / SHARE_PRECISION;
  return rounded > 0 && rounded <= 1 ? rounded : null;
}

/** A header cell's text, read from a merged area's top-left corner; a year typed as a number reads as its text. */
function cellText(view: SheetView, row: number, col: number): { text: string; row: number; col: number } {
  const merge = view.mergeAt(row, col);
  const r = merge ? merge.top : row;
  const c = merge ? merge.left : col;
  const value = view.value(r, c);
  if (typeof value === "number") return { text: yearNumberLabel(value) ?? "", row: r, col: c };
  if (typeof value !== "string") return { text: "", row: r, col: c };
  return { text: value, row: r, col: c };
}

interface Place {
  text: string;
  row: number;
  col: number;
}

/** Header cells over a column, lowest level first (the most specific words: "Lũy kế 2021-2023"). */
function headerCells(view: SheetView, layout: TableLayout, col: number | undefined): Place[] {
  if (col === undefined) return [];
  const out: Place[] = [];
  for (const row of [...layout.headerRows].reverse()) {
    const cell = cellText(view, row, col);
    if (cell.text.trim() && !out.some((p) => p.row === cell.row && p.col === cell.col)) out.push(cell);
  }
  return out;
}

/**
 * Header cells that head this column alone: "Lũy kế" over "Quý III" speaks for it, a "Kết quả thực hiện năm 2024"
 * merged over several columns speaks for none of them in particular.
 */
function ownCells(view: SheetView, cells: Place[]): Place[] {
  return cells.filter((cell) => {
    const merge = view.mergeAt(cell.row, cell.col);
    return !merge || merge.left === merge.right;
  });
}

/**
 * What a quarter's words make of its figures: "own" for one quarter after the first with no word making it the year
 * to date, as reports head a quarter's own figures ("Quý III/2024" beside "Lũy kế 9 tháng"), and as a title naming
 * the quarter alone ("BÁO CÁO ... QUÝ III NĂM 2024") says of a plain "Thực hiện"; "toDate" when the words say the
 * figures run from the year's start ("Lũy kế đến hết Quý III", "Tính đến Quý III", "Q3 YTD"); null when the
 * quarter is the first, its own figures being the year to date, or the words name no quarter.
 */
function quarterReading(found: ReachFound, place: Place, header: boolean, own: Place[]): "own" | "toDate" | null {
  if (found.meaning.kind !== "quarter") return null;
  const says = (pattern: RegExp, cell: Place) => pattern.test(foldInPlace(cell.text.normalize("NFC")));
  // A header's words over the column alone; a title's own words, and those over the column, which may say "Lũy kế".
  if (own.some((cell) => says(TO_DATE, cell)) || (!header && says(TITLE_TO_DATE, place))) return "toDate";
  return found.meaning.quarter === 1 ? null : "own";
}

/**
 * A quarter's figures to date named as the months they cover, "9 tháng năm 2024" or "the first 9 months of 2024",
 * so the paragraph does not open with "Quý III năm 2024" as a quarter's own figures would; the fourth is the year.
 */
function toDateMeaning(meaning: PeriodMeaning & { kind: "quarter" }): PeriodMeaning {
  return meaning.quarter === 4
    ? { kind: "year", year: meaning.year, estimate: false }
    : { kind: "months", months: meaning.quarter * 3, year: meaning.year };
}

/** Titles sit above the header; a sheet's title block is a few rows, so the scan stops at this many cells. */
const MAX_TITLE_CELLS = 400;

function titleCells(view: SheetView, layout: TableLayout): Place[] {
  const out: Place[] = [];
  const first = layout.headerRows[0] ?? view.firstRow;
  for (let row = view.firstRow; row < first && out.length < MAX_TITLE_CELLS; row++) {
    for (let col = view.firstCol; col <= view.lastCol && out.length < MAX_TITLE_CELLS; col++) {
      const value = view.value(row, col);
      if (typeof value === "string" && value.trim()) out.push({ text: value, row, col });
    }
  }
  return out;
}

/**
 * The plan period: the plan column's header first, then words naming a plan in the titles, then any span there.
 * A year the header names with no plan word ("2025" under "Kế hoạch", "Chỉ tiêu đến năm 2025") may be only the
 * horizon of a span: when the titles name one ending in that year ("giai đoạn 2021-2025"), the span is the plan's.
 */
function planSpan(view: SheetView, layout: TableLayout, titles: Place[]): YearSpan | null {
  for (const cell of headerCells(view, layout, layout.columns.plan)) {
    const named = planSpanOf(cell.text);
    if (named) return named;
    const span = spanOrYear(cell.text);
    if (!span) continue;
    const titled = span.from === span.to ? titleSpan(titles) : null;
    return titled && titled.from < titled.to && titled.to === span.to ? titled : span;
  }
  return titleSpan(titles);
}

/** The plan period the titles name: words naming a plan first, then any span. */
function titleSpan(titles: Place[]): YearSpan | null {
  for (const cell of titles) {
    const span = planSpanOf(cell.text);
    if (span) return span;
  }
  for (const cell of titles) {
    const span = planSpanOf(cell.text, true);
    if (span) return span;
  }
  return null;
}

/** "Chỉ tiêu 2021-2025" or "Năm 2024" over a plan column: any span or single year it names is the plan's. */
function spanOrYear(text: string): YearSpan | null {
  const folded = foldInPlace(text.normalize("NFC"));
  return yearSpan(SPAN.exec(folded), ANY_YEAR.exec(folded));
}

/** Long title texts are labelled by the words matched; a short header is its own label. */
const WHOLE_LABEL = 40;

function label(text: string, found: ReachFound): string {
  const whole = oneLine(text)
    .replace(/^\((.*)\)$/, "$1")
    .trim();
  if (isAllCaps(whole)) return lowerCase(found.words);
  return whole.length <= WHOLE_LABEL ? whole : found.words;
}

/**
 * "QUÝ I NĂM 2024" as a sentence writes it, "quý I năm 2024": a quarter's Roman numeral stays a numeral, and "Q3"
 * (all capitals for want of other letters) stays as written.
 */
function lowerCase(words: string): string {
  return words
    .split(" ")
    .map((word) => (/^(?:[IVX]+|Q[1-4])$/.test(word) ? word : word.toLocaleLowerCase("vi")))
    .join(" ");
}

/**
 * The period a table reports, from its result column's header, else its title rows; null when neither says,
 * or when what they say cannot be placed in the plan period.
 */
export function detectPeriod(view: SheetView, layout: TableLayout): Period | null {
  const titles = titleCells(view, layout);
  const plan = planSpan(view, layout, titles);
  const headers = headerCells(view, layout, layout.columns.actual);
  const own = ownCells(view, headers);
  const places: [Place, boolean][] = [
    ...headers.map((p): [Place, boolean] => [p, true]),
    ...titles.map((p): [Place, boolean] => [p, false]),
  ];
  // A year alone ("Năm 2023", "BÁO CÁO NĂM 2024") says least: any other words in the header or titles come first.
  let yearAlone: Period | null = null;
  for (const [place, header] of places) {
    const found = header ? headerReach(place.text) : reachOf(place.text, false);
    // "Năm 2023" under a plan of 2021-2025 is that year's figure, not the result three years in: no share of it.
    if (!found || (found.yearAlone && plan !== null && plan.from !== plan.to)) continue;
    const quarter = quarterReading(found, place, header, own);
    const quarterOnly = quarter === "own";
    const elapsed = elapsedShare(found.reach, plan);
    // A quarter's own figures with no year to place them: the titles' "đến 30/9/2024" must not make them cumulative.
    if (elapsed === null && quarterOnly) return null;
    if (elapsed === null) continue;
    // A title's "Số liệu đến 30/9/2024" would name a quarter's own figures as the year to date.
    const dated = header && !quarterOnly && undated(found.reach) && datedTitle(titles, elapsed, plan);
    const at = dated || {
      place,
      found:
        quarter === "toDate" && found.meaning.kind === "quarter"
          ? { ...found, meaning: toDateMeaning(found.meaning) }
          : found,
    };
    const period: Period = {
      label: label(at.place.text, at.found),
      elapsed,
      cell: a1(at.place.row, at.place.col),
      source: "detected",
      meaning: at.found.meaning,
      plan,
      ...(quarterOnly ? { quarterOnly } : {}),
    };
    if (!found.yearAlone) return period;
    yearAlone ??= period;
  }
  return yearAlone;
}

/**
 * The share of the plan period a period's figures are paced against, or null when they have no pace: no period, or
 * a quarter's own figures, which are no part of the plan to date.
 */
export function paceShare(period: Pick<Period, "elapsed" | "quarterOnly"> | null | undefined): number | null {
  return period && !period.quarterOnly ? period.elapsed : null;
}

/** The plan period a table names (its plan column's header, else its titles), for a period the user sets. */
export function detectPlan(view: SheetView, layout: TableLayout): YearSpan | null {
  return planSpan(view, layout, titleCells(view, layout));
}

function undated(reach: Reach): boolean {
  return reach.kind === "months" && reach.year === null;
}

/**
 * A title that says the same share with its year ("Số liệu đến 30/9/2024" over a "9 tháng" column): it labels the
 * period better than the header, which names no year.
 */
function datedTitle(
  titles: Place[],
  elapsed: number,
  plan: YearSpan | null,
): { place: Place; found: ReachFound } | undefined {
  for (const place of titles) {
    const found = reachOf(place.text, false);
    // A year alone says less than the header's own words ("Ước cả năm" is an estimate); the plan gives its year.
    if (found && !found.yearAlone && !undated(found.reach) && elapsedShare(found.reach, plan) === elapsed)
      return { place, found };
  }
  return undefined;
}

/**
 * The year alone a result column names under a plan of several years ("Năm 2023" under "Kế hoạch giai đoạn
 * 2021-2025"): no share of the plan to pace by, yet the year the figures are, which the paragraph opens with.
 */
export function detectResultYear(view: SheetView, layout: TableLayout): ResultYear | null {
  const plan = planSpan(view, layout, titleCells(view, layout));
  if (!plan || plan.from === plan.to) return null;
  for (const place of headerCells(view, layout, layout.columns.actual)) {
    const found = headerReach(place.text);
    if (!found) continue;
    if (!found.yearAlone || found.meaning.kind !== "year" || found.meaning.year === null) return null;
    return { year: found.meaning.year, plan, cell: a1(place.row, place.col) };
  }
  return null;
}
