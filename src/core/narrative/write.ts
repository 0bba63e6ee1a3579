/**
 * The meeting paragraph in words: "Đến nay, 20/27 chỉ tiêu hoàn thành (74,1 %). Trong 12 chỉ tiêu do … chủ trì, 11
 * chỉ tiêu hoàn thành; …".
 * Every figure comes from narrativeFacts and is formatted as the summary sheet shows it (src/core/figures.ts).
 */
import { listText, t, type MessageParams } from "../i18n";
import { amountText, percentText, SHARE_DECIMALS } from "../figures";
import { gapText } from "../gap-text";
import { changeUnit } from "../yearly-change";
import type { ChangeKind, Indicator, Lang, SheetAnalysis, Target, YearlyChange } from "../types";
import { capitalizeFirst, oneLine } from "../text";
import { indicatorsPhrase, sectionTitle } from "./title";
import {
  narrativeFacts,
  yearlyFact,
  type GroupFact,
  type IndicatorFact,
  type NarrativeFacts,
  type YearlyFact,
} from "./facts";

/** Indicators named in one list; the rest are counted ("và 3 chỉ tiêu khác"), so a long list stays readable. */
export const NAMED_AT_MOST = 5;

type Say = (key: string, params?: MessageParams) => string;

/** `zero`, `one` or `many`: Vietnamese has no plural, but "0 chỉ tiêu" must read "không có chỉ tiêu nào". */
function size(count: number): "zero" | "one" | "many" {
  return count === 0 ? "zero" : count === 1 ? "one" : "many";
}

/**
 * "0,8 %, cao hơn mức trần 0,5 % là 0,3 điểm phần trăm": a signed gap ("−0,3 điểm % so với chỉ tiêu Dưới 0,5%")
 * read as a sign error beside a rate above its ceiling, since the reader subtracts 0,5 from 0,8 and gets +0,3.
 */
function rateFigure(f: IndicatorFact, actual: number, reference: number, lang: Lang, say: Say): string {
  const ceiling = f.targetRule?.direction === "lower";
  const target = say(ceiling ? "figure.ceilingRate" : "figure.targetRate", { value: percentText(reference, lang) });
  const points = amountText(Math.abs(f.gapPoints ?? 0), lang);
  const shown = { actual: percentText(actual, lang), target, points };
  if (points === amountText(0, lang)) {
    const strict = f.targetRule?.comparator === ">" || f.targetRule?.comparator === "<";
    return say(
      strict ? (ceiling ? "figure.rateEqualNotBelow" : "figure.rateEqualNotAbove") : "figure.rateEqual",
      shown,
    );
  }
  const above = ceiling ? (f.gapPoints ?? 0) < 0 : (f.gapPoints ?? 0) > 0;
  return say(above ? "figure.rateAbove" : "figure.rateBelow", shown);
}

/**
 * "giảm bình quân 0,18 điểm phần trăm/năm giai đoạn 2021–2023, cam kết giảm 1–1,5 điểm phần trăm/năm": a change a
 * year stated beside its commitment, never beside the level its target's figure would read as. A rate moves in
 * points, a quantity in percent or, against a count, in its own unit ("giảm bình quân 1.500 hộ/năm").
 */
function yearlyFigure(yearly: YearlyFact, rowUnit: string, lang: Lang, say: Say): string | null {
  const { change } = yearly;
  if (change === null) return null;
  return say("figure.yearly.sentence", {
    change: changeWords(change, rowUnit, lang, say),
    from: change.from,
    to: change.to,
    commitment: commitmentWords(yearly, change.kind, rowUnit, lang, say),
  });
}

/** "giảm 1–1,5 điểm phần trăm/năm", "giảm 2.000 hộ/năm": the change a year a target commits to. */
function commitmentWords(
  yearly: Pick<YearlyFact, "direction" | "low" | "high">,
  kind: ChangeKind,
  rowUnit: string,
  lang: Lang,
  say: Say,
): string {
  const { size, unit } = yearlyMeasure(kind, rowUnit, lang, say);
  const committed =
    yearly.high === null || yearly.high === yearly.low
      ? size(yearly.low)
      : say("figure.yearly.range", { low: size(yearly.low), high: size(yearly.high) });
  return say(`figure.yearly.commit.${yearly.direction === "lower" ? "fall" : "rise"}`, { value: committed, unit });
}

