/**
 * An indicator's distance from plan as a meeting says it: a rate in percentage points ("+0,47 điểm %"), any other
 * figure as a share of plan, over ("vượt 6,7 %") or short ("còn thiếu 21,6 %"), or for a lower-is-better figure as a
 * share of its ceiling ("vượt mức trần 60 %", "thấp hơn mức trần 31 %"). Never "vượt 0,0 %" for a shortfall: that
 * wording made an indicator at 78 % read as if it had met its plan; and never "vượt" for a count under its ceiling.
 */
import { attainment } from "./compute";
import { percentText } from "./figures";
import { t } from "./i18n";
import { gapPoints } from "./judge";
import { formatNumber } from "./numbers";
import { planOf } from "./rows";
import type { Indicator, Lang, Target } from "./types";

/**
 * `points`: actual minus target in percentage points, positive when better (a rate against a rate target).
 * `plan`: attainment − 1, positive when better than plan (0.0674 is 6,74 % over plan, −0.2159 is 21,59 % short).
 */
export type Gap = { kind: "points"; points: number } | { kind: "plan"; fraction: number };

/**
 * The gap the engine judged an indicator by; null when it has no actual, no target or no ratio to plan. A target of
 * a change a year is judged by achieved ÷ committed change, whatever the figure measures: its gap is a share of that.
 */
export function gapOf(
  indicator: Pick<Indicator, "measure" | "gapPoints" | "attainment"> & { target?: Target | null },
): Gap | null {
  if (indicator.measure === "rate" && !indicator.target?.perYear) {
    return indicator.gapPoints === null ? null : { kind: "points", points: indicator.gapPoints };
  }
  return indicator.attainment === null ? null : { kind: "plan", fraction: indicator.attainment - 1 };
}

/**
 * The same gap from an actual and a parsed target, as CHITIEU.GAP computes it: points against a percent target,
 * else the share of plan (a plain number plan is "at least that much").
 */
export function gapFromTarget(actual: number, target: Target): Gap | null {
  if (target.percent) {
    const points = gapPoints(actual, target);
    return points === null ? null : { kind: "points", points };
  }
  const attained = attainment(actual, planOf(target), target.direction);
  return attained === null ? null : { kind: "plan", fraction: attained - 1 };
}

/** Percentage points to two decimals ("+1,2", "−0,47"); a share of plan to one decimal of a percent ("6,7"). */
const POINT_DECIMALS = 2;
const PERCENT_DECIMALS = 1;
/** A gap that still reads 0 at this many decimals is on target. */
const MAX_DECIMALS = 4;

/**
 * The fewest decimals (from `min`, at most `max`) that keep |value| from reading as 0; null when it still reads 0.
 */
function decimalsShowing(value: number, min: number, max: number): number | null {
  let decimals = min;
  while (decimals < max && Math.round(Math.abs(value) * 10 ** decimals) === 0) decimals++;
  return Math.round(Math.abs(value) * 10 ** decimals) === 0 ? null : decimals;
}

/** |points| at the decimals that show it, or null when it reads 0. */
function pointsShown(points: number, lang: Lang): string | null {
  const decimals = decimalsShowing(points, POINT_DECIMALS, MAX_DECIMALS);
  if (decimals === null) return null;
  return formatNumber(Math.round(Math.abs(points) * 10 ** decimals) / 10 ** decimals, lang);
}

/** |fraction| as a percent at the decimals that show it ("6,7 %", "0,004 %"), or null when it reads 0 %. */
function percentShown(fraction: number, lang: Lang): string | null {
  const decimals = decimalsShowing(fraction * 100, PERCENT_DECIMALS, MAX_DECIMALS);
  return decimals === null ? null : percentText(Math.abs(fraction), lang, decimals);
}

/** What a gap is worded against: the target's comparator and direction (a lower-is-better plan is a ceiling). */
export type GapTarget = Pick<Target, "comparator" | "direction">;

/**
 * The words for a gap that reads 0: "on plan" (or "at the ceiling"), unless a strict target ("Trên 5.000", "Dưới
 * 0,5%") was only reached, which is not met, so saying "exactly on plan" would contradict the band beside it.
 */
function onTargetText(
  kind: "onTarget" | "onPlan" | "onCeiling",
  value: number,
  lang: Lang,
  target?: GapTarget,
): string {
  if (value <= 0 && target?.comparator === ">") return t(lang, `gap.${kind}NotAbove`);
  if (value <= 0 && target?.comparator === "<") return t(lang, `gap.${kind}NotBelow`);
  return t(lang, `gap.${kind}`);
}

/**
 * The gap in words, in `lang`; "" when there is none to show. `target` is the indicator's, so a target met only
 * strictly ("Trên", "Dưới") is not said to be on plan when the figure equals it, and a lower-is-better quantity is
 * worded against its ceiling: its attainment is ceiling ÷ actual, so "vượt" on attainment − 1 would read as the cap
 * broken when the count is under it.
 */
export function gapText(gap: Gap | null, lang: Lang, target?: GapTarget): string {
  if (gap === null || (gap.kind === "points" ? !Number.isFinite(gap.points) : !Number.isFinite(gap.fraction))) {
    return "";
  }
  if (gap.kind === "points") {
    const value = pointsShown(gap.points, lang);
    if (value === null) return onTargetText("onTarget", gap.points, lang, target);
    // A true minus sign: a hyphen before a number reads as a dash in a table.
    return t(lang, "gap.points", { sign: gap.points > 0 ? "+" : "\u2212", value });
  }
  if (target?.direction === "lower") {
    // actual ÷ ceiling − 1, positive when the cap is broken; a ceiling of 0 broken has no share to give.
    const beyond = 1 / (1 + gap.fraction) - 1;
    if (!Number.isFinite(beyond)) return "";
    const value = percentShown(beyond, lang);
    if (value === null) return onTargetText("onCeiling", -beyond, lang, target);
    return t(lang, beyond > 0 ? "gap.overCeiling" : "gap.belowCeiling", { value });
  }
  const value = percentShown(gap.fraction, lang);
  if (value === null) return onTargetText("onPlan", gap.fraction, lang, target);
  return t(lang, gap.fraction > 0 ? "gap.over" : "gap.short", { value });
}

/**
 * What a gap is worded against. A change a year is short of or over its commitment, whichever way the figure is to
 * move ("giảm" is no ceiling there), unless the words cap the change ("tăng không quá 4%/năm").
 */
function wordedAgainst(target: Target | null): GapTarget | undefined {
  if (!target?.perYear) return target ?? undefined;
  const cap = target.comparator === "<" || target.comparator === "<=";
  return { comparator: target.comparator, direction: cap ? "lower" : "higher" };
}

/** An indicator's gap in words, or "" when it has none. */
export function indicatorGapText(
  indicator: Pick<Indicator, "measure" | "gapPoints" | "attainment" | "target">,
  lang: Lang,
): string {
  return gapText(gapOf(indicator), lang, wordedAgainst(indicator.target));
}
