/**
 * Consolidation across units: the same indicator matched in every unit's table by its name, then counted
 * ("18/30 units achieved") and, for counts, summed. Units are added one at a time and only their indicators'
 * figures are kept, so a run over hundreds of workbooks holds one workbook at a time.
 */
import { shift, splitUnitMagnitude } from "../numbers";
import type { Band, Measure, Period, SheetAnalysis, Target } from "../types";
import { oneLine } from "../text";
import { measureUnitKey, nameKey, nameSimilarity } from "./names";
import { isWholeName, unitKey, unitName } from "./unit-name";

/** Below this resemblance two names are simply different indicators; at or above it (but not equal) it is said. */
export const RESEMBLANCE = 0.5;
/** Decimals a stated total is compared to, at most: past them a difference is the sum's floating-point noise. */
const MAX_DECIMALS = 6;

/** What a consolidation needs of one indicator of a unit's table. */
export interface UnitIndicator {
  row: number;
  name: string;
  unit: string;
  measure: Measure;
  band: Band;
  actual: number | null;
  plan: number | null;
  attainment: number | null;
  gapPoints: number | null;
  /** What the unit's plan cell asks for ("Dưới 0,5%", 5.000), which the consolidation paragraph names. */
  target: Target | null;
}

/** One unit's table as a host read it; `indicators` is null when the table could not be read (`problem` says why). */
export interface UnitSource {
  /** The file as named to the user, or null for a sheet of the open workbook. */
  file: string | null;
  sheet: string | null;
  /** The name to fall back on when the title rows name no agency: the file's name, or the sheet's. */
  label: string;
  agency: string | null;
  indicators: UnitIndicator[] | null;
  problem: string | null;
  /** The reporting period the table's words name (SheetAnalysis.period); null when it names none. */
  period: Period | null;
}

export interface UnitResult {
  unit: string;
  file: string | null;
  sheet: string | null;
  indicators: number;
  achieved: number;
  near: number;
  notAchieved: number;
  noData: number;
  /** Achieved ÷ indicators; null for a table without indicators. */
  share: number | null;
  /**
   * 1 for the best share; equal shares share a rank ("1, 2, 2, 4"). When the units report different periods,
   * among the units of the same period only.
   */
  rank: number;
  period: Period | null;
}

export interface ExcludedUnit {
  unit: string;
  file: string | null;
  sheet: string | null;
  /** "whole": a second table of the whole, whose totals are not compared (the first one's are). */
  reason: "unreadable" | "duplicate" | "whole";
  /** The host's reason for an unreadable table. */
  detail: string | null;
  /** The host's name for the table (its file's name, or its sheet's), which tells apart two of the same unit. */
  label: string;
  /** For a duplicate: where the same unit was read first; for a second whole, where the first whole was. */
  sameAs: { file: string | null; sheet: string | null } | null;
}

export interface Cell {
  band: Band;
  actual: number | null;
  plan: number | null;
  attainment: number | null;
  gapPoints: number | null;
  measure: Measure;
}

export interface StatedTotal {
  actual: number | null;
  plan: number | null;
  /** Whether the stated figure agrees with the units' sum; null when there is nothing to compare. */
  actualAgrees: boolean | null;
  planAgrees: boolean | null;
}

/** A unit whose figures were converted into the indicator's unit: "nghìn người" × 1 000 into "người". */
export interface ScaledUnit {
  unit: string;
  /** The unit of measure as that unit wrote it. */
  from: string;
  factor: number;
}

