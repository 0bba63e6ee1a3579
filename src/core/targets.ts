/**
 * Targets ("chỉ tiêu") as written in programme tables: a plain number (675.000), a threshold with a comparator
 * (`≥ 95%`, `Trên 90%`, `Dưới 0,5%`, `Không quá 3%`) or a range (`1-1,5%`, `từ 1 đến 1,5%`, `Giảm 1-1,5%/năm`),
 * in Vietnamese with or without diacritics, or in English.
 *
 * Choices that `meets` relies on:
 * - The comparator is taken literally; `direction` follows it ("<" and "<=" are lower-is-better, ">" and ">=" are
 *   higher-is-better). Only "=" takes its direction from a verb ("Giảm = 2%" → lower).
 * - A bare number or percentage ("100%", "95") means "at least": ">=", higher.
 * - "Giảm X%" / "Giảm còn X%" / "Giảm xuống X%" read as an upper bound: "<=" X, lower.
 * - A change a year is not a level: "Giảm 1-1,5%/năm", "giảm bình quân 1%/năm", "Tăng 8%/năm", "giảm 0,5 điểm
 *   %/năm", "mỗi năm giảm 1-1,5%" (a verb of change and a figure per year) are read with `perYear`: `value` and
 *   `upper` the committed change a year, `direction` from the verb, and the low end of a range as the commitment
 *   (">=": "giảm 1-1,5" is met by a fall of at least 1 a year). Read as a ceiling, a poverty rate that fell by 0,1
 *   point a year would pass "Giảm 1-1,5%/năm" for being under 1,5 %. A count works the same way ("Mỗi năm giảm
 *   2.000 hộ nghèo", "Tăng 500 lao động/năm", `percent` false): a change in the row's own unit. The analysis judges
 *   it by the row's years (./yearly-change.ts) and the functions refuse it. A rate that is itself a yearly figure
 *   ("≥ 7%/năm" of growth, "Tăng trưởng 7%/năm") names no change of the figure and stays a level, as do "Giảm 2%"
 *   without "/năm" and a verb that names the level to reach ("Giảm còn 50 vụ/năm", "reduce to 2,000 a year").
 * - A range keeps `value` = lower bound and `upper` = upper bound (ordered, whichever way it was typed). Its
 *   comparator comes from the words around it, ">=" when there are none. Higher comparators check `value` (reaching
 *   the low end of "1-1,5%" meets it; exceeding the high end still does), lower comparators check `upper`
 *   ("Giảm 1-1,5%" is met up to 1,5%), and "=" needs the actual inside the range.
 * - Numbers after an opening parenthesis or "so với"/"compared" are notes, and a year after "năm"/"year"/"giai
 *   đoạn" is a date; both are ignored. Any other second number that does not form a range makes the text
 *   unreadable (null) rather than guessed.
 */
import { magnitudeAt, parseNumber, shift } from "./numbers";
import type { CellValue } from "./snapshot";
import { fold } from "./text";
import type { Comparator, Convention, Direction, Indicator, Target } from "./types";

export interface TargetOptions {
  /** How to read ambiguous numbers such as "1.234"; Vietnamese by default. */
  convention?: Convention;
  /** The magnitude the row's unit carries ("tỷ đồng": 9), so "Trên 3.000 tỷ" there is 3 000 of that unit. */
  unitMagnitude?: number;
}

/** Reads a target cell; null when it holds no readable target (empty, an error, "Hoàn thành", "1.23.4%"). */
export function parseTarget(input: CellValue, options: TargetOptions = {}): Target | null {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return null;
    return { comparator: ">=", value: input, upper: null, percent: false, direction: "higher", text: null };
  }
  if (typeof input !== "string") return null;
  const text = input.trim();
  if (text === "") return null;
  return parseTargetText(text, options.convention ?? "vi", options.unitMagnitude ?? 0);
}

