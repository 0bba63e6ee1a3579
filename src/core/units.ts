/** What a row's unit says about its figures. */
import { fold } from "./text";
import { memoize } from "./memo";

/** Units that count things, which are whole and never negative. */
const COUNT_UNITS =
  /^(nguoi|luot|luot nguoi|ho|xa|phuong|can|phien|cho|don vi|doanh nghiep|lao dong|tre|co so|mo hinh|nha|quan|huyen|lop|truong|the|person|people|persons|households?|sessions?|units?|firms?)\b/;

/** Memoised: a unit repeats down its column, and rules ask it of every row. */
export const isCountUnit = memoize((unit: string): boolean => COUNT_UNITS.test(fold(unit)));
