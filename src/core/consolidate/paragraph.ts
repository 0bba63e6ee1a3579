/**
 * The consolidation's meeting paragraph: "Năm 2023, tổng hợp số liệu của 29 quận, huyện. 17/29 quận, huyện đạt tỷ
 * lệ hộ nghèo (dưới 0,5 %); chưa đạt: …". One opening sentence, then one sentence for each of the first indicators
 * of the consolidated table that are judged against a target, so the paragraph stays as short as a meeting reads.
 */
import { amountsText, amountText, percentText } from "../figures";
import { listText, t, type MessageParams } from "../i18n";
import { periodLabel, periodOpeningOf } from "../judging-input";
import { sentenceCase } from "../narrative/title";
import { yearlyCommitmentText } from "../narrative/write";
import { capitalizeFirst, fold, isAllCaps, oneLine } from "../text";
import type { Band, Comparator, Lang, Period, Target } from "../types";
import { changeKind } from "../yearly-change";
import { namesYear, periodKey, type ConsolidationResult, type IndicatorResult, type UnitResult } from "./consolidate";
import { unitKey } from "./unit-name";

/** Indicators the paragraph speaks of; the rest stand in the tables below it. */
export const INDICATORS_SAID = 5;
/** Units not achieving an indicator are named up to this many; past it the count says enough. */
const UNITS_NAMED_AT_MOST = 5;

type Say = (key: string, params?: MessageParams) => string;
type Kind = "district" | "districtTown" | "commune" | "communeTown" | "unit";

const DISTRICT = /^(quan|huyen|thi xa) /;
const COMMUNE = /^(xa|phuong|thi tran) /;
const TOWN = /^thi (xa|tran) /;

/**
 * What the units are, from their names: "QUẬN …", "HUYỆN …" (and "THỊ XÃ …") are districts, "XÃ …", "PHƯỜNG …" (and
 * "THỊ TRẤN …") communes; anything else, or a mix, is said as "đơn vị".
 */
function kindOf(names: string[]): Kind {
  const folded = names.map((name) => fold(name));
  const town = folded.some((name) => TOWN.test(name));
  if (folded.length > 0 && folded.every((name) => DISTRICT.test(name))) return town ? "districtTown" : "district";
  if (folded.length > 0 && folded.every((name) => COMMUNE.test(name))) return town ? "communeTown" : "commune";
  return "unit";
}

/** Districts with or without towns are one family, communes another: a name of the family is said alike. */
function family(kind: Kind): string {
  return kind.replace(/Town$/, "");
}

/** "HUYỆN SÓC SƠN" as a list in a sentence names it: "Sóc Sơn", its kind said once before the list. */
function shortName(name: string, kind: Kind): string {
  // A unit of no known kind keeps its name as written: "SỞ Y TẾ", "BHXH" are names, not words to re-case.
  if (kind === "unit") return name;
  return name
    .split(" ")
    .slice(TOWN.test(fold(name)) ? 2 : 1)
    .map((word) => (isAllCaps(word) ? word.charAt(0) + word.slice(1).toLocaleLowerCase("vi") : word))
    .join(" ");
}

/**
 * An indicator's name as it reads after "đạt": sentence-cased as the narrative does a title typed in capitals, its
 * first word in lower case unless it is an abbreviation ("BHYT").
 */
function inSentence(name: string): string {
  const text = sentenceCase(oneLine(name));
  const [first = "", ...rest] = text.split(" ");
  const lowered = first.toLocaleLowerCase("vi");
  const capitalized = capitalizeFirst(lowered);
  return [first === capitalized && first !== lowered ? lowered : first, ...rest].join(" ");
}

const COMPARATOR_KEY: Record<Comparator, string> = { "<": "lt", "<=": "le", ">": "gt", ">=": "ge", "=": "eq" };