/** Whether an actual value meets a target, with 1e-9 relative tolerance so 0.95 ≥ 95% survives float noise. */
export function meets(actual: number, target: Target): boolean {
  if (!Number.isFinite(actual)) return false;
  const low = target.value;
  const high = target.upper ?? target.value;
  switch (target.comparator) {
    case ">=":
      return actual >= low - tolerance(actual, low);
    case ">":
      return actual > low + tolerance(actual, low);
    case "<=":
      return actual <= high + tolerance(actual, high);
    case "<":
      return actual < high - tolerance(actual, high);
    case "=":
      return actual >= low - tolerance(actual, low) && actual <= high + tolerance(actual, high);
  }
}

function tolerance(a: number, b: number): number {
  return 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

const LOWER_WORDS = wordPattern(
  "lower",
  "low",
  "down",
  "decrease",
  "decreasing",
  "reduce",
  "giam",
  "giam dan",
  "thap",
  "nghich",
  "nguoc",
  "↓",
);
const HIGHER_WORDS = wordPattern(
  "higher",
  "high",
  "up",
  "increase",
  "increasing",
  "tang",
  "tang dan",
  "cao",
  "thuan",
  "↑",
);

/** Reads a direction column or setting ("giảm", "Thấp hơn là tốt", "higher", "-1"); null when unclear. */
export function parseDirection(text: string): Direction | null {
  if (typeof text !== "string") return null;
  const folded = fold(text);
  if (/^[-\u2212]1$/.test(folded)) return "lower";
  if (/^\+?1$/.test(folded)) return "higher";
  const lower = LOWER_WORDS.test(folded);
  const higher = HIGHER_WORDS.test(folded);
  if (lower === higher) return null;
  return lower ? "lower" : "higher";
}

const SYMBOLS: [RegExp, Comparator][] = [
  [/>=|=>|[≥⩾≧]/, ">="],
  [/<=|=<|[≤⩽≦]/, "<="],
  [/>/, ">"],
  [/</, "<"],
  [/=/, "="],
];

/** Phrases in priority order: negations and longer phrases before the words they contain. */
const PHRASES: [RegExp, Comparator][] = [
  ...words(">=", "khong duoi", "khong it hon", "khong thap hon", "khong nho hon", "khong kem hon"),
  ...words("<=", "khong tren", "khong vuot qua", "khong vuot", "khong qua", "khong cao hon", "khong lon hon"),
  ...words("<=", "khong nhieu hon", "khong hon"),
  ...words(">=", "not less than", "no less than", "not lower than", "no lower than", "no fewer than"),
  ...words(">=", "not below", "not under"),
  ...words("<=", "not more than", "no more than", "not higher than", "no higher than", "not greater than"),
  ...words("<=", "no greater than", "not above", "not over", "not to exceed", "not exceed", "does not exceed"),
  ...words(">=", "tro len", "or more", "or above", "or higher", "or greater", "or over", "and above"),
  ...words("<=", "tro xuong", "or less", "or below", "or lower", "or fewer", "or under", "and below"),
  ...words(">=", "it nhat", "toi thieu", "at least", "minimum", "min"),
  ...words("<=", "toi da", "at most", "maximum", "max", "up to"),
  ...words("<", "thap hon", "nho hon", "it hon", "kem hon", "duoi", "below", "under", "less than", "lower than"),
  ...words("<", "fewer than", "smaller than"),
  ...words(">", "cao hon", "lon hon", "nhieu hon", "hon", "tren", "vuot", "above", "over", "more than"),
  ...words(">", "greater than", "higher than", "exceed", "exceeds", "exceeding"),
  ...words("<=", "giam con", "giam xuong", "giam", "reduce to", "reduced to", "down to", "reduce", "decrease"),
];
// "Đạt", "tăng", "từ", "reach" need no entry: a target without a comparator word is read as at least (">=").

function words(comparator: Comparator, ...phrases: string[]): [RegExp, Comparator][] {
  return phrases.map((phrase) => [wordPattern(phrase), comparator]);
}

/**
 * Matches any of the phrases as whole words in folded text: the test `hasWords` from ./text makes, compiled once
 * here because targets are read for every row of a sheet.
 */
function wordPattern(...phrases: string[]): RegExp {
  const escaped = phrases.map((phrase) => fold(phrase).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(^|[^a-z0-9])(${escaped.join("|")})($|[^a-z0-9])`);
}

const LOWER_VERBS = wordPattern("giam", "reduce", "reduced", "decrease", "cut");
/** A verb of change; "tăng trưởng" (growth) names a rate that is itself a yearly figure, not a change of one. */
const CHANGE_VERBS =
  /(^|[^a-z0-9])(giam|tang(?! truong| cuong)|reduce|reduced|decrease|cut|increase|raise|grow|rise)($|[^a-z0-9])/g;
const PER_YEAR =
  /\/\s*(nam|year)\b|(^|[^a-z0-9])(moi|hang) nam\b|\b(per|a|each|every) year\b|\bannually\b|\bper annum\b/;
/** "Giảm còn 50 vụ/năm", "reduce to 2,000 a year": the verb names the level to reach, a yearly figure, no change. */
const LEVEL_AFTER_VERB =
  /(^|[^a-z0-9])(giam (con|xuong)|tang len|(reduce|reduced|decrease|cut|increase|raise|rise|grow|down) to)($|[^a-z0-9])/;
const RANGE_SEPARATORS = new Set(["-", "\u2013", "\u2014", "\u2212", "~", "den", "toi", "to"]);
const YEAR_WORDS = /(^|[^a-z0-9])(nam|year|giai doan|period)\s*$/;
const NOTE_WORDS = wordPattern("so voi", "compared", "versus", "vs");
const PERCENT_WORDS = wordPattern("phan tram", "percent", "per cent");
const NUMBER = /\d(?:[\d.,\u00a0\u202f\u2009]*\d)?/g;

interface Token {
  text: string;
  start: number;
  end: number;
}

function parseTargetText(text: string, convention: Convention, unitMagnitude: number): Target | null {
  const { tokens, scope } = numbersInScope(text);
  const first = tokens[0];
  if (!first) return null;
  const second = tokens[1];
  if (tokens.length > 2) return null;
  if (second && !isRange(text, first, second)) return null;

  const folded = fold(scope);
  const afterFirst = scope.slice(first.end);
  const percent = afterFirst.includes("%") || PERCENT_WORDS.test(fold(afterFirst));
  const sign = signBefore(text, first.start);
  // "Trên 1,5 triệu lượt", "2-3 nghìn hộ": a magnitude word scales its number, and both ends of a range.
  const highMagnitude = second && !percent ? magnitudeAt(text.slice(second.end)) : 0;
  const lowMagnitude = percent ? 0 : magnitudeAt(text.slice(first.end)) || highMagnitude;
  const low = scaled(readToken(first, convention, percent), lowMagnitude, unitMagnitude);
  const high = second ? scaled(readToken(second, convention, percent), highMagnitude, unitMagnitude) : null;
  if (low === null || (second && high === null)) return null;
  const signedLow = sign * low;

  const value = high === null ? signedLow : Math.min(signedLow, high);
  const upper = high === null ? null : Math.max(signedLow, high);
  const lowerVerb = LOWER_VERBS.test(folded);
  if (PER_YEAR.test(folded) && !LEVEL_AFTER_VERB.test(folded)) {
    // The verb says which way the figure is to move; the comparator, read without it, bounds the size of the move.
    const withoutVerb = folded.replace(CHANGE_VERBS, "$1 $3");
    if (withoutVerb !== folded) {
      const comparator = writtenComparator(scope, withoutVerb) ?? ">=";
      const direction: Direction = lowerVerb ? "lower" : "higher";
      return { comparator, value, upper, percent, direction, text, perYear: true };
    }
  }
  const comparator = comparatorOf(scope, folded);
  const direction: Direction =
    comparator === "<" || comparator === "<=" ? "lower" : comparator === "=" && lowerVerb ? "lower" : "higher";
  return { comparator, value, upper, percent, direction, text };
}

/** "1-1,5%", "1% – 1,5%", "từ 1 đến 1,5%"; not "95% - 690" (a percentage and a count). */
function isRange(text: string, first: Token, second: Token): boolean {
  const between = text.slice(first.end, second.start);
  if (!RANGE_SEPARATORS.has(fold(between.replace(/%/g, "")))) return false;
  return !between.trimStart().startsWith("%") || /^\s*%/.test(text.slice(second.end));
}

/** The number tokens that make up the target, and the text they are read from (notes cut off). */
function numbersInScope(text: string): { tokens: Token[]; scope: string } {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let skippedYear = false;
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index ?? 0;
    const token = { text: match[0], start, end: start + match[0].length };
    const before = text.slice(previousEnd, start);
    const foldedBefore = fold(before);
    if (tokens.length > 0 && (before.includes("(") || NOTE_WORDS.test(foldedBefore))) {
      return { tokens, scope: text.slice(0, start) };
    }
    const isYear = /^(19|20)\d\d$/.test(token.text);
    const afterYear: boolean = skippedYear && RANGE_SEPARATORS.has(foldedBefore);
    skippedYear = isYear && (YEAR_WORDS.test(fold(text.slice(0, start))) || afterYear);
    if (!skippedYear) tokens.push(token);
    previousEnd = token.end;
  }
  return { tokens, scope: text };
}

/** -1 when a minus sign stands directly before the number and is not a range dash ("≥ -5%"), else 1. */
function signBefore(text: string, start: number): number {
  const sign = text.charAt(start - 1);
  if (sign !== "-" && sign !== "\u2212") return 1;
  const previous = text
    .slice(0, start - 1)
    .trimEnd()
    .slice(-1);
  return /[\d%]/.test(previous) ? 1 : -1;
}

function scaled(value: number | null, magnitude: number, unitMagnitude: number): number | null {
  return value === null || magnitude === 0 ? value : shift(value, magnitude - unitMagnitude);
}

function readToken(token: Token, convention: Convention, percent: boolean): number | null {
  return parseNumber(percent ? `${token.text}%` : token.text, convention)?.value ?? null;
}

function comparatorOf(scope: string, folded: string): Comparator {
  return writtenComparator(scope, folded) ?? ">=";
}

/** The comparator a target's words or symbols state; null for a bare figure ("0%", "Đạt 95%"). */
function writtenComparator(scope: string, folded: string): Comparator | null {
  for (const [symbol, comparator] of SYMBOLS) if (symbol.test(scope)) return comparator;
  for (const [phrase, comparator] of PHRASES) if (phrase.test(folded)) return comparator;
  return null;
}

/**
 * Whether a target leaves nothing to judge by: a higher-is-better plan of 0 or less is a plan never filled in (0
 * typed in the plan cell, of a count or of a "%" row), not a goal, and its attainment cannot be computed. A percent
 * target that states its comparator ("≥ 0%", "Trên 0%") is a goal all the same, judged in points as rates are.
 * Lower-is-better targets ("≤ 0%", "Không quá 0%") are ceilings, always judged.
 */
export function isZeroPlan(target: Target): boolean {
  if (target.direction !== "higher" || target.value > 0) return false;
  if (!target.percent || target.text === null) return true;
  const { scope } = numbersInScope(target.text);
  return writtenComparator(scope, fold(scope)) === null;
}

/**
 * Whether any indicator has a plan or target with a figure: one such makes the table judgeable, and with none
 * no-numeric-plan says so once for the table (and the paragraph says why no indicator is assessed).
 */
export function hasPlanFigures(indicators: readonly Indicator[]): boolean {
  return indicators.some((i) => i.target !== null);
}
