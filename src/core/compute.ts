/**
 * The indicator arithmetic. The validator, the summary and the CHITIEU.* custom functions all call these,
 * so a cell and the report never disagree.
 */
import type { Direction, Status, Target } from "./types";
import { meets } from "./targets";

/**
 * Attainment: how much of the plan was achieved, as a fraction (1.0674 = 106,74 %).
 *
 * Higher-is-better: actual ÷ plan.
 * Lower-is-better (poverty rate, unemployment): plan ÷ actual. This is the inverse ratio used for
 * "chỉ tiêu nghịch" in Vietnamese evaluation practice, and it keeps the reading symmetric: doing twice as
 * well as planned reads 200 % in both directions (a 0,25 % rate against a 0,5 % ceiling is 200 %),
 * and exactly meeting the plan reads 100 %. An actual of 0 has no finite ratio, so attainment is null
 * there (the status still says achieved).
 *
 * Null when it cannot be computed: a missing value, a zero or negative denominator.
 */
export function attainment(actual: number | null, plan: number | null, direction: Direction = "higher"): number | null {
  if (actual === null || plan === null || !Number.isFinite(actual) || !Number.isFinite(plan)) return null;
  if (direction === "lower") {
    if (actual <= 0 || plan < 0) return null;
    return plan / actual;
  }
  if (plan <= 0) return null;
  return actual / plan;
}

/** How far above plan: attainment − 1 when above plan, 0 when not, null when attainment is unknown. */
export function overPlan(actual: number | null, plan: number | null, direction: Direction = "higher"): number | null {
  return overPlanOf(attainment(actual, plan, direction));
}

/** overPlan from an attainment already worked out. */
export function overPlanOf(attainment: number | null): number | null {
  if (attainment === null) return null;
  return attainment > 1 ? attainment - 1 : 0;
}

/** Achieved when the actual satisfies the target's comparator exactly (strict for <, >; inclusive for ≤, ≥). */
export function statusOf(actual: number | null, target: Target | null): Status {
  if (actual === null || !Number.isFinite(actual) || target === null) return "no_data";
  return meets(actual, target) ? "achieved" : "not_achieved";
}

/**
 * Pace: attainment divided by the share of the period elapsed, for "on track?" questions mid-programme.
 * 1 means exactly on track (60 % of the plan done when 3 of 5 years are gone); above 1 ahead, below 1 behind.
 * Dates are any consistent numbers (years or Excel serial dates). Null when the period is empty or not begun.
 */
export function pace(
  actual: number | null,
  plan: number | null,
  start: number,
  end: number,
  asOf: number,
  direction: Direction = "higher",
): number | null {
  const a = attainment(actual, plan, direction);
  if (a === null || !(end > start)) return null;
  const elapsed = Math.min(Math.max((asOf - start) / (end - start), 0), 1);
  if (elapsed === 0) return null;
  return a / elapsed;
}