export interface IndicatorResult {
  name: string;
  /**
   * Unit of measure (ĐVT) every figure is in: the one most units wrote, the first read on a tie. Units that wrote
   * it with another magnitude ("nghìn người" for "người") have their figures converted, listed in `scaled`.
   */
  unit: string;
  scaled: ScaledUnit[];
  /** Other spellings the units used for the same indicator. */
  variants: string[];
  /** "rate" when most units judge it as a rate (shown in percentage points); else attainment is shown. */
  kind: Measure;
  /** One per unit, in the units' order; null where the unit's table lacks the indicator. */
  cells: (Cell | null)[];
  /** Units whose table has the indicator. */
  units: number;
  /** Of those, units with a figure (not "no data"). */
  reporting: number;
  achieved: number;
  near: number;
  notAchieved: number;
  noData: number;
  /** Sums over the units for counts and money; null for rates and levels, which do not add up. */
  sumActual: number | null;
  sumPlan: number | null;
  /** The figures a table of the whole ("Toàn thành phố") states, and whether they agree with the sums. */
  stated: StatedTotal | null;
  /** The units with this indicator (and the whole, if it states it) report different periods. */
  periodsDiffer: boolean;
  /**
   * The target every unit with one set alike ("Dưới 0,5%" in each district), in the indicator's unit; null when
   * the units set their own plans (each district its number of jobs) or none sets one.
   */
  commonTarget: Target | null;
  /**
   * Some unit's target is a ceiling ("Dưới 50 vụ"), whether or not the others set the same: its plan is a cap, and
   * caps summed are no plan to reach.
   */
  capped: boolean;
}

/** Units that report the same period, in the order first met; `period` null for those whose table names none. */
export interface PeriodGroup {
  period: Period | null;
  units: string[];
}

/** A name that resembled an indicator of other units but not closely enough to be merged with it. */
export interface UnmatchedName {
  unit: string;
  name: string;
  row: number;
  /** The closest indicator name, and how close (0–1). */
  nearest: string | null;
  similarity: number;
  /** "wording": the names differ; "unit": same name, other unit of measure; "whole": a total with no unit's match. */
  why: "wording" | "unit" | "whole";
}

export interface ConsolidationResult {
  /** Units counted, in the order given. */
  units: UnitResult[];
  indicators: IndicatorResult[];
  excluded: ExcludedUnit[];
  /** The table of the whole, when one was given: its figures are compared with the sums, not counted. */
  whole: { unit: string; file: string | null; sheet: string | null } | null;
  unmatched: UnmatchedName[];
  /** Indicators found in some units only, with the units that lack them. */
  partial: { indicator: number; missing: string[] }[];
  /** The units' periods, the whole's last; `periodsDiffer` when two of them name different periods. */
  periods: PeriodGroup[];
  periodsDiffer: boolean;
  /**
   * Tables whose title rows name the same unit but whose figures differ: each is counted, named after its file
   * or sheet as well ("HUYỆN SÓC SƠN (soc-son-quy-3)"), since dropping either would lose figures.
   */
  namedApart: { name: string; units: { unit: string; file: string | null; sheet: string | null }[] }[];
}

/** The figures of an analysed table a consolidation keeps. */
export function unitIndicators(analysis: SheetAnalysis): UnitIndicator[] {
  return analysis.indicators.map((i) => ({
    row: i.row,
    name: i.name,
    unit: i.unit,
    measure: i.measure,
    band: i.band,
    actual: i.actual,
    plan: i.plan,
    attainment: i.attainment,
    gapPoints: i.gapPoints,
    target: i.target,
  }));
}

interface Entry {
  /** Name key with its occurrence in a unit ("nam#2" for the second "Nam" breakdown row), and its scaleKey. */
  id: string;
  nameKey: string;
  unit: string;
  names: Map<string, number>;
  cells: Map<number, UnitIndicator>;
}

interface Unit {
  /** As shown; a unit named apart from another of the same name gets its label added once both are read. */
  name: string;
  /** The name the title rows gave, which decides whether two tables are the same unit. */
  key: string;
  label: string;
  file: string | null;
  sheet: string | null;
  indicators: UnitIndicator[];
  period: Period | null;
  periodKey: string | null;
}

/** A unit of measure as matched: its magnitude set aside, so "nghìn người" meets "người" and is converted. */
function scaleKey(unit: string): string {
  return measureUnitKey(splitUnitMagnitude(unit).counted);
}

