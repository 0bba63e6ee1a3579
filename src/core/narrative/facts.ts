/**
 * What the meeting paragraph says, picked from one analysis as plain figures: the overall count and share, the
 * counts by group, the indicators near their target and those not achieved, the pace in a partial period and
 * what has no data. Nothing is computed here that the engine has not judged; write.ts only words it.
 */
import type { GapTarget } from "../gap-text";
import type { Direction, GroupedBy, Indicator, Lang, SheetAnalysis, Target, YearlyChange } from "../types";
import { periodOpeningOf } from "../judging-input";
import { columnLetter } from "../address";
import { hasPace, paceCounts } from "../counts";
import { periodOpening } from "../period-words";
import { hasPlanFigures } from "../targets";
import { oneLine } from "../text";

export interface IndicatorFact {
  name: string;
  unit: string;
  measure: Indicator["measure"];
  band: Indicator["band"];
  pace: Indicator["pace"];
  actual: number | null;
  plan: number | null;
  attainment: number | null;
  gapPoints: number | null;
  /**
   * The figure a rate's gap is measured from (0.05 for "≥ 5%", a range's ceiling when lower is better), so the
   * paragraph states it in the reader's language rather than pasting the Vietnamese words; null but for a rate.
   */
  rateTarget: number | null;
  /** A percent figure (a rate, or a percent row): its actual and plan read as percentages. */
  percent: boolean;
  /** The target's comparator and direction: a lower-is-better plan reads as a ceiling; null without a target. */
  targetRule: GapTarget | null;
  /** For a target of a change a year, the committed change and the change the years show; else null. */
  yearly: YearlyFact | null;
}

/** A yearly change target as the paragraph states it: "giảm bình quân 0,18 điểm phần trăm/năm, cam kết giảm 1–1,5". */
export interface YearlyFact {
  /** The way the figure is to move, and the committed change a year (a range's ends), as the target holds them. */
  direction: Direction;
  low: number;
  high: number | null;
  /** The change the row's years show; null when it has fewer than two (the indicator then has no data). */
  change: YearlyChange | null;
}

export interface GroupFact {
  /** The section title or lead agency as written; null for indicators outside any section, or with no lead. */
  name: string | null;
  indicators: number;
  achieved: number;
  near: number;
  noData: number;
}

export interface NarrativeFacts {
  /** `opening` starts the paragraph: "Lũy kế giai đoạn 2021–2023", "As of 30/9/2024". */
  period: { opening: string; elapsed: number } | null;
  /**
   * With no period, the one year the figures are of under a plan of several years: "Năm 2023" opens the paragraph
   * and says the figures are against the whole period's plan (2021–2025), not a share of it.
   */
  yearOfPlan: { opening: string; from: number; to: number } | null;
  indicators: number;
  achieved: number;
  /** Achieved ÷ indicators, as the summary sheet's share column; null without indicators. */
  share: number | null;
  /** Only when there are several groups: one group says nothing the overall count does not. */
  groups: GroupFact[];
  /** What the groups are: sections ("nhóm …") or lead agencies ("do … chủ trì"). */
  groupedBy: GroupedBy;
  /** The near threshold (0.9), a share of the target. */
  nearThreshold: number;
  notAchieved: IndicatorFact[];
  near: IndicatorFact[];
  /**
   * Only in a partial period with indicators that have a pace. `ahead` counts those achieved before the period's
   * end; `onPace` are not achieved yet but on track, said to be on pace rather than listed among the shortfalls.
   */
  pace: { elapsed: number; ahead: number; onPace: IndicatorFact[]; behind: IndicatorFact[] } | null;
  /** The table's one indicator, which the opening sentence names instead of counting it twice. */
  only: IndicatorFact | null;
  noData: IndicatorFact[];
  /**
   * The header rows ("3", "6–7") when the table has no result column: nothing was assessed, so the paragraph says
   * so rather than "0/N completed" with every indicator lacking data.
   */
  noResultColumn: { header: string } | null;
  /**
   * Why no indicator could be judged against a plan, where the table gives no plan column (`header`: its header
   * rows) or no plan in it is a figure (`column`, as no-numeric-plan warns): the paragraph says so rather than "0/N".
   */
  noPlan: { kind: "column"; header: string } | { kind: "figures"; column: string } | null;
  /**
   * A quarter's own figures ("Quý III/2024" alone) against a plan of one year, or of no span the table names: each
   * share is said to be of the year's plan.
   */
  quarterOfYear: boolean;
  /**
   * A quarter's own figures against a plan of several years ("Kế hoạch giai đoạn 2021-2025"): the opening says the
   * shares are of that period's plan, as yearOfPlan does for one year's figures, not of a year's.
   */
  quarterOfPlan: { from: number; to: number } | null;
}

