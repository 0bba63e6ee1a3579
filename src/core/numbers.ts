/**
 * Numbers stored as text, in Vietnamese ("720.493", "2.975,42", "78,41%") or English ("720,493", "78.41%") style.
 *
 * A text is read in the convention it is unambiguous for; only a text with a single mark followed by exactly
 * three digits ("1.234", "12,500") needs the sheet's convention to decide between a thousands group and a decimal.
 */
import type { Convention } from "./types";
import { fold } from "./text";
import { memoize } from "./memo";

export interface ParsedNumber {
  value: number;
  /** The text carried a % sign; `value` is then already the fraction (78,41% → 0.7841). */
  percent: boolean;
}

interface Reading extends ParsedNumber {
  /** The convention the text can only belong to, or null when it reads the same in both. */
  evidence: Convention | null;
}

const SPACE = /[ \u00a0\u202f\u2009]/;
const SPACES = /[ \u00a0\u202f\u2009]/g;
const BODY = /^\d(?:[\d.,\u00a0\u202f\u2009 ]*\d)?$/;
const GROUP_MARK: Record<Convention, string> = { vi: ".", en: "," };
const DECIMAL_MARK: Record<Convention, string> = { vi: ",", en: "." };

/** Reads a number typed as text; null for anything that is not exactly one number (units, words, exponents). */
export function parseNumber(text: string, convention: Convention = "vi"): ParsedNumber | null {
  const reading = readNumber(text, convention);
  return reading && { value: reading.value, percent: reading.percent };
}

export interface ParsedAmount extends ParsedNumber {
  /** The text opened with a word of estimate: "khoảng", "ước", "xấp xỉ", "about", "~". */
  estimate: boolean;
  /** Powers of ten its magnitude word stood for (3 for "nghìn", 9 for "tỷ"); 0 without one. */
  magnitude: number;
}

const ESTIMATE =
  /^(uoc tinh khoang|uoc tinh|uoc khoang|uoc dat|uoc|khoang chung|khoang|chung|xap xi|about|around|approximately|approx\.?|~|≈)\s*/;
/** "nghìn tỷ" before "nghìn" and "tỷ"; "ngàn" is the southern "nghìn". */
const MAGNITUDES: [RegExp, number][] = [
  [/^(nghin ty|ngan ty|trillion)(?![a-z0-9])/, 12],
  [/^(ty|ti|billion|bn)(?![a-z0-9])/, 9],
  [/^(trieu|million|mn)(?![a-z0-9])/, 6],
  [/^(nghin|ngan|thousand)(?![a-z0-9])/, 3],
];
/** After a magnitude word, the unit it counts may follow ("20 nghìn lượt", "2.975,42 tỷ đồng"): words only. */
const UNIT_WORDS = /^(\s+[a-z&/.]+)*$/;
const LEADING_NUMBER = /^[+\-\u2212]?\d(?:[\d.,]|\s(?=\d))*/;
/** Longer texts are sentences, not amounts; the bound also keeps a pasted essay cheap. */
const AMOUNT_LENGTH = 80;

/**
 * Reads a figure written with words: a magnitude ("20 nghìn" / "20 ngàn" = 20 000, "1,5 triệu" = 1 500 000,
 * "2 tỷ đồng" = 2 000 000 000) and an estimate ("khoảng 48 nghìn"), as well as every plain text number
 * `parseNumber` reads. `unitMagnitude` is the magnitude the row's unit already carries ("tỷ đồng": 9), so "2.975,42
 * tỷ" in a "tỷ đồng" row is 2 975,42 of that unit. Null for anything else; never throws.
 */
