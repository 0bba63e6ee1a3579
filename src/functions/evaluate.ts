/**
 * One cell of each CHITIEU.* function: the values Excel passes for one cell in, a number, text, boolean or a
 * FunctionError out. Reading numbers and targets and the arithmetic are the engine's own calls (src/core), the same
 * ones the validator makes; this module maps Excel's arguments onto them and says why when it cannot.
 *
 * Values are read as Excel holds them: a percentage is a fraction (98,9 % is 0.989; the text "98,9%" reads as
 * 0.989), and text numbers are read the Vietnamese way when ambiguous ("720.493" is 720493).
 */
import { bandLabel } from "../core/band-text";
import { attainment, overPlan, pace, statusOf } from "../core/compute";
import { gapFromTarget } from "../core/gap-text";
import { t } from "../core/i18n";
import { bandOf, DEFAULT_NEAR } from "../core/judge";
import { parseAmount, twoReadings } from "../core/numbers";
import { planOf } from "../core/rows";
import { isZeroPlan, meets, parseDirection, parseTarget } from "../core/targets";
import { fold } from "../core/text";
import type { Band, Convention, Direction, Lang, Target } from "../core/types";

/** The Excel errors the functions return; Excel shows a custom message only for #VALUE! and #N/A. */
export type ErrorCode = "#DIV/0!" | "#VALUE!" | "#N/A" | "#NUM!" | "#NULL!";

/** Errors an input cell may hold that a custom function can also return, so a row keeps its own error. */
const PASSED_ON = new Set<string>(["#DIV/0!", "#VALUE!", "#N/A", "#NUM!", "#NULL!"]);

/** The arguments an error can name; each has a name under `functions.argument` in the catalogue. */
export const ARGUMENTS = [
  "actual",
  "plan",
  "direction",
  "target",
  "language",
  "text",
  "convention",
  "start",
  "end",
  "asOf",
  "near",
] as const;
export type Argument = (typeof ARGUMENTS)[number];

/** Why a cell failed; each has a message under `functions.error` in the catalogue. */
export const REASONS = [
  "blank",
  "notNumber",
  "target",
  "perYear",
  "direction",
  "language",
  "convention",
  "zeroPlan",
  "zeroActual",
  "negative",
  "shape",
  "period",
  "periodScale",
  "notStarted",
  "paceRate",
  "paceCeiling",
  "percentScale",
  "ambiguous",
  "near",
  "dateRange",
  "overflow",
  "inputError",
  "unexpected",
] as const;
export type Reason = (typeof REASONS)[number];

export interface FunctionError {
  code: ErrorCode;
  /** Key under `functions.error` in the message catalogue. */
  reason: Reason;
  argument?: Argument;
  params: Record<string, string | number>;
}

export type Output = number | string | boolean | FunctionError;

export function isFunctionError(value: unknown): value is FunctionError {
  return typeof value === "object" && value !== null && "reason" in value && "code" in value;
}

export function functionError(
  code: ErrorCode,
  reason: Reason,
  argument?: Argument,
  params: Record<string, string | number> = {},
): FunctionError {
  return argument ? { code, reason, argument, params } : { code, reason, params };
}

/**
 * Catalogue texts, remembered: an i18next lookup costs tens of microseconds, and a spilled column asks for the same
 * "blank cell" message or the same "Hoàn thành" on every row.
 */
const texts = new Map<string, string>();
const TEXTS_LIMIT = 1000;

function text(lang: Lang, key: string, params?: Record<string, string | number>): string {
  const id = params ? `${lang}\u0000${key}\u0000${JSON.stringify(params)}` : `${lang}\u0000${key}`;
  let found = texts.get(id);
  if (found === undefined) {
    if (texts.size >= TEXTS_LIMIT) texts.clear();
    found = t(lang, key, params);
    texts.set(id, found);
  }
  return found;
}

/** Band words by language, band and threshold: a spilled column asks for the same few on every row. */
const bandTexts = new Map<string, string>();