/** The target the units share, in the reader's language: "dưới 0,5 %", "at least 95%"; their own plans otherwise. */
function targetText(indicator: IndicatorResult, lang: Lang, say: Say): string {
  const target: Target | null = indicator.commonTarget;
  if (!target) return say("target.own");
  // A change a year is said as the single sheet's paragraph states its commitment ("giảm 2.000 hộ/năm"), never as
  // the level its figure would read as; a rate's change is in points, as the rows were judged.
  if (target.perYear) {
    const kind = changeKind(indicator.kind === "rate", target);
    return say("target.perYear", { commitment: yearlyCommitmentText(target, kind, indicator.unit, lang) });
  }
  const unit = target.percent || !indicator.unit ? "" : ` ${indicator.unit}`;
  const value = (v: number) => (target.percent ? percentText(v, lang) : amountText(v, lang) + unit);
  if (target.upper !== null && target.upper !== target.value)
    return say("target.range", { low: value(target.value), high: value(target.upper) });
  return say(`target.${COMPARATOR_KEY[target.comparator]}`, { value: value(target.value) });
}

/** The counted units by the period they report, in the order first met. */
type Groups = { period: Period | null; count: number }[];

function unitGroups(result: ConsolidationResult): Groups {
  const counted = new Set(result.units.map((u) => u.unit));
  // The whole's table is among the period groups; the paragraph counts the units.
  return result.periods
    .map((g) => ({ period: g.period, count: g.units.filter((name) => counted.has(name)).length }))
    .filter((g) => g.count > 0);
}

function opening(result: ConsolidationResult, groups: Groups, kind: Kind, lang: Lang, say: Say): string {
  const count = result.units.length;
  const units = say("counted", { count, kind: say(`kind.${kind}`, { count }) });
  if (result.periodsDiffer) {
    const named = groups.map((g) =>
      say("opening.group", {
        count: g.count,
        period: g.period ? periodLabel(g.period, lang) : t(lang, "consolidate.periods.unknown"),
      }),
    );
    return say("opening.differ", { units, groups: listText(named, lang) });
  }
  const period = groups.find((g) => g.period !== null)?.period;
  return period
    ? say("opening.period", { period: periodOpeningOf(period, lang).replace(/\s+/g, " "), units })
    : say("opening.noPeriod", { units });
}

/**
 * The period most of the indicator's units report, when they report different ones; null when they report one. A
 * band judges a figure against the whole plan, so a unit part-way through its year falls short by the time left, and
 * its figures added to whole years' make a total of no period: the sentence sets such units apart.
 */