export function parseAmount(text: string, convention: Convention = "vi", unitMagnitude = 0): ParsedAmount | null {
  if (typeof text !== "string") return null;
  const plain = readNumber(text, convention);
  if (plain) return { value: plain.value, percent: plain.percent, estimate: false, magnitude: 0 };
  if (text.length > AMOUNT_LENGTH || !/\d/.test(text)) return null;
  let s = fold(text);
  const estimate = ESTIMATE.exec(s);
  if (estimate) s = s.slice(estimate[0].length);
  const number = LEADING_NUMBER.exec(s);
  if (!number) return null;
  const rest = s.slice(number[0].length).trimStart();
  if (rest === "" || rest === "%") {
    if (!estimate) return null;
    const reading = readNumber(number[0] + rest, convention);
    return reading && { value: reading.value, percent: reading.percent, estimate: true, magnitude: 0 };
  }
  const found = magnitudeWord(rest);
  if (!found) return null;
  const [word, magnitude] = found;
  if (!UNIT_WORDS.test(rest.replace(word, ""))) return null;
  const reading = readNumber(number[0].trim(), convention);
  if (!reading || reading.percent) return null;
  const value = shift(reading.value, magnitude - unitMagnitude);
  if (!Number.isFinite(value)) return null;
  return {
    value,
    percent: false,
    estimate: estimate !== null,
    magnitude,
  };
}

/**
 * The magnitude a unit opens with: "nghìn người" 3, "triệu đồng" 6, "tỷ đồng" 9; 0 for "người", "%" and for
 * "tỷ lệ" (a rate, not a billion). Memoised: a unit repeats down its column, and its magnitude is asked of every
 * row.
 */
export const unitMagnitude = memoize((unit: string): number => {
  if (!unit || !/^\s*(ngh|ng[aà]|tr|t[yỷỉi]|th|mil|bil|bn|mn)/i.test(unit)) return 0;
  return magnitudeWord(fold(unit))?.[1] ?? 0;
});

/**
 * A unit as a magnitude and what that magnitude counts, folded: "nghìn người" is 3 and "nguoi", "tỷ đồng" 9 and
 * "dong", "người" 0 and "nguoi". A magnitude word alone ("Tỷ") is the unit itself, since nothing says what it counts.
 */
export function splitUnitMagnitude(unit: string): { magnitude: number; counted: string } {
  const folded = fold(unit).trim();
  const magnitude = unitMagnitude(unit);
  if (magnitude === 0) return { magnitude, counted: folded };
  const counted = folded.replace(magnitudeWord(folded)![0], "").trim();
  return counted ? { magnitude, counted } : { magnitude: 0, counted: folded };
}

/** The magnitude word folded text opens with, if any; "tỷ lệ" is a rate, not a billion. */
function magnitudeWord(folded: string): [RegExp, number] | undefined {
  return /^t[iy] le\b/.test(folded) ? undefined : MAGNITUDES.find(([word]) => word.test(folded));
}

/** Powers of ten of the magnitude word a text opens with ("nghìn lượt": 3), 0 without one. */
export function magnitudeAt(text: string): number {
  if (!/^\s*[a-zàáảãạăâđêôơưỳýỷỹỵ]/i.test(text)) return 0;
  return magnitudeWord(fold(text.slice(0, 24)))?.[1] ?? 0;
}

/** Multiplies by a power of ten through the decimal exponent, so 1,5 triệu is exactly 1 500 000. */
export function shift(value: number, places: number): number {
  if (places === 0) return value;
  const shifted = Number(`${value}e${places}`);
  return Number.isNaN(shifted) ? value * 10 ** places : shifted;
}

/**
 * The two readings of a text that reads both ways and differently ("1,850": 1,85 the Vietnamese way, 1 850 the
 * English way); null when it reads one way only, or the same both ways. Memoised, and the readings shared: each
 * text figure is asked about by the reader and by several rules, and a column repeats its figures.
 */
export const twoReadings = memoize((text: string): Readonly<{ vi: number; en: number }> | null => {
  const vi = parseAmount(text, "vi");
  const en = parseAmount(text, "en");
  if (!vi || !en || vi.value === en.value) return null;
  return { vi: vi.value, en: en.value };
});

/** The convention a decimal separator belongs to ("," Vietnamese, "." English); null for any other. */
export function conventionOfSeparator(separator: string | null | undefined): Convention | null {
  if (separator === ",") return "vi";
  if (separator === ".") return "en";
  return null;
}

/**
 * The convention in which a text that reads two ways is a whole number while the other reading has a fraction
 * ("720.493": 720 493 the Vietnamese way, 720,493 the English way); null when both or neither are whole.
 */