/**
 * A target of a change a year in the paragraph's words, without the change the row's years show: "giảm 2.000
 * hộ/năm". For a text over many units' rows, such as the consolidation's paragraph, which keeps none of their years.
 */
export function yearlyCommitmentText(target: Target, kind: ChangeKind, rowUnit: string, lang: Lang): string {
  const say: Say = (key, params = {}) => t(lang, `narrative.${key}`, params);
  const yearly = { direction: target.direction, low: target.value, high: target.upper };
  return commitmentWords(yearly, kind, oneLine(rowUnit), lang, say);
}

/** How a change a year is sized and named: a rate's in points, a quantity's in percent or in the row's own unit. */
function yearlyMeasure(kind: ChangeKind, rowUnit: string, lang: Lang, say: Say) {
  const size = (v: number) =>
    kind === "relative"
      ? percentText(Math.abs(v), lang)
      : amountText(Math.abs(v) * (kind === "points" ? 100 : 1), lang);
  // A percent carries its sign already; points and units are named once, after a range's both ends.
  const own = kind === "absolute" ? changeUnit(rowUnit) : "";
  const unit = kind === "points" ? say("figure.yearly.points") : own ? ` ${own}` : "";
  return { size, unit };
}

/** "giảm bình quân 2.030 hộ/năm", "không đổi". */
function changeWords(change: YearlyChange, rowUnit: string, lang: Lang, say: Say): string {
  const { size, unit } = yearlyMeasure(change.kind, rowUnit, lang, say);
  const moved = size(change.perYear) === size(0) ? "none" : change.perYear > 0 ? "rise" : "fall";
  return say(`figure.yearly.${moved}`, { value: size(change.perYear), unit });
}

/**
 * The change a year an indicator is judged by, over the years it spans, in the paragraph's words: "giảm bình quân
 * 2.030 hộ/năm giai đoạn 2021–2025". Null for any other target, or one whose row gives fewer than two years.
 */
export function yearlyChangeText(indicator: Pick<Indicator, "target" | "change" | "unit">, lang: Lang): string | null {
  const change = yearlyFact(indicator)?.change ?? null;
  if (change === null) return null;
  const say: Say = (key, params = {}) => t(lang, `narrative.${key}`, params);
  const unit = oneLine(indicator.unit);
  return say("figure.yearly.over", { change: changeWords(change, unit, lang, say), from: change.from, to: change.to });
}

function figure(f: IndicatorFact, lang: Lang, say: Say): string | null {
  if (f.yearly) return yearlyFigure(f.yearly, f.unit, lang, say);
  if (f.actual === null) return null;
  const value = (v: number) => (f.percent ? percentText(v, lang) : amountText(v, lang));
  const unit = f.unit && !f.percent ? ` ${f.unit}` : "";
  if (f.percent && f.gapPoints !== null && f.rateTarget !== null)
    return rateFigure(f, f.actual, f.rateTarget, lang, say);
  if (f.attainment !== null && f.plan !== null && f.targetRule?.direction === "lower") {
    // "80/50 hộ" reads "80 of 50", a plan to reach; a cap is stated beside the figure with how far it is kept.
    const gap = gapText({ kind: "plan", fraction: f.attainment - 1 }, lang, f.targetRule);
    return say("figure.ceiling", { actual: value(f.actual), plan: value(f.plan), unit, gap });
  }
  if (f.attainment !== null && f.plan !== null) {
    return say("figure.amount", {
      actual: value(f.actual),
      plan: value(f.plan),
      unit,
      attainment: percentText(f.attainment, lang),
    });
  }
  return say("figure.actualOnly", { actual: value(f.actual), unit });
}

/**
 * "A; B và C", or past a few names "A; …; E và 2 chỉ tiêu khác": the count of the rest takes the conjunction then.
 * Parted by semicolons, as a name may hold a comma ("Tỷ lệ hộ nghèo, cận nghèo") and a figure in brackets does.
 */
function list(facts: IndicatorFact[], lang: Lang, say: Say, describe: (f: IndicatorFact) => string): string {
  const rest = facts.length - NAMED_AT_MOST;
  if (rest <= 0) return listText(facts.map(describe), lang, "semicolon");
  const separator = t(lang, "common.list.semicolon.separator");
  const named = facts.slice(0, NAMED_AT_MOST).map(describe).join(separator);
  return rest === 1 ? say("list.moreOne", { list: named }) : say("list.more", { list: named, count: rest });
}