function bandText(lang: Lang, band: Band, near: number): string {
  const id = `${lang}\u0000${band}\u0000${near}`;
  let found = bandTexts.get(id);
  if (found === undefined) {
    if (bandTexts.size >= TEXTS_LIMIT) bandTexts.clear();
    found = bandLabel(band, near, lang);
    bandTexts.set(id, found);
  }
  return found;
}

/** The error's tooltip text, in `lang`. */
export function errorMessage(error: FunctionError, lang: Lang): string {
  const argument = error.argument ? text(lang, `functions.argument.${error.argument}`) : "";
  return text(lang, `functions.error.${error.reason}`, { ...error.params, argument });
}

export function attainmentCell(actual: unknown, plan: unknown, direction?: unknown): Output {
  return withRatio(actual, plan, direction, attainmentOrWhy);
}

export function overPlanCell(actual: unknown, plan: unknown, direction?: unknown): Output {
  return withRatio(actual, plan, direction, overPlanOrWhy);
}

function attainmentOrWhy(actual: number, plan: number, direction: Direction): Output {
  return finite(attainment(actual, plan, direction)) ?? noAttainment(actual, plan, direction);
}

function overPlanOrWhy(actual: number, plan: number, direction: Direction): Output {
  return finite(overPlan(actual, plan, direction)) ?? noAttainment(actual, plan, direction);
}

/**
 * A ratio of finite numbers can still overflow (1e308 ÷ 1e-10, or a plan of 5e-324): Excel has no infinity, so
 * that is #NUM! rather than a number Excel would show as garbage.
 */
function finite(result: number | null): number | FunctionError | null {
  if (result === null || Number.isFinite(result)) return result;
  return functionError("#NUM!", "overflow");
}

/**
 * The band's words, counted the way the validator's summary counts: achieved, near (not achieved but at or above
 * `near` of the target, 90 % unless given), not achieved, or no data for a blank actual or target, or a plan of 0
 * or less (isZeroPlan), rather than an error, so COUNTIF over the column matches the summary's figures. Without a language
 * argument, in `displayLang` (Office's display language).
 */
export function statusCell(
  actual: unknown,
  target: unknown,
  language?: unknown,
  near?: unknown,
  displayLang: Lang = "vi",
): Output {
  const lang = readLanguage(language, displayLang);
  if (isFunctionError(lang)) return lang;
  const threshold = readNear(near);
  if (isFunctionError(threshold)) return threshold;
  const value = readNumber(actual, "actual");
  if (isFunctionError(value)) return value;
  const parsed = readTarget(target, "target");
  if (isFunctionError(parsed)) return parsed;
  if (value === null || parsed === null) return bandText(lang, "no_data", threshold);
  const scale = wholePercent(value, parsed);
  if (scale) return scale;
  const plan = planOf(parsed);
  // As the engine judges it: a plan of 0 or less never filled in gives nothing to judge by, so never "achieved".
  if (isZeroPlan(parsed)) return bandText(lang, "no_data", threshold);
  const band = bandOf(statusOf(value, parsed), attainment(value, plan, parsed.direction), threshold);
  return bandText(lang, band, threshold);
}

/**
 * How far from the target: for a rate against a rate target, actual minus target in percentage points, positive
 * when better (0,03 % under "Dưới 0,5%" is 0,47); otherwise attainment − 1 as a fraction, positive when over plan
 * (0,0674 for 720 493 of 675 000, −0,2159 for 454 of 579). The engine's gap, with the ratio functions' errors.
 */
export function gapCell(actual: unknown, target: unknown): Output {
  const value = readNumber(actual, "actual");
  if (isFunctionError(value)) return value;
  const parsed = readTarget(target, "target");
  if (isFunctionError(parsed)) return parsed;
  if (value === null) return blank("actual");
  if (parsed === null) return blank("target");
  const scale = wholePercent(value, parsed);
  if (scale) return scale;
  const unjudged = zeroPlan(value, parsed);
  if (unjudged) return unjudged;
  const gap = gapFromTarget(value, parsed);
  if (gap === null) return noAttainment(value, planOf(parsed) ?? parsed.value, parsed.direction);
  const result = gap.kind === "points" ? gap.points : gap.fraction;
  return finite(result) ?? result;
}