function mainPeriod(result: ConsolidationResult, indicator: IndicatorResult): string | null {
  if (!indicator.periodsDiffer) return null;
  const counts = new Map<string, number>();
  result.units.forEach((u, i) => {
    const key = indicator.cells[i] ? periodKey(u.period) : null;
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return mostCounted(counts);
}

/** The key counted most, the first met of those tied; null when none is counted. */
function mostCounted<K>(counts: Iterable<readonly [K, number]>): K | null {
  let main: K | null = null;
  let most = 0;
  for (const [key, count] of counts)
    if (count > most) {
      main = key;
      most = count;
    }
  return main;
}

/** The period a main period's key stands for, as its first unit names it. */
function mainPeriodOf(result: ConsolidationResult, main: string): Period {
  return result.units.find((u) => periodKey(u.period) === main)!.period!;
}

/**
 * The units' total against their summed plan, over the units with both figures: a plan without its figure would
 * count against the total what was never reported. A sum of caps is no plan to reach ("đạt 160 % kế hoạch" of a
 * ceiling reads as a success), whether the units share one cap or each sets its own, so an indicator any unit caps
 * is not summed; nor are rates and levels. When the units report different periods, only those of the main one are
 * added, and the sentence names that period.
 */
function sumSaid(
  result: ConsolidationResult,
  indicator: IndicatorResult,
  main: string | null,
  kind: Kind,
  lang: Lang,
  say: Say,
): string | null {
  if (indicator.sumActual === null || indicator.capped) return null;
  let actual = 0;
  let plan = 0;
  let count = 0;
  let otherPeriod = 0;
  indicator.cells.forEach((cell, u) => {
    if (cell?.actual == null || cell.plan === null || !Number.isFinite(cell.actual) || !Number.isFinite(cell.plan))
      return;
    const key = main === null ? null : periodKey(result.units[u]!.period);
    if (key !== null && key !== main) {
      otherPeriod++;
      return;
    }
    actual += cell.actual;
    plan += cell.plan;
    count++;
  });
  if (count === 0 || plan <= 0) return null;
  const [actualText, planText] = amountsText([actual, plan], lang);
  const figures = {
    actual: actualText!,
    plan: planText!,
    unit: indicator.unit ? ` ${indicator.unit}` : "",
    attainment: percentText(actual / plan, lang),
  };
  if (otherPeriod > 0) {
    return say("sumPeriod", {
      ...figures,
      count,
      kind: say(`kind.${kind}`, { count }),
      period: periodLabel(mainPeriodOf(result, main!), lang),
    });
  }
  if (count === indicator.units) return say("sum", figures);
  return say("sumSome", { ...figures, count, kind: say(`kind.${kind}`, { count }) });
}

/** How a unit of another period fared, in the words of the lists: a unit near its target has not achieved it. */
const BAND_SAID: Record<Band, string> = {
  achieved: "band.achieved",
  near: "band.notAchieved",
  not_achieved: "band.notAchieved",
  no_data: "band.noData",
};

function indicatorSentence(
  result: ConsolidationResult,
  indicator: IndicatorResult,
  kind: Kind,
  lang: Lang,
  say: Say,
): string {
  const main = mainPeriod(result, indicator);
  // Counted, as the total adds, are the units of the main period (and those naming none); the others are named
  // apart with their period, as a band judges a figure against the whole plan.
  const counted: { unit: UnitResult; band: Band }[] = [];
  const apart: { unit: UnitResult; band: Band }[] = [];
  result.units.forEach((unit, u) => {
    const cell = indicator.cells[u];
    if (!cell) return;
    const key = main === null ? null : periodKey(unit.period);
    (key !== null && key !== main ? apart : counted).push({ unit, band: cell.band });
  });
  const achieved = {
    achieved: counted.filter((c) => c.band === "achieved").length,
    total: counted.length,
    kind: say(`kind.${kind}`, { count: counted.length }),
    name: inSentence(indicator.name),
    target: say("targetSaid", { target: targetText(indicator, lang, say) }),
  };
  const parts = [
    apart.length > 0
      ? say("achievedPeriod", { ...achieved, period: periodLabel(mainPeriodOf(result, main!), lang) })
      : say("achieved", achieved),
  ];
  const named = (pick: (band: Band) => boolean) =>
    counted.filter((c) => pick(c.band)).map((c) => shortName(c.unit.unit, kind));
  const missed = named((band) => band === "near" || band === "not_achieved");
  if (missed.length > 0 && missed.length <= UNITS_NAMED_AT_MOST)
    parts.push(say("notAchieved", { units: listText(missed, lang) }));
  const noData = named((band) => band === "no_data");
  if (noData.length > 0 && noData.length <= UNITS_NAMED_AT_MOST)
    parts.push(say("noData", { units: listText(noData, lang) }));
  if (apart.length > UNITS_NAMED_AT_MOST)
    parts.push(say("otherPeriodCount", { count: apart.length, kind: say(`kind.${kind}`, { count: apart.length }) }));
  else if (apart.length > 0) {
    const units = apart.map(({ unit, band }) =>
      say("otherPeriodUnit", {
        unit: shortName(unit.unit, kind),
        period: periodLabel(unit.period!, lang),
        band: say(BAND_SAID[band]),
      }),
    );
    parts.push(say("otherPeriod", { units: listText(units, lang) }));
  }
  const sum = sumSaid(result, indicator, main, kind, lang, say);
  if (sum) parts.push(sum);
  const sentence = parts.join(say("separator"));
  return say("sentence", { text: capitalizeFirst(sentence) });
}

/**
 * The units whose tables could not be read, so that "29 quận, huyện" is not taken for all 30 sent: named by what the
 * host could tell of them (the agency their title rows name, else their file's or sheet's name), and counted past a
 * few. A name of the counted units' kind is said as theirs are ("Mê Linh"); another is kept as written.
 */
function leftOut(result: ConsolidationResult, kind: Kind, lang: Lang, say: Say): string | null {
  const unread = result.excluded.filter((u) => u.reason === "unreadable");
  if (unread.length === 0) return null;
  const counted = new Set(result.units.map((u) => unitKey(u.unit)));
  const name = ({ unit, label }: (typeof unread)[number]) => {
    const said = kind !== "unit" && family(kindOf([unit])) === family(kind) ? shortName(unit, kind) : unit;
    // A second table of a unit already counted, unreadable, is told apart from it by the host's label (its file's
    // name), unless that label is the very name it is known by.
    const key = unitKey(unit);
    return counted.has(key) && unitKey(label) !== key ? say("namedBy", { unit: said, label }) : said;
  };
  // Two unreadable tables whose title rows name one unit (a file sent again, still empty) leave out one unit. Tables
  // known only by their files' names stay apart: two folders may each hold a "bao-cao.xlsx" of another unit.
  const named = new Map<string, string>();
  for (const u of unread) {
    const said = name(u);
    const byFile = unitKey(u.unit) === unitKey(u.label);
    named.set(byFile ? `\u0000${u.file ?? ""}\u0000${u.sheet ?? ""}\u0000${u.label}` : said, said);
  }
  const names = [...named.values()];
  if (names.length > UNITS_NAMED_AT_MOST)
    return say("leftOutCount", { count: names.length, kind: say("kind.unit", { count: names.length }) });
  return say("leftOut", { units: listText(names, lang) });
}

/**
 * The units whose tables name no period, counted with the period most units report. When that period is part of a
 * plan period or a named year, a table naming none may well be of another ("6 tháng" beside "9 tháng", last year's
 * beside this year's), so they are named, at most a few, and counted past them; beside a whole plan period or an
 * unnamed year there is nothing for them to differ from.
 */
function undated(result: ConsolidationResult, groups: Groups, kind: Kind, lang: Lang, say: Say): string | null {
  const none = result.units.filter((u) => u.period === null);
  if (none.length === 0) return null;
  const main = mostCounted(groups.flatMap((g) => (g.period === null ? [] : [[g.period, g.count] as const])));
  if (main === null || !(main.elapsed < 1 || namesYear(main))) return null;
  const count = none.length;
  const units =
    count > UNITS_NAMED_AT_MOST
      ? say("counted", { count, kind: say(`kind.${kind}`, { count }) })
      : listText(
          none.map((u) => shortName(u.unit, kind)),
          lang,
        );
  return say("undated", { units, period: periodLabel(main, lang) });
}

/** The consolidation's paragraph in the reader's language; empty when no unit was counted. */
export function consolidationParagraph(result: ConsolidationResult, lang: Lang): string {
  if (result.units.length === 0) return "";
  const say: Say = (key, params = {}) => t(lang, `consolidate.paragraph.${key}`, params);
  const kind = kindOf(result.units.map((u) => u.unit));
  const judged = result.indicators
    .filter((i) => i.achieved + i.near + i.notAchieved > 0)
    .slice(0, INDICATORS_SAID)
    .map((i) => indicatorSentence(result, i, kind, lang, say));
  const groups = unitGroups(result);
  const notes = [undated(result, groups, kind, lang, say), leftOut(result, kind, lang, say)].filter((n) => n !== null);
  return [opening(result, groups, kind, lang, say), ...notes, ...judged].join(" ");
}