export function wholeConvention(text: string): Convention | null {
  const readings = twoReadings(text);
  if (!readings) return null;
  const vi = Number.isInteger(readings.vi);
  const en = Number.isInteger(readings.en);
  return vi === en ? null : vi ? "vi" : "en";
}

/**
 * The convention most unambiguous samples use; null when none of them decides (or they split evenly). `counts`
 * are texts of figures that count whole things (people, households): one that reads two ways is evidence for the
 * convention that reads it whole, since 720.493 people cannot be.
 */
export function guessConvention(texts: Iterable<string>, counts: Iterable<string> = []): Convention | null {
  let vi = 0;
  let en = 0;
  const vote = (evidence: Convention | null | undefined) => {
    if (evidence === "vi") vi++;
    else if (evidence === "en") en++;
  };
  for (const text of texts) vote(readNumber(text, "vi")?.evidence);
  for (const text of counts) vote(readNumber(text, "vi")?.evidence ?? wholeConvention(text));
  if (vi === en) return null;
  return vi > en ? "vi" : "en";
}

function readNumber(text: string, convention: Convention): Reading | null {
  if (typeof text !== "string") return null;
  let s = text.trim();
  let negative = false;
  const bracketed = /^\((.*)\)$/.exec(s);
  if (bracketed) {
    negative = true;
    s = (bracketed[1] ?? "").trim();
  }
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trimEnd();
  }
  const sign = s.charAt(0);
  if (sign === "+" || sign === "-" || sign === "\u2212") {
    if (negative) return null;
    negative = sign !== "+";
    s = s.slice(1);
  }
  if (!BODY.test(s)) return null;
  const decoded = decode(s, convention);
  if (!decoded) return null;
  const { integer, fraction, evidence } = decoded;
  // Shifting the decimal exponent instead of dividing keeps 78,41% exactly 0.7841, not 0.7841000000000001.
  const magnitude = Number(`${integer}${fraction}e${-(fraction.length + (percent ? 2 : 0))}`);
  if (!Number.isFinite(magnitude)) return null;
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  return { value, percent, evidence };
}

interface Decoded {
  integer: string;
  fraction: string;
  evidence: Convention | null;
}

function decode(body: string, convention: Convention): Decoded | null {
  const dots = count(body, ".");
  const commas = count(body, ",");
  if (SPACE.test(body)) {
    // Spaces group the thousands, so a single mark can only be the decimal one.
    const spaced = body.replace(SPACES, " ");
    if (dots + commas > 1) return null;
    const mark = dots ? "." : commas ? "," : null;
    const [integer = "", fraction = ""] = mark ? spaced.split(mark) : [spaced];
    if (!isGrouped(integer, " ")) return null;
    return { integer: integer.replace(/ /g, ""), fraction, evidence: mark ? conventionOfDecimal(mark) : null };
  }
  if (dots === 0 && commas === 0) return { integer: body, fraction: "", evidence: null };
  if (dots > 0 && commas > 0) {
    const decimal = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
    const group = decimal === "." ? "," : ".";
    if (count(body, decimal) !== 1) return null;
    const [integer = "", fraction = ""] = body.split(decimal);
    if (!isGrouped(integer, group)) return null;
    return { integer: integer.split(group).join(""), fraction, evidence: conventionOfDecimal(decimal) };
  }
  const mark = dots > 0 ? "." : ",";
  const grouped = isGrouped(body, mark);
  if (dots + commas > 1) {
    if (!grouped) return null;
    return { integer: body.split(mark).join(""), fraction: "", evidence: conventionOfGroup(mark) };
  }
  const at = body.indexOf(mark);
  const integer = body.slice(0, at);
  const fraction = body.slice(at + 1);
  if (grouped) {
    return GROUP_MARK[convention] === mark
      ? { integer: integer + fraction, fraction: "", evidence: null }
      : { integer, fraction, evidence: null };
  }
  return { integer, fraction, evidence: conventionOfDecimal(mark) };
}

/**
 * "1.234.567": a first group of one to three digits (not starting with 0), then groups of exactly three. Scanned
 * rather than split, as every number typed as text is tested.
 */
