/**
 * What a header label says: which role its column plays. Labels are matched folded (no diacritics, lower
 * case), so "Đơn vị tính", "Don vi tinh", "ĐVT" and "Unit" all name the unit column.
 */
import { fold, hasWords } from "./text";
import { memoize } from "./memo";
import type { CellValue } from "./snapshot";
import type { Role } from "./types";

const NUMBER = /^(s?tt|so tt|so thu tu|no\.?|#|nr\.?)$/;
/** A year within a label ("Năm 2024", "2021-2025"), not four digits of a longer figure ("720493"). */
const YEAR = /(?<!\d)(19|20)\d{2}(?!\d)/;

/** The years a header can name: a report's figures or a plan's horizon, not a count that happens to be 4 digits. */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;

/** The year a text of four digits alone names ("2023"), within FIRST_YEAR–LAST_YEAR; null for any other text. */
export function loneYear(text: string): number | null {
  const m = /^\s*(\d{4})\s*$/.exec(text);
  const year = m ? Number(m[1]) : 0;
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
}

/**
 * The label of a header cell holding a year typed as a number (2023, not "2023"), as officials often type the
 * years under "Kết quả thực hiện"; null for any other value. Only header cells are read so: in the body the
 * same number is a figure.
 */
export function yearNumberLabel(value: CellValue): string | null {
  return typeof value === "number" && Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR
    ? String(value)
    : null;
}

function any(folded: string, phrases: string[]): boolean {
  return phrases.some((p) => hasWords(folded, p));
}

/**
 * The role a header label names, or null. Order matters: "Tỷ lệ % so với KH" mentions the plan but is the
 * stated percent; "Đơn vị chủ trì" mentions a unit but is the lead agency; "Chỉ tiêu" alone is the indicator's
 * name while "Chỉ tiêu giai đoạn 2021-2025" or "Chỉ tiêu năm 2024" is its target. Memoised: body rows are
 * tested as possible headers (isHeaderLike), so a label's role is worked out once per text.
 */
export const roleOfLabel = memoize(roleOfLabelUncached);

function roleOfLabelUncached(label: string): Role | null {
  const f = fold(label)
    .replace(/[:*]+$/, "")
    .trim();
  if (!f) return null;
  if (NUMBER.test(f)) return "number";
  if (any(f, ["chu tri", "lead agency", "lead", "responsible", "co quan thuc hien", "don vi thuc hien", "phu trach"]))
    return "lead";
  if (any(f, ["don vi tinh", "dvt", "unit", "units"]) || f === "don vi") return "unit";
  if (any(f, ["ghi chu", "remarks", "remark", "notes", "note"])) return "remarks";
  if (any(f, ["danh gia", "status", "assessment", "muc do hoan thanh", "xep loai"])) return "statedStatus";
  if (
    f.includes("%") ||
    any(f, [
      "ty le",
      "th/kh",
      "so voi kh",
      "so voi ke hoach",
      "so sanh",
      "attainment",
      "percent",
      "% of plan",
      "rate achieved",
    ]) ||
    /\b(u?th|kh)\s*(\d{4})?\s*\/\s*(u?th|kh)\b/.test(f)
  )
    return "statedPercent";
  if (
    any(f, ["thuc hien", "ket qua", "th", "luy ke", "uoc th", "actual", "result", "results", "achieved", "cumulative"])
  )
    return "actual";
  if (any(f, ["ke hoach", "kh", "muc tieu", "target", "plan", "planned", "chi tieu ke hoach"])) return "plan";
  if (f.startsWith("chi tieu") && (YEAR.test(f) || any(f, ["giai doan", "nam", "den nam"]))) return "plan";
  if (any(f, ["chi tieu", "ten chi tieu", "noi dung", "noi dung chi tieu", "indicator", "indicators", "name", "item"]))
    return "name";
  return null;
}

/** A whole year named without its number: "Ước cả năm", "Full year". */
const FULL_YEAR = ["ca nam", "full year", "whole year"];

/**
 * Words that mark a header row's second level: years and periods under a merged "Kết quả thực hiện", including
 * parts of a year with no year written ("6 tháng | 9 tháng", "Quý I | Quý II", "Ước cả năm").
 */
export function looksLikeSubLabel(label: string): boolean {
  const f = fold(label);
  if (!f) return false;
  return (
    YEAR.test(f) ||
    isCumulativeLabel(label) ||
    isPartialPeriodLabel(label) ||
    any(f, FULL_YEAR) ||
    roleOfLabel(label) !== null ||
    samePeriodOfLabel(label) !== null
  );
}

/**
 * What a same-period label names: "Cùng kỳ năm 2023" or "TH cùng kỳ năm trước" the figure ("value"), "So với
 * cùng kỳ (%)" or "Tăng/giảm so cùng kỳ" the stated comparison ("percent"); null for any other label.
 */
export function samePeriodOfLabel(label: string): "value" | "percent" | null {
  const f = fold(label);
  if (!any(f, ["cung ky", "same period"])) return null;
  if (f.includes("%") || any(f, ["so voi", "so sanh", "ty le", "tang", "giam", "compared", "vs", "change"]))
    return "percent";
  return "value";
}

/** "Tăng/giảm so với cùng kỳ": a stated change (105 % reads +5 %) rather than a ratio. */
export function isChangeLabel(label: string): boolean {
  return any(fold(label), ["tang", "giam", "tang truong", "change", "growth"]);
}

/** A label that is a year alone ("2022", "Năm 2022", "Year 2022"): a result column under a plan-less heading. */
export function isBareYearLabel(label: string): boolean {
  return loneYear(fold(label).replace(/^(nam|year)\s*/, "")) !== null;
}

/** Matched once the years and "năm", "year" are gone: "Q3 2024 year to date" reads "q3 to date". */
const BARE_PERIOD = new RegExp(
  "^(?:(?:tinh |luy ke |cong don )?(?:den |toi )(?:het )?|luy ke |cong don )?" +
    "(?:quy (?:[ivx]+|[1-4])|q[1-4]|\\d{1,2} (?:thang|months?)(?: dau| cuoi)?|nua (?:dau|cuoi)|(?:first|second) half|h[12]|quarter (?:[ivx]+|[1-4]))" +
    "(?: (?:ytd|to date|luy ke|cong don))?$",
);

/**
 * A label that is a reporting period alone ("Quý III/2024", "9 tháng", "6 tháng đầu năm 2024", "Q3 2024"), or that
 * period to date ("Tính đến Quý III/2024", "Q3 2024 YTD"): a result column headed by its period, as officials head
 * it when the plan column already names the year.
 */
export function isBarePeriodLabel(label: string): boolean {
  const rest = fold(label)
    .replace(/(19|20)\d{2}/g, " ")
    .replace(/\b(nam|of|year)\b/g, " ")
    .replace(/[/().,-]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  // "năm" is gone by now: "6 tháng đầu năm 2024" is "6 thang dau", "Nửa cuối năm" "nua cuoi".
  return BARE_PERIOD.test(rest);
}

/** A part of a year: "6 tháng đầu năm 2024", "Quý III/2024", "9 months of 2024". */
export function isPartialPeriodLabel(label: string): boolean {
  return any(fold(label), ["thang", "quy", "dau nam", "month", "months", "quarter", "half", "ytd"]);
}

/** Every distinct year a label names, in order ("Lũy kế 2021-2023" → [2021, 2023]). */
export function yearsOfLabel(label: string): number[] {
  const years = fold(label).match(/(19|20)\d{2}/g) ?? [];
  return [...new Set(years.map(Number))].sort((a, b) => a - b);
}

export function isCumulativeLabel(label: string): boolean {
  return any(fold(label), ["luy ke", "cong don", "cumulative", "to date", "ytd", "ca giai doan"]);
}

/** The latest year a label names ("2021-2023" → 2023), or null. */
export function yearOfLabel(label: string): number | null {
  const years = fold(label).match(/(19|20)\d{2}/g);
  if (!years) return null;
  return Math.max(...years.map(Number));
}

const ENGLISH = /\b(no|indicator|indicators|unit|target|plan|actual|result|results|status|lead|remarks|agency|name)\b/i;

/** Header labels written in English: evidence for English number writing when the figures give none. */
export function isEnglishHeader(labels: string[]): boolean {
  const english = labels.filter((l) => /^[\x20-\x7e]*$/.test(l) && ENGLISH.test(l)).length;
  return english >= 2 && labels.every((l) => /^[\x20-\x7e]*$/.test(l));
}