/** An indicator with its figures: "Tuyển sinh giáo dục nghề nghiệp (190.000/200.000 người, đạt 95 % kế hoạch)". */
function described(f: IndicatorFact, lang: Lang, say: Say): string {
  const shown = figure(f, lang, say);
  return shown ? `${f.name} (${shown})` : f.name;
}

/** The table's one indicator, named with where it stands, so no later sentence counts it again. */
function onlyIndicator(f: IndicatorFact, facts: NarrativeFacts, lang: Lang, say: Say): string {
  const state =
    f.band === "achieved"
      ? facts.pace && f.pace !== null
        ? "ahead"
        : "achieved"
      : f.pace === "on_track" && facts.pace
        ? "onPace"
        : f.pace === "behind"
          ? "behind"
          : f.band === "near"
            ? "near"
            : f.band === "no_data"
              ? "noData"
              : "notAchieved";
  const near = percentText(facts.nearThreshold, lang);
  return say(`overall.single.${state}`, { item: described(f, lang, say), near });
}

/** "18/27 chỉ tiêu hoàn thành (66,7 %)", and in a partial period how many of them are met ahead of time. */
function counted(facts: NarrativeFacts, lang: Lang, say: Say): string {
  const { indicators: total, achieved } = facts;
  const body = say(`overall.${size(achieved)}`, {
    achieved,
    total,
    share: percentText(facts.share ?? 0, lang, SHARE_DECIMALS),
  });
  const ahead = facts.pace?.ahead ?? 0;
  if (ahead === 0) return body;
  const key = ahead < achieved ? "some" : achieved === 1 ? "it" : "all";
  return say(`overall.ahead.${key}`, { body, count: ahead });
}

function noPlan(missing: NonNullable<NarrativeFacts["noPlan"]>, total: number, say: Say): string {
  return missing.kind === "column"
    ? say("overall.noPlanColumn", { total, header: missing.header })
    : say("overall.noPlanFigures", { total, column: missing.column });
}

function overall(facts: NarrativeFacts, lang: Lang, say: Say): string {
  const body =
    facts.indicators === 0
      ? say("overall.empty")
      : facts.noResultColumn
        ? say("overall.noResult", { total: facts.indicators, header: facts.noResultColumn.header })
        : facts.noPlan
          ? noPlan(facts.noPlan, facts.indicators, say)
          : facts.only
            ? onlyIndicator(facts.only, facts, lang, say)
            : counted(facts, lang, say);
  if (facts.period) {
    const opening = { period: facts.period.opening, body };
    if (facts.quarterOfPlan) return say("overall.yearOfPlan", { ...opening, ...facts.quarterOfPlan });
    return say(facts.quarterOfYear ? "overall.quarterOfYear" : "overall.withPeriod", opening);
  }
  if (facts.yearOfPlan)
    return say("overall.yearOfPlan", { period: facts.yearOfPlan.opening, ...facts.yearOfPlan, body });
  return say("overall.toDate", { body });
}

/** Who a group's indicators are: "do Sở LĐTB&XH chủ trì", "phối hợp thực hiện", "thuộc nhóm “Giảm nghèo”". */
function groupOf(g: GroupFact, facts: NarrativeFacts, say: Say): string {
  if (facts.groupedBy === "lead")
    return g.name === null ? say("groups.ofNoLead") : say("groups.ofLead", { name: g.name });
  if (g.name === null) return say("groups.ofNone");
  const title = sectionTitle(g.name);
  const phrase = indicatorsPhrase(title);
  // A title that opens with "Chỉ tiêu" continues the Vietnamese "trong 5 chỉ tiêu"; English quotes it whole either way.
  return say(phrase === null ? "groups.of" : "groups.ofPhrase", { name: title, phrase: phrase ?? "" });
}

/** The one indicator of a group is said to be achieved or not, never counted as "1 of 1" or "none of 1". */
function onlyOne(g: GroupFact, of: string, near: string, say: Say): string {
  const state = g.achieved === 1 ? "achieved" : g.near === 1 ? "near" : g.noData === 1 ? "noData" : "notAchieved";
  return say(`groups.only.${state}`, { of, near });
}