function isGrouped(text: string, mark: string): boolean {
  const first = text.indexOf(mark);
  if (first < 1 || first > 3 || text.charCodeAt(0) === ZERO) return false;
  for (let i = 0; i < first; i++) if (!isDigit(text.charCodeAt(i))) return false;
  // Each group: the mark, then three digits, ending the text or followed by the next mark.
  for (let at = first; ; at += 4) {
    if (!isDigit(text.charCodeAt(at + 1)) || !isDigit(text.charCodeAt(at + 2)) || !isDigit(text.charCodeAt(at + 3)))
      return false;
    if (at + 4 === text.length) return true;
    if (text[at + 4] !== mark) return false;
  }
}

const ZERO = 48;

/** False for NaN, which charCodeAt gives past the end. */
function isDigit(code: number): boolean {
  return code >= ZERO && code <= ZERO + 9;
}

function conventionOfDecimal(mark: string): Convention {
  return mark === "," ? "vi" : "en";
}

function conventionOfGroup(mark: string): Convention {
  return mark === "." ? "vi" : "en";
}

function count(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) n++;
  return n;
}

export interface FormatOptions {
  /** Fixed number of decimals; by default as many as the value needs, up to 10. */
  decimals?: number;
  /** Show a fraction as a percentage (0.7841 → "78,41%"). */
  percent?: boolean;
  /** Thousands grouping; on by default. */
  grouping?: boolean;
}

const DEFAULT_MAX_DECIMALS = 10;

/** "720.493", "2.975,42", "78,41%" (Vietnamese) or "720,493", "2,975.42", "78.41%" (English). */
export function formatNumber(value: number, convention: Convention, options: FormatOptions = {}): string {
  if (!Number.isFinite(value)) return String(value);
  const { percent = false, grouping = true } = options;
  const fixed = options.decimals !== undefined && Number.isFinite(options.decimals);
  const places = fixed ? Math.min(20, Math.max(0, Math.floor(options.decimals ?? 0))) : DEFAULT_MAX_DECIMALS;
  const shown = decimalDigits(Math.abs(value));
  let digits = shown.digits;
  let point = shown.point + (percent ? 2 : 0);
  if (point <= 0) {
    digits = "0".repeat(1 - point) + digits;
    point = 1;
  }
  digits = digits.padEnd(point, "0");
  const fractionLength = Math.min(places, digits.length - point);
  let kept = digits.slice(0, point + fractionLength);
  const next = digits.charAt(point + fractionLength);
  if (next >= "5" && next <= "9") kept = incrementDigits(kept);
  const integerDigits = kept.slice(0, kept.length - fractionLength);
  let fraction = kept.slice(kept.length - fractionLength);
  fraction = fixed ? fraction.padEnd(places, "0") : fraction.replace(/0+$/, "");
  const integer = integerDigits.replace(/^0+(?=\d)/, "");
  const grouped = grouping ? integer.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP_MARK[convention]) : integer;
  const negative = value < 0 && /[1-9]/.test(integer + fraction);
  return `${negative ? "-" : ""}${grouped}${fraction ? DECIMAL_MARK[convention] + fraction : ""}${percent ? "%" : ""}`;
}

/**
 * The decimal digits of a non-negative number, at 15 significant digits (Excel's display precision, which hides
 * float noise such as 0.1 + 0.2) but never fewer than the integer digits, so large integers stay exact.
 */
function decimalDigits(x: number): { digits: string; point: number } {
  if (x >= 2 ** 53) {
    const digits = BigInt(x).toString();
    return { digits, point: digits.length };
  }
  const precision = Math.max(15, String(Math.trunc(x)).length);
  const [mantissa = "", exponent] = x.toPrecision(precision).split("e");
  const [whole = "", fraction = ""] = mantissa.split(".");
  return { digits: whole + fraction, point: whole.length + (exponent ? Number(exponent) : 0) };
}

/** Adds one to a string of decimal digits, growing it by a digit on overflow ("999" → "1000"). */
function incrementDigits(digits: string): string {
  const chars = digits.split("");
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] === "9") {
      chars[i] = "0";
    } else {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join("");
    }
  }
  return "1" + chars.join("");
}