/** The near threshold: a share of the target in (0, 1], 90 % when blank; "90%" and 0.9 both read. */
function readNear(input: unknown): number | FunctionError {
  const value = readNumber(input, "near");
  if (isFunctionError(value)) return value;
  if (value === null) return DEFAULT_NEAR;
  if (value > 0 && value <= 1) return value;
  return functionError("#VALUE!", "near", "near", { value });
}

export function metCell(actual: unknown, target: unknown): Output {
  const value = readNumber(actual, "actual");
  if (isFunctionError(value)) return value;
  const parsed = readTarget(target, "target");
  if (isFunctionError(parsed)) return parsed;
  if (value === null) return blank("actual");
  if (parsed === null) return blank("target");
  return wholePercent(value, parsed) ?? zeroPlan(value, parsed) ?? meets(value, parsed);
}

export function numberCell(text: unknown, convention?: unknown): Output {
  const chosen = readConvention(convention);
  if (isFunctionError(chosen)) return chosen;
  const value = readNumber(text, "text", chosen ?? undefined);
  if (isFunctionError(value)) return value;
  return value ?? blank("text");
}

/**
 * Pace over a period given in years (2021 to 2025 is five whole years, and an as-of year counts to its end, so
 * 2023 is 3 of 5 years gone) or in Excel dates. Without `asOf`, today: `now` is passed in to keep this pure.
 */
export function paceCell(
  actual: unknown,
  plan: unknown,
  start: unknown,
  end: unknown,
  asOf: unknown,
  now: Date,
): Output {
  return withRatio(actual, plan, undefined, (value, planned, direction, percent) => {
    const period = readPeriod(start, end, asOf, now);
    if (isFunctionError(period)) return period;
    // As the engine judges (paceOf): a rate stands as it is, and a ceiling is no sum to reach over time.
    if (percent) return functionError("#N/A", "paceRate", "plan");
    if (direction === "lower") return functionError("#N/A", "paceCeiling", "plan");
    const result = finite(pace(value, planned, period.start, period.end, period.asOf, direction));
    if (result !== null) return result;
    if (attainment(value, planned, direction) === null) return noAttainment(value, planned, direction);
    return functionError("#N/A", "notStarted", "asOf", { asOf: period.shownAsOf });
  });
}

/**
 * Reads actual, plan and direction and hands them to `use`; the plan may be a target text, which then also gives
 * the direction and whether it is a percent. A callback rather than a returned record: a 100 000-row call would otherwise allocate one per row.
 */
function withRatio(
  actual: unknown,
  plan: unknown,
  direction: unknown,
  use: (actual: number, plan: number, direction: Direction, percent: boolean) => Output,
): Output {
  const value = readNumber(actual, "actual");
  if (isFunctionError(value)) return value;
  const target = readPlan(plan);
  if (isFunctionError(target)) return target;
  const chosen = readDirection(direction);
  if (isFunctionError(chosen)) return chosen;
  if (value === null) return blank("actual");
  if (target === null) return blank("plan");
  if (typeof target === "number") return use(value, target, chosen ?? "higher", false);
  const scale = wholePercent(value, target);
  if (scale) return scale;
  return use(value, planOf(target) ?? target.value, chosen ?? target.direction, target.percent);
}

/**
 * The plan as a target, except that a plain number stays a number: the engine reads a bare number as "at least
 * that much, higher is better" (parseTarget), whose plan is the number itself, and skipping the Target per row
 * halves the time of a 100 000-row call. A test holds this reading equal to the engine's.
 */
function readPlan(input: unknown): number | Target | null | FunctionError {
  const value = plain(input);
  if (typeof value === "number" && Number.isFinite(value)) return value;
  return readTarget(input, "plan");
}