function lastDay(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether a period is one named year: "Năm 2023", "cả năm" of a 2023 plan, figures to 31/12/2023 of it. */
export function namesYear(period: Period): boolean {
  return /^year:\d+$/.test(periodKey(period) ?? "");
}

/**
 * What a period covers, as a key that periods meaning the same share: "Năm 2023" and "Thực hiện năm 2023",
 * "cả năm" of a 2023 plan and "Năm 2023", "đến 30/9/2024" of a 2024 plan and "9 tháng năm 2024". Null when the
 * table names no period, which is unknown rather than different.
 */
export function periodKey(period: Period | null): string | null {
  if (!period) return null;
  const meaning = period.meaning;
  if (!meaning) return `user:${period.label.trim().toLowerCase()}`;
  const plan = period.plan && period.plan.from === period.plan.to ? period.plan.from : null;
  const months = (count: number, year: number | null) =>
    count === 12 ? `year:${year ?? plan}` : `months:${count}:${year ?? plan}`;
  switch (meaning.kind) {
    case "year":
      return `year:${meaning.year ?? plan}`;
    case "months":
      return months(meaning.months, meaning.year);
    case "quarter":
      return `quarter:${meaning.quarter}:${meaning.year ?? plan}`;
    case "span":
      return meaning.from === meaning.to ? `year:${meaning.from}` : `span:${meaning.from}-${meaning.to}`;
    case "asOf": {
      const month = meaning.month ?? 12;
      const day = meaning.day ?? lastDay(month, meaning.year);
      // Figures to the end of a month of the plan's own year are that many months of it.
      if (plan === meaning.year && day === lastDay(month, meaning.year)) return months(month, meaning.year);
      return `asOf:${day}/${month}/${meaning.year}`;
    }
  }
}

/** The same unit read twice (a copy, a file sent again) has the same figures on every row. */
function sameFigures(a: UnitIndicator[], b: UnitIndicator[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i]!;
      return (
        Object.is(x.actual, y.actual) &&
        Object.is(x.plan, y.plan) &&
        x.band === y.band &&
        nameKey(x.name) === nameKey(y.name) &&
        measureUnitKey(x.unit) === measureUnitKey(y.unit)
      );
    })
  );
}

/** Keys of a table's indicators, a repeated name numbered by its occurrence so "Nam" under two parents stay apart. */
function keyed(indicators: UnitIndicator[]): { indicator: UnitIndicator; nameKey: string; id: string }[] {
  const seen = new Map<string, number>();
  return indicators.map((indicator) => {
    const key = nameKey(indicator.name);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const occurrence = n > 1 ? `${key}#${n}` : key;
    return { indicator, nameKey: occurrence, id: `${occurrence}|${scaleKey(indicator.unit)}` };
  });
}

function decimals(value: number): number {
  const text = String(value);
  if (text.includes("e")) return MAX_DECIMALS;
  return Math.min(MAX_DECIMALS, text.split(".")[1]?.length ?? 0);
}

/** Equal up to the rounding of the least precise figure involved: 1.234 against 1.2340000000000002. */
function agrees(stated: number | null, sum: number | null, addends: number[]): boolean | null {
  if (stated === null || sum === null) return null;
  const places = Math.max(decimals(stated), ...addends.map(decimals));
  return Math.abs(stated - sum) <= 0.5 * 10 ** -places;
}

/** The tables by the period they report, in the order first met. */
function periodGroups(tables: Unit[]): PeriodGroup[] {
  const groups = new Map<string | null, PeriodGroup>();
  for (const table of tables) {
    const group = groups.get(table.periodKey);
    if (group) group.units.push(table.name);
    else groups.set(table.periodKey, { period: table.period, units: [table.name] });
  }
  return [...groups.values()];
}

/** Two of the tables name periods that mean different things; a table naming none differs from nothing. */
function differ(units: { periodKey: string | null }[]): boolean {
  const first = units.find((u) => u.periodKey !== null)?.periodKey;
  return units.some((u) => u.periodKey !== null && u.periodKey !== first);
}

function sumOf(values: (number | null)[]): { sum: number | null; addends: number[] } {
  const addends = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return { sum: addends.length > 0 ? addends.reduce((a, b) => a + b, 0) : null, addends };
}

/** Targets set alike: a plan figure written in "nghìn người" by one unit and "người" by another is compared scaled. */
function commonTarget(indicators: UnitIndicator[], magnitude: number): Target | null {
  let common: Target | null = null;
  for (const { target, unit } of indicators) {
    if (!target) continue;
    const places = target.percent ? 0 : splitUnitMagnitude(unit).magnitude - magnitude;
    const scaled =
      places === 0
        ? target
        : {
            ...target,
            value: shift(target.value, places),
            upper: target.upper === null ? null : shift(target.upper, places),
          };
    if (
      common &&
      (common.comparator !== scaled.comparator ||
        common.value !== scaled.value ||
        common.upper !== scaled.upper ||
        common.percent !== scaled.percent ||
        common.direction !== scaled.direction ||
        common.perYear !== scaled.perYear)
    )
      return null;
    common ??= scaled;
  }
  return common;
}

