/**
 * Judging an indicator in a meeting's terms, beyond achieved or not: its band (near the target or far from it),
 * its gap in percentage points when it is a rate, and its pace when the table reports part of the plan period.
 * The validator, the summary and the CHITIEU.* functions all call these.
 */
import type { Band, Measure, Pace, Status, Target } from "./types";
import { isPerUnit } from "./units";
import { SHARE_PRECISION } from "./period";

/** "Đạt trên 90%": the share of the target at or above which a not-achieved indicator is near. */
export const DEFAULT_NEAR = 0.9;

/** Percentage points are shown to two decimals at most; this keeps 73,2 − 72 from reading 1,2000000000000002. */
const POINT_PRECISION = 1e9;

/**
 * The band of an indicator. `near` needs an attainment: a not-achieved indicator whose attainment is unknown
 * (a rate with an actual of 0 against a ceiling, say) stays not achieved.
 */
export function bandOf(status: Status, attainment: number | null, near: number = DEFAULT_NEAR): Band {
  if (status !== "not_achieved") return status;
  return attainment !== null && attainment >= near ? "near" : "not_achieved";
}

/**
 * The gap to a rate target in percentage points, positive when better than the target: 73,2 % against ≥ 72 %
 * is +1,2; 0,03 % under a 0,5 % ceiling is +0,47. The plan figure is the target's (a range's ceiling when lower
 * is better). Null when the actual or the target is not a percentage.
 */
export function gapPoints(actual: number | null, target: Target | null): number | null {
  if (actual === null || target === null || !target.percent || !Number.isFinite(actual)) return null;
  const plan = target.direction === "lower" && target.upper !== null ? target.upper : target.value;
  const points = (target.direction === "lower" ? plan - actual : actual - plan) * 100;
  return Math.round(points * POINT_PRECISION) / POINT_PRECISION;
}

/** A rate when it is judged against a percent target; a level when its unit is per something; else a quantity. */
export function measureOf(unit: string, target: Target | null, percentRow: boolean): Measure {
  if (target?.percent || percentRow) return "rate";
  if (isPerUnit(unit)) return "level";
  return "quantity";
}

/**
 * Pace in a partial period: a cumulative quantity is on track when its attainment reaches the elapsed share of
 * the plan period (75 % of the year plan after 9 months). Rates and levels are judged as they stand, a full
 * period has no pace, and neither has a lower-is-better quantity (its plan is a ceiling, not a sum to reach).
 */
export function paceOf(
  measure: Measure,
  attainment: number | null,
  status: Status,
  elapsed: number | null,
  direction: Target["direction"] = "higher",
): Pace | null {
  if (measure !== "quantity" || direction !== "higher" || elapsed === null || !(elapsed > 0 && elapsed < 1))
    return null;
  if (status === "achieved") return "on_track";
  if (attainment === null) return null;
  // The share elapsed is kept to SHARE_PRECISION (2 of 3 years reads 0.666666667): an attainment exactly on pace
  // is compared at the same precision, or it would fall behind by the rounding alone.
  return Math.round(attainment * SHARE_PRECISION) / SHARE_PRECISION >= elapsed ? "on_track" : "behind";
}
