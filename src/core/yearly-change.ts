/**
 * Judging a target of a change a year ("Giảm 1-1,5%/năm", "Tăng 8%/năm"): by the average yearly change between the
 * first and the last year the row gives, against the committed change. A level is never compared with it.
 *
 * For a rate the change is in percentage points: a poverty rate going from 0,5 % to 0,03 % fell by 0,47 points,
 * and "giảm 1-1,5%/năm" of a rate is how official targets state points (a relative 1 % fall of a 5 % rate would
 * be 0,05 points, which no programme commits to). For a quantity (income, households) "%/năm" is a relative
 * change, compounded as "tăng bình quân 8 %/năm" is in statistics: 100 to 121 over two years is 10 % a year. A count
 * a year ("giảm bình quân 2.000 hộ/năm") is an absolute change in the row's unit, averaged as points are.
 */
import { meets } from "./targets";
import type { ChangeKind, Status, Target, YearlyChange } from "./types";

/** A figure of a row and the year it is for. */
export interface YearFigure {
  year: number;
  value: number;
}

/** Keeps 0,0003 − 0,0063 from reading −0,006000000000000001 a year. */
const PRECISION = 1e12;

/** How a row's change is measured: a rate's in points, a quantity's as its target states it, in % or in its unit. */
export function changeKind(percentRow: boolean, target: Target): ChangeKind {
  return percentRow ? "points" : target.percent ? "relative" : "absolute";
}

/**
 * The average change a year from `first` to `last`, measured as `kind` says; null when the years do not span one,
 * or a relative change starts at 0 or less (no relative change from it).
 */
export function yearlyChange(first: YearFigure, last: YearFigure, kind: ChangeKind): YearlyChange | null {
  const years = last.year - first.year;
  if (!(years > 0) || !Number.isFinite(first.value) || !Number.isFinite(last.value)) return null;
  let perYear: number;
  if (kind !== "relative") perYear = (last.value - first.value) / years;
  else if (first.value > 0 && last.value >= 0) perYear = (last.value / first.value) ** (1 / years) - 1;
  else return null;
  perYear = Math.round(perYear * PRECISION) / PRECISION;
  return { from: first.year, to: last.year, first: first.value, last: last.value, perYear, kind };
}

/**
 * A trailing "a year" of a unit ("hộ/năm", "lao động / năm", "người/year", "lượt mỗi năm"): a count target a year is
 * often kept in a row whose unit already says so, and the change is named in the unit with "/năm" after it.
 */
const PER_YEAR_UNIT =
  /\s*(?:\/\s*(?:năm|nam|year|yr)|\s(?:mỗi|moi|hằng|hàng|hang) (?:năm|nam)|\s(?:per|a|each|every) year|\sannually|\sper annum)\s*$/i;

/**
 * The unit a change a year in the row's own unit is named in: the row's, without the "a year" it may carry, so
 * "lao động/năm" reads "tăng 500 lao động/năm" and not "…/năm/năm".
 */
export function changeUnit(rowUnit: string): string {
  const unit = rowUnit.normalize("NFC").trim();
  const match = PER_YEAR_UNIT.exec(unit);
  return match ? unit.slice(0, match.index).trim() : unit;
}

/** The change in the way the target wants the figure to move: a fall for "giảm", a rise for "tăng". */
export function achievedChange(change: YearlyChange, target: Target): number {
  return target.direction === "lower" ? -change.perYear : change.perYear;
}

function isCap(target: Target): boolean {
  return target.comparator === "<" || target.comparator === "<=";
}

/**
 * Achieved change ÷ committed change (a fall of 0,5 points a year against "giảm 1-1,5%/năm" is 50 %), so bands and
 * "đạt từ 90 % kế hoạch" read as for any target; negative when the figure moved the other way. A cap on the change
 * ("tăng không quá 4%/năm") reads as a ceiling does, committed ÷ achieved. Null when either is 0 or less there.
 */
export function changeAttainment(change: YearlyChange, target: Target): number | null {
  const achieved = achievedChange(change, target);
  if (isCap(target)) {
    const cap = target.upper ?? target.value;
    return achieved > 0 && cap >= 0 ? cap / achieved : null;
  }
  return target.value > 0 ? achieved / target.value : null;
}

/** Achieved when the change meets the target's comparator, the low end of a range being the commitment. */
export function changeStatus(change: YearlyChange | null, target: Target): Status {
  if (change === null) return "no_data";
  return meets(achievedChange(change, target), target) ? "achieved" : "not_achieved";
}