export class Consolidation {
  private readonly units: Unit[] = [];
  private readonly excluded: ExcludedUnit[] = [];
  /** Each with its unit, whose shown name may still change when a namesake is named apart from it. */
  private readonly unmatched: { unit: Unit; name: Omit<UnmatchedName, "unit"> }[] = [];
  private readonly namedApart = new Map<string, { name: string; units: Unit[] }>();
  private readonly entries: Entry[] = [];
  private readonly byId = new Map<string, Entry>();
  private whole: Unit | null = null;

  add(source: UnitSource): void {
    const name = unitName(source.agency, source.label);
    const place = { unit: name, file: source.file, sheet: source.sheet, label: source.label };
    if (source.indicators === null) {
      this.excluded.push({ ...place, reason: "unreadable", detail: source.problem, sameAs: null });
      return;
    }
    const unit: Unit = {
      name,
      key: unitKey(name),
      label: source.label,
      file: source.file,
      sheet: source.sheet,
      indicators: source.indicators,
      period: source.period,
      periodKey: periodKey(source.period),
    };
    const sameAs = (u: Unit) => ({ file: u.file, sheet: u.sheet });
    if (isWholeName(name) || isWholeName(source.label) || (source.sheet !== null && isWholeName(source.sheet))) {
      if (!this.whole) this.whole = unit;
      else this.excluded.push({ ...place, reason: "whole", detail: null, sameAs: sameAs(this.whole) });
      return;
    }
    const namesakes = this.units.filter((u) => u.key === unit.key);
    const copy = namesakes.find((u) => sameFigures(u.indicators, unit.indicators));
    if (copy) {
      this.excluded.push({ ...place, reason: "duplicate", detail: null, sameAs: sameAs(copy) });
      return;
    }
    if (namesakes.length > 0) this.nameApart(name, [...namesakes, unit]);
    this.match(unit, this.units.length);
    // The figures now live in the entries; the unit keeps its list only for its own counts.
    this.units.push(unit);
  }

  /** Units the title rows name alike whose figures differ: each shown with its label too, all of them counted. */
  private nameApart(name: string, units: Unit[]): void {
    let group = this.namedApart.get(units[0]!.key);
    if (!group) this.namedApart.set(units[0]!.key, (group = { name, units: [] }));
    for (const u of units) {
      if (group.units.includes(u)) continue;
      group.units.push(u);
      u.name = `${name} (${u.label})`;
    }
  }

  private match(unit: Unit, index: number): void {
    const pending: ReturnType<typeof keyed> = [];
    for (const item of keyed(unit.indicators)) {
      const entry = this.byId.get(item.id);
      if (entry && !entry.cells.has(index)) this.place(entry, index, item.indicator);
      else pending.push(item);
    }
    for (const item of pending) {
      const near = this.nearest(item.indicator, item.nameKey, index);
      if (near && near.similarity >= RESEMBLANCE) {
        this.unmatched.push({
          unit,
          name: {
            name: item.indicator.name,
            row: item.indicator.row,
            nearest: this.displayName(near.entry),
            similarity: near.similarity,
            why: near.entry.nameKey === item.nameKey ? "unit" : "wording",
          },
        });
      }
      const entry = this.byId.get(item.id) ?? this.create(item.id, item.nameKey, item.indicator);
      // A name a unit repeats beyond its numbering is its own row rather than a second figure in one cell.
      this.place(
        entry.cells.has(index) ? this.create(`${item.id}@${index}`, item.nameKey, item.indicator) : entry,
        index,
        item.indicator,
      );
    }
  }