/**
 * An actual far above 100 % against a percentage target is almost always a percent typed as a whole number
 * (98,9 for 98,9 %): Excel holds percentages as fractions and a function cannot see the cell's unit, so read
 * literally it would be silently wrong. Past this bound the function says so instead of guessing.
 */
const WHOLE_PERCENT_BOUND = 2;

function wholePercent(actual: number, target: Target): FunctionError | null {
  if (!target.percent || Math.abs(actual) <= WHOLE_PERCENT_BOUND) return null;
  return functionError("#VALUE!", "percentScale", "actual", { value: actual, fraction: actual / 100 });
}

/** A plan the engine does not judge by (a bare 0, see isZeroPlan), as an error rather than a verdict. */
function zeroPlan(actual: number, target: Target): FunctionError | null {
  return isZeroPlan(target) ? noAttainment(actual, target.value, target.direction) : null;
}

/** Why the engine found no attainment for finite numbers: a zero or negative denominator, or a negative value. */
function noAttainment(actual: number, plan: number, direction: Direction): FunctionError {
  if (direction === "lower") {
    if (actual === 0) return functionError("#DIV/0!", "zeroActual", "actual");
    if (actual < 0) return functionError("#VALUE!", "negative", "actual", { value: actual });
    return functionError("#VALUE!", "negative", "plan", { value: plan });
  }
  if (plan === 0) return functionError("#DIV/0!", "zeroPlan", "plan");
  return functionError("#VALUE!", "negative", "plan", { value: plan });
}

function blank(argument: Argument): FunctionError {
  return functionError("#N/A", "blank", argument);
}

/**
 * Excel passes a cell holding a data type (a formatted number, an entity) as an object; its basic value is what
 * the cell shows.
 */
function plain(value: unknown): unknown {
  return typeof value === "object" && value !== null && "basicValue" in value ? value.basicValue : value;
}

/**
 * The error code of an error cell, as Excel passes it when the metadata allows errors for `any` parameters: a
 * CustomFunctions.Error ({ code: "#DIV/0!" }), or an error data type ({ type: "Error", basicValue: "#DIV/0!" }).
 */
function errorCodeOf(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const code =
    "code" in value
      ? value.code
      : "type" in value && value.type === "Error" && "basicValue" in value
        ? value.basicValue
        : null;
  return typeof code === "string" && code.startsWith("#") ? code : null;
}

/**
 * An error cell in an argument gives that position's result the same error, as Excel's own functions do, with a
 * message naming the argument; errors a custom function cannot return (#REF!, #NAME?, #SPILL!…) become #VALUE!.
 */
function inputError(value: unknown, argument: Argument): FunctionError | null {
  const code = errorCodeOf(value);
  if (code === null) return null;
  return functionError(PASSED_ON.has(code) ? (code as ErrorCode) : "#VALUE!", "inputError", argument, { error: code });
}