/** The same reference gapPoints measures from (src/core/judge.ts). */
function rateTargetOf(target: Target | null): number | null {
  if (!target?.percent) return null;
  return target.direction === "lower" && target.upper !== null ? target.upper : target.value;
}

function fact(indicator: Indicator): IndicatorFact {
  return {
    name: oneLine(indicator.name),
    unit: oneLine(indicator.unit),
    measure: indicator.measure,
    band: indicator.band,
    pace: indicator.pace,
    actual: indicator.actual,
    plan: indicator.plan,
    attainment: indicator.attainment,
    gapPoints: indicator.gapPoints,
    rateTarget: rateTargetOf(indicator.target),
    percent: indicator.measure === "rate",
    targetRule: indicator.target
      ? { comparator: indicator.target.comparator, direction: indicator.target.direction }
      : null,
    yearly: yearlyFact(indicator),
  };
}

/** An indicator's target of a change a year and the change its years show; null for any other target. */
export function yearlyFact(indicator: Pick<Indicator, "target" | "change">): YearlyFact | null {
  const { target } = indicator;
  if (!target?.perYear) return null;
  return { direction: target.direction, low: target.value, high: target.upper, change: indicator.change ?? null };
}

export function narrativeFacts(analysis: SheetAnalysis, lang: Lang): NarrativeFacts {
  const { summary, indicators, period } = analysis;
  // A quarter's own figures, or a part period of rates alone, have no pace: nothing is said to be on time or not.
  const paced = paceCounts(period, summary);
  const partial = period && hasPace(paced) ? { elapsed: period.elapsed, ahead: paced.ahead } : null;
  const plan = period?.plan;
  const severalYears = plan != null && plan.to > plan.from;
  // paceOf (src/core/judge.ts) gives a pace only in a partial period; a quantity not achieved but on it is on time.
  const onPace = (i: Indicator) => partial !== null && i.status === "not_achieved" && i.pace === "on_track";
  return {
    period: period
      ? {
          opening: oneLine(periodOpeningOf(period, lang)),
          elapsed: period.elapsed,
        }
      : null,
    yearOfPlan:
      !period && analysis.resultYear
        ? {
            opening: periodOpening(
              { kind: "year", year: analysis.resultYear.year, estimate: false },
              analysis.resultYear.plan,
              lang,
            ),
            from: analysis.resultYear.plan.from,
            to: analysis.resultYear.plan.to,
          }
        : null,
    indicators: summary.indicators,
    achieved: summary.achieved,
    share: summary.indicators > 0 ? summary.achieved / summary.indicators : null,
    groups:
      summary.byGroup.length > 1
        ? summary.byGroup.map((g) => ({
            name: g.group === null ? null : oneLine(g.group),
            indicators: g.indicators,
            achieved: g.achieved,
            near: g.near,
            noData: g.noData,
          }))
        : [],
    groupedBy: summary.groupedBy,
    nearThreshold: analysis.near,
    notAchieved: indicators.filter((i) => i.band === "not_achieved" && !onPace(i)).map(fact),
    near: indicators.filter((i) => i.band === "near" && !onPace(i)).map(fact),
    pace: partial
      ? {
          ...partial,
          onPace: indicators.filter(onPace).map(fact),
          behind: indicators.filter((i) => i.pace === "behind").map(fact),
        }
      : null,
    only: indicators.length === 1 ? fact(indicators[0]!) : null,
    noData: indicators.filter((i) => i.band === "no_data").map(fact),
    noResultColumn:
      analysis.table && analysis.table.columns.actual === undefined
        ? { header: analysis.table.headerRows.join("–") }
        : null,
    noPlan: noPlanOf(analysis),
    quarterOfYear: period?.quarterOnly === true && !severalYears,
    quarterOfPlan: period?.quarterOnly === true && severalYears ? { from: plan.from, to: plan.to } : null,
  };
}

function noPlanOf({ table, indicators }: SheetAnalysis): NarrativeFacts["noPlan"] {
  if (!table || indicators.length === 0) return null;
  const plan = table.columns.plan;
  if (plan === undefined) return { kind: "column", header: table.headerRows.join("–") };
  return hasPlanFigures(indicators) ? null : { kind: "figures", column: columnLetter(plan) };
}