  /** The most similar indicator this unit has not matched yet: a name that is the same but for its unit first. */
  private nearest(indicator: UnitIndicator, key: string, index: number): { entry: Entry; similarity: number } | null {
    let best: { entry: Entry; similarity: number } | null = null;
    for (const entry of this.entries) {
      if (entry.cells.has(index)) continue;
      const similarity = entry.nameKey === key ? 1 : nameSimilarity(indicator.name, this.displayName(entry));
      if (!best || similarity > best.similarity) best = { entry, similarity };
    }
    return best;
  }

  private create(id: string, key: string, indicator: UnitIndicator): Entry {
    const entry: Entry = {
      id,
      nameKey: key,
      unit: indicator.unit,
      names: new Map(),
      cells: new Map(),
    };
    this.entries.push(entry);
    this.byId.set(id, entry);
    return entry;
  }

  private place(entry: Entry, index: number, indicator: UnitIndicator): void {
    entry.cells.set(index, indicator);
    const name = oneLine(indicator.name);
    entry.names.set(name, (entry.names.get(name) ?? 0) + 1);
    if (!entry.unit && indicator.unit) entry.unit = indicator.unit;
  }

  /** The spelling most units used; the first one read on a tie. */
  private displayName(entry: Entry): string {
    let best = "";
    let count = 0;
    for (const [name, n] of entry.names) {
      if (n > count) {
        best = name;
        count = n;
      }
    }
    return best;
  }

  result(): ConsolidationResult {
    const stated = this.statedTotals();
    const indicators = this.entries.map((entry) => this.indicatorResult(entry, stated.get(entry)));
    // The whole's period counts as the units' do: its stated totals add up their figures.
    const tables = [...this.units, ...(this.whole ? [this.whole] : [])];
    const periods = periodGroups(tables);
    const partial = indicators.flatMap((indicator, i) =>
      indicator.units < this.units.length
        ? [{ indicator: i, missing: this.units.filter((_, u) => indicator.cells[u] === null).map((u) => u.name) }]
        : [],
    );
    const periodsDiffer = differ(tables);
    return {
      units: this.unitResults(periodsDiffer),
      indicators,
      excluded: [...this.excluded],
      whole: this.whole ? { unit: this.whole.name, file: this.whole.file, sheet: this.whole.sheet } : null,
      unmatched: this.unmatched.map(({ unit, name }) => ({ unit: unit.name, ...name })),
      partial,
      periods,
      periodsDiffer,
      namedApart: [...this.namedApart.values()].map((group) => ({
        name: group.name,
        units: group.units.map((u) => ({ unit: u.name, file: u.file, sheet: u.sheet })),
      })),
    };
  }

  /** The whole's figure for each indicator, matched by its exact key: a total is never matched loosely. */
  private statedTotals(): Map<Entry, UnitIndicator> {
    const found = new Map<Entry, UnitIndicator>();
    if (!this.whole) return found;
    for (const item of keyed(this.whole.indicators)) {
      const entry = this.byId.get(item.id);
      if (entry && !found.has(entry)) {
        found.set(entry, item.indicator);
        continue;
      }
      const near = this.entries
        .map((e) => ({ e, s: nameSimilarity(item.indicator.name, this.displayName(e)) }))
        .reduce<{ e: Entry; s: number } | null>((b, c) => (!b || c.s > b.s ? c : b), null);
      this.unmatched.push({
        unit: this.whole,
        name: {
          name: item.indicator.name,
          row: item.indicator.row,
          nearest: near && near.s >= RESEMBLANCE ? this.displayName(near.e) : null,
          similarity: near && near.s >= RESEMBLANCE ? near.s : 0,
          why: "whole",
        },
      });
    }
    return found;
  }