function isBlankInput(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

const SHOWN_LENGTH = 60;

/** A value as a message quotes it: what the cell shows, never "[object Object]", and never a whole essay. */
function shown(value: unknown): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  let text: string;
  if (typeof value === "object" && value !== null) {
    const type = "type" in value && typeof value.type === "string" ? value.type : null;
    text = type ?? (Array.isArray(value) ? "[…]" : "{…}");
  } else {
    text = String(value);
  }
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH - 1)}…` : text;
}

/**
 * The convention of Excel's own number settings, once the host has read them (./culture.ts); null until then, and
 * where the API cannot tell.
 */
let excelConvention: Convention | null = null;

export function setExcelConvention(convention: Convention | null): void {
  excelConvention = convention;
  targetCache.clear();
}

/**
 * The convention a text that reads both ways is read in: the function's own argument, else Excel's settings;
 * null when neither is known, and the text is then not read at all rather than read one way silently.
 */
function conventionFor(chosen: Convention | undefined): Convention | null {
  return chosen ?? excelConvention;
}

/** "1,850" without a convention to go by: #VALUE! naming both readings, so the cell never disagrees silently. */
function ambiguous(text: string, argument: Argument, readings: { vi: number; en: number }): FunctionError {
  return functionError("#VALUE!", "ambiguous", argument, { value: shown(text), vi: readings.vi, en: readings.en });
}

/** A number, a text number, or null for a blank cell. */
function readNumber(input: unknown, argument: Argument, chosen?: Convention): number | null | FunctionError {
  const failed = inputError(input, argument);
  if (failed) return failed;
  const value = plain(input);
  if (typeof value === "number") {
    return Number.isFinite(value) ? value : functionError("#VALUE!", "notNumber", argument, { value: shown(value) });
  }
  if (isBlankInput(value)) return null;
  if (typeof value !== "string") return notNumber(value, argument);
  const convention = conventionFor(chosen);
  if (convention === null) {
    const readings = twoReadings(value);
    if (readings) return ambiguous(value, argument, readings);
  }
  const parsed = parseAmount(value, convention ?? "vi");
  return parsed ? parsed.value : notNumber(value, argument);
}

function notNumber(value: unknown, argument: Argument): FunctionError {
  return functionError("#VALUE!", "notNumber", argument, { value: shown(value) });
}

/** Whole columns repeat the same few target texts; parsing each once keeps a 100 000-row call fast. */
/** A target text read both ways differently ("≥ 1.850"), with both readings of its figure. */
interface AmbiguousTarget {
  readings: { vi: number; en: number };
}

const targetCache = new Map<string, Target | AmbiguousTarget | null>();
const TARGET_CACHE_LIMIT = 1000;

/** Cached per text; `setExcelConvention` clears the cache, so a reading never outlives the convention it used. */
function cachedTarget(text: string): Target | AmbiguousTarget | null {
  if (targetCache.has(text)) return targetCache.get(text) ?? null;
  if (targetCache.size >= TARGET_CACHE_LIMIT) targetCache.clear();
  const target = targetOfText(text);
  targetCache.set(text, target);
  return target;
}

function targetOfText(text: string): Target | AmbiguousTarget | null {
  if (excelConvention) return parseTarget(text, { convention: excelConvention });
  const vi = parseTarget(text, { convention: "vi" });
  const en = parseTarget(text, { convention: "en" });
  if (vi && en && (vi.value !== en.value || vi.upper !== en.upper))
    return { readings: { vi: planOf(vi)!, en: planOf(en)! } };
  return vi ?? en;
}

function readTarget(input: unknown, argument: "plan" | "target"): Target | null | FunctionError {
  const failed = inputError(input, argument);
  if (failed) return failed;
  const value = plain(input);
  if (isBlankInput(value)) return null;
  const target =
    typeof value === "number" ? parseTarget(value) : typeof value === "string" ? cachedTarget(value) : null;
  if (target && "readings" in target) return ambiguous(value as string, argument, target.readings);
  // A change a year ("Giảm 1-1,5%/năm") needs two years' figures; one figure judged against it as a level would be
  // wrong while looking right, so it is refused as an unreadable target is.
  if (target?.perYear) return functionError("#VALUE!", "perYear", argument, { value: shown(value) });
  return target ?? functionError("#VALUE!", "target", argument, { value: shown(value) });
}

function readDirection(input: unknown): Direction | null | FunctionError {
  const failed = inputError(input, "direction");
  if (failed) return failed;
  const value = plain(input);
  if (isBlankInput(value)) return null;
  const direction = typeof value === "string" || typeof value === "number" ? parseDirection(String(value)) : null;
  return direction ?? functionError("#VALUE!", "direction", "direction", { value: shown(value) });
}

const VIETNAMESE = new Set(["vi", "vn", "vie", "vi-vn", "viet", "tieng viet", "vietnamese", "viet nam"]);
const ENGLISH = new Set(["en", "eng", "en-us", "en-gb", "english", "tieng anh", "anh"]);

/** "vi"/"en" and the usual ways of writing them; null for a blank argument. */
function languageOf(input: unknown): Lang | null | undefined {
  const value = plain(input);
  if (isBlankInput(value)) return null;
  if (typeof value !== "string") return undefined;
  const folded = fold(value);
  if (VIETNAMESE.has(folded)) return "vi";
  if (ENGLISH.has(folded)) return "en";
  return undefined;
}

function readLanguage(value: unknown, fallback: Lang = "vi"): Lang | FunctionError {
  const failed = inputError(value, "language");
  if (failed) return failed;
  const lang = languageOf(value);
  if (lang === undefined) return functionError("#VALUE!", "language", "language", { value: shown(value) });
  return lang ?? fallback;
}

/** The convention argument, or null when it is left blank. */
function readConvention(value: unknown): Convention | null | FunctionError {
  const failed = inputError(value, "convention");
  if (failed) return failed;
  const convention = languageOf(value);
  if (convention === undefined) return functionError("#VALUE!", "convention", "convention", { value: shown(value) });
  return convention;
}

interface Period {
  start: number;
  end: number;
  asOf: number;
  shownAsOf: string;
}

/** Excel's serial date 0 is 30 December 1899. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

function isoDate(serial: number): string {
  return new Date(SERIAL_EPOCH + serial * DAY).toISOString().slice(0, 10);
}

/** Excel's last date, 31 December 9999, as a serial number. */
const LAST_SERIAL = 2_958_465;

function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 9999;
}

/** The calendar day `now` falls on (in the runtime's time zone, as Excel's TODAY()) as a UTC timestamp. */
function localDay(now: Date): number {
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
}

/** A UTC day as a fractional year: 1 July 2023 is about 2023.5. */
function yearFraction(utcDay: number): number {
  const year = new Date(utcDay).getUTCFullYear();
  const first = Date.UTC(year, 0, 1);
  return year + (utcDay - first) / (Date.UTC(year + 1, 0, 1) - first);
}

function readPeriod(start: unknown, end: unknown, asOf: unknown, now: Date): Period | FunctionError {
  const from = readNumber(start, "start");
  if (isFunctionError(from)) return from;
  const to = readNumber(end, "end");
  if (isFunctionError(to)) return to;
  const at = readNumber(asOf, "asOf");
  if (isFunctionError(at)) return at;
  if (from === null) return blank("start");
  if (to === null) return blank("end");
  for (const [value, argument] of [
    [from, "start"],
    [to, "end"],
    [at, "asOf"],
  ] as const) {
    if (value !== null && !isYear(value) && !(value >= 0 && value <= LAST_SERIAL)) {
      return functionError("#VALUE!", "dateRange", argument, { value });
    }
  }
  if (isYear(from) !== isYear(to)) return functionError("#VALUE!", "periodScale", "start");
  let period: Period;
  if (isYear(from)) {
    // A year as the end or as-of point means the end of that year, and an as-of date the end of that day.
    const point =
      at === null ? yearFraction(localDay(now)) : isYear(at) ? at + 1 : yearFraction(SERIAL_EPOCH + (at + 1) * DAY);
    const shownAsOf = at === null ? String(Math.floor(point)) : isYear(at) ? String(at) : isoDate(at);
    period = { start: from, end: to + 1, asOf: point, shownAsOf };
  } else {
    if (at !== null && isYear(at)) return functionError("#VALUE!", "periodScale", "asOf");
    // The end date and an as-of date count to the end of their day, as "Số liệu đến 31/12/2023" does: the whole of
    // 2021-01-01 to 2025-12-31 is five years, three of them gone on 2023-12-31.
    const point = at === null ? (localDay(now) - SERIAL_EPOCH) / DAY : at + 1;
    period = { start: from, end: to + 1, asOf: point, shownAsOf: isoDate(at ?? point) };
  }
  if (!(period.end > period.start)) return functionError("#VALUE!", "period", "end", { start: from, end: to });
  return period;
}
