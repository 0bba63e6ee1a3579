/** What a row's unit says about its figures. */
import { fold } from "./text";
import { memoize } from "./memo";

/** Units that count things, which are whole and never negative. */
const COUNT_UNITS =
  /^(nguoi|luot|luot nguoi|ho|xa|phuong|can|phien|cho|don vi|doanh nghiep|lao dong|tre|co so|mo hinh|nha|quan|huyen|lop|truong|the|person|people|persons|households?|sessions?|units?|firms?)\b/;

/** "đồng/người/tháng", "m²/người", "per capita": a figure per something is a level, which does not add up. */
const PER_UNIT = /\/|\bper\b|binh quan|trung binh|average/;

/** Memoised: a unit repeats down its column. */
export const isPerUnit = memoize((unit: string): boolean => PER_UNIT.test(fold(unit)));

/**
 * Memoised: a unit repeats down its column, and rules ask it of every row. A count per something ("người/năm",
 * "người/1000 dân", "lượt người/năm") is a level, not a count: 2,5 doctors per 1000 people has a fraction, so its
 * text is read in the sheet's convention and its figures are rounded as shown, like any level's.
 */
export const isCountUnit = memoize((unit: string): boolean => {
  const folded = fold(unit);
  return COUNT_UNITS.test(folded) && !PER_UNIT.test(folded);
});