  private indicatorResult(entry: Entry, whole: UnitIndicator | undefined): IndicatorResult {
    const { unit, magnitude } = this.commonUnit(entry);
    const scaled: ScaledUnit[] = [];
    const cells = this.units.map((owner, u): Cell | null => {
      const i = entry.cells.get(u);
      if (!i) return null;
      const places = splitUnitMagnitude(i.unit).magnitude - magnitude;
      if (places !== 0) scaled.push({ unit: owner.name, from: i.unit, factor: shift(1, places) });
      return {
        band: i.band,
        actual: i.actual === null ? null : shift(i.actual, places),
        plan: i.plan === null ? null : shift(i.plan, places),
        attainment: i.attainment,
        gapPoints: i.gapPoints,
        measure: i.measure,
      };
    });
    const wholePlaces = whole ? splitUnitMagnitude(whole.unit).magnitude - magnitude : 0;
    const wholeFigure = (value: number | null) => (value === null ? null : shift(value, wholePlaces));
    const present = cells.filter((c): c is Cell => c !== null);
    const rates = present.filter((c) => c.measure === "rate").length;
    const kind: Measure =
      rates * 2 > present.length ? "rate" : present.every((c) => c.measure === "level") ? "level" : "quantity";
    const additive = present.length > 0 && present.every((c) => c.measure === "quantity");
    const actual = sumOf(present.map((c) => c.actual));
    const plan = sumOf(present.map((c) => c.plan));
    const sumActual = additive ? actual.sum : null;
    const sumPlan = additive ? plan.sum : null;
    const display = this.displayName(entry);
    const count = (band: Band) => present.filter((c) => c.band === band).length;
    const reporters = this.units.filter((_, u) => entry.cells.has(u));
    return {
      name: display,
      unit,
      scaled,
      variants: [...entry.names.keys()].filter((n) => n !== display),
      kind,
      cells,
      units: present.length,
      reporting: present.length - count("no_data"),
      achieved: count("achieved"),
      near: count("near"),
      notAchieved: count("not_achieved"),
      noData: count("no_data"),
      sumActual,
      sumPlan,
      stated: whole
        ? {
            actual: wholeFigure(whole.actual),
            plan: wholeFigure(whole.plan),
            actualAgrees: additive ? agrees(wholeFigure(whole.actual), sumActual, actual.addends) : null,
            planAgrees: additive ? agrees(wholeFigure(whole.plan), sumPlan, plan.addends) : null,
          }
        : null,
      periodsDiffer: differ(whole && this.whole ? [...reporters, this.whole] : reporters),
      commonTarget: commonTarget([...entry.cells.values()], magnitude),
      capped: [...entry.cells.values()].some((i) => i.target?.direction === "lower"),
    };
  }

  /** The magnitude most units wrote the indicator in (the first read on a tie), and its spelling as first read. */
  private commonUnit(entry: Entry): { unit: string; magnitude: number } {
    const votes = new Map<number, { unit: string; count: number }>();
    for (const indicator of entry.cells.values()) {
      const magnitude = splitUnitMagnitude(indicator.unit).magnitude;
      const vote = votes.get(magnitude);
      if (vote) vote.count++;
      else votes.set(magnitude, { unit: indicator.unit, count: 1 });
    }
    let best = { unit: entry.unit, magnitude: 0, count: 0 };
    for (const [magnitude, vote] of votes) if (vote.count > best.count) best = { ...vote, magnitude };
    return { unit: best.unit || entry.unit, magnitude: best.magnitude };
  }

  private unitResults(periodsDiffer: boolean): UnitResult[] {
    const results = this.units.map((u): Omit<UnitResult, "rank"> => {
      const count = (band: Band) => u.indicators.filter((i) => i.band === band).length;
      const achieved = count("achieved");
      return {
        unit: u.name,
        file: u.file,
        sheet: u.sheet,
        indicators: u.indicators.length,
        achieved,
        near: count("near"),
        notAchieved: count("not_achieved"),
        noData: count("no_data"),
        share: u.indicators.length > 0 ? achieved / u.indicators.length : null,
        period: u.period,
      };
    });
    const shares = results.map((r) => r.share ?? -1);
    // Bands judge a figure against the whole plan, so a unit 9 months into its year has had less time to achieve
    // than one reporting the year: units are ranked against those of their own period only, never across.
    const peers = (i: number, j: number) => !periodsDiffer || this.units[i]!.periodKey === this.units[j]!.periodKey;
    return results.map((r, i) => ({
      ...r,
      rank: 1 + shares.filter((s, j) => peers(i, j) && s > shares[i]!).length,
    }));
  }
}

/** Consolidates units already read; a host reading many files adds them one at a time instead. */
export function consolidate(sources: Iterable<UnitSource>): ConsolidationResult {
  const consolidation = new Consolidation();
  for (const source of sources) consolidation.add(source);
  return consolidation.result();
}