/** A group's count ("trong 12 chỉ tiêu do … chủ trì, 11 chỉ tiêu hoàn thành") and those near their target. */
function groupItem(g: GroupFact, facts: NarrativeFacts, lang: Lang, say: Say): string {
  const of = groupOf(g, facts, say);
  const near = percentText(facts.nearThreshold, lang);
  if (g.indicators === 1) return onlyOne(g, of, near, say);
  const key = g.achieved === g.indicators ? "all" : size(g.achieved);
  const head = say(`groups.${key}`, { count: g.indicators, achieved: g.achieved, of });
  if (g.near === 0) return head;
  const rest =
    g.near === g.indicators
      ? "groups.nearAll"
      : g.achieved + g.near === g.indicators
        ? "groups.nearRest"
        : "groups.near";
  return `${head}, ${say(rest, { count: g.near, near })}`;
}

function groups(facts: NarrativeFacts, lang: Lang, say: Say): string | null {
  if (facts.groups.length === 0) return null;
  const items = facts.groups.map((g) => groupItem(g, facts, lang, say));
  const text = say(facts.groupedBy === "lead" ? "groups.byLead" : "groups.bySection", {
    list: items.join(say("groups.separator")),
  });
  // The Vietnamese sentence opens with its first item ("Trong 12 chỉ tiêu …").
  return capitalizeFirst(text);
}

function shortfalls(facts: NarrativeFacts, lang: Lang, say: Say): string[] {
  const near = percentText(facts.nearThreshold, lang);
  const describe = (f: IndicatorFact) => described(f, lang, say);
  const sentences: string[] = [];
  const missed = facts.notAchieved.length;
  const close = facts.near.length;
  // Not achieved yet but on time: said first, so a mid-year table does not read as a list of failures.
  const onPace = facts.pace?.onPace ?? [];
  if (onPace.length > 0)
    sentences.push(
      say(onPace.length === 1 ? "onPace.one" : "onPace.many", {
        count: onPace.length,
        list: list(onPace, lang, say, describe),
      }),
    );
  // After those on pace, the rest are "the other" ones not achieved: not every indicator not achieved.
  const missedKey = onPace.length > 0 ? (missed === 1 ? "otherOne" : "otherMany") : size(missed);
  if (missed > 0)
    sentences.push(
      say(`notAchieved.${missedKey}`, { count: missed, list: list(facts.notAchieved, lang, say, describe) }),
    );
  if (close > 0) {
    const key =
      missed > 0 ? (close === 1 ? "near.otherOne" : "near.otherMany") : close === 1 ? "near.one" : "near.many";
    sentences.push(say(key, { count: close, near, list: list(facts.near, lang, say, describe) }));
  }
  if (missed === 0 && close === 0 && onPace.length === 0 && facts.achieved > 0) sentences.push(say("notAchieved.zero"));
  return sentences;
}

/**
 * Only those behind schedule, by name: the paragraph has already said those ahead of time and those on pace, and the
 * figures of those behind stand in the sentences about shortfalls.
 */
function pace(facts: NarrativeFacts, lang: Lang, say: Say): string | null {
  if (!facts.pace) return null;
  const { behind, elapsed } = facts.pace;
  return say("pace.sentence", {
    elapsed: percentText(elapsed, lang),
    behind: say(`pace.behind.${size(behind.length)}`, {
      count: behind.length,
      list: list(behind, lang, say, (f) => f.name),
    }),
  });
}

function noData(facts: NarrativeFacts, lang: Lang, say: Say): string | null {
  const count = facts.noData.length;
  if (count === 0) return null;
  return say(count === 1 ? "noData.one" : "noData.many", { count, list: list(facts.noData, lang, say, (f) => f.name) });
}

/** The paragraph from already picked facts (tests build facts for the cases a fixture cannot reach). */
export function writeNarrative(facts: NarrativeFacts, lang: Lang): string {
  const planWord = t(lang, facts.quarterOfYear ? "narrative.plan.year" : "narrative.plan.whole");
  const say: Say = (key, params = {}) => t(lang, `narrative.${key}`, { planWord, ...params });
  // Without a result column or a plan every count below would be 0 and every indicator "no data", and a table of
  // one indicator is told whole in its opening sentence: the one sentence is all.
  const details =
    facts.only || ((facts.noResultColumn || facts.noPlan) && facts.indicators > 0)
      ? []
      : [groups(facts, lang, say), ...shortfalls(facts, lang, say), pace(facts, lang, say), noData(facts, lang, say)];
  return [overall(facts, lang, say), ...details].filter((s): s is string => s !== null).join(" ");
}

/** The meeting paragraph of one analysed sheet, in the reader's language. */
export function meetingParagraph(analysis: SheetAnalysis, lang: Lang): string {
  return writeNarrative(narrativeFacts(analysis, lang), lang);
}
