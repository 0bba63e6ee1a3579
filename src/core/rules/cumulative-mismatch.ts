import { type Finding, type Rule, NO_PASS } from "./rule";
import { asFraction, readCell, shownDecimals, type CellRead } from "../cells";
import type { IndicatorRow } from "../rows";
import type { Convention, Indicator, Measure, TableLayout, YearColumn } from "../types";
import { isCountUnit } from "../units";
import { unitMagnitude } from "../numbers";
import {
  closestRelation,
  holdingMask,
  holdingMaskByValue,
  learnRelations,
  relationFigure,
  RELATION_BIT,
  RELATIONS,
  type Figure,
  type KindRelations,
  type Relation,
  type Sample,
} from "../series/cumulative";

/**
 * The year columns a cumulative column covers: those within the years its label names ("Lũy kế 2021-2023"), all
 * of them when it names none. Null when the years covered are not all there (2023 has no column, or a year is
 * missing in between): the cumulative then holds figures the table does not show.
 */
export function coveredYears(layout: Pick<TableLayout, "cumulative" | "years">): YearColumn[] | null {
  const cumulative = layout.cumulative;
  if (!cumulative) return null;
  const { from, to } = cumulative;
  const years = layout.years.filter((y) => (from === null || y.year >= from) && (to === null || y.year <= to));
  const first = years[0];
  const last = years[years.length - 1];
  if (!first || !last) return null;
  if ((from !== null && first.year !== from) || (to !== null && last.year !== to)) return null;
  if (last.year - first.year !== years.length - 1) return null;
  return years;
}

/**
 * The display rounding of a figure's cell: half a unit of its last shown decimal, on the row's scale (a percent row's
 * figures are fractions). A count shown whole is exact: nobody rounds 720.493 people.
 */
function roundingOf(cell: CellRead, percentRow: boolean, count: boolean, convention: Convention): number {
  const decimals = shownDecimals(cell, convention) ?? 0;
  const inPercent = cell.percentMark || percentRow;
  const exact = count && !inPercent && decimals === 0 && Number.isInteger(cell.number);
  const half = exact ? 0 : (HALF_UNIT[decimals] ?? 0.5 * 10 ** -decimals);
  return inPercent ? half / 100 : half;
}

/** Half a unit of the last shown decimal, by decimals shown: a power per cell is a cost on every row. */
const HALF_UNIT = Array.from({ length: 16 }, (_, decimals) => 0.5 * 10 ** -decimals);

const QUANTITY: KindRelations = { always: ["sum", "latest"], usual: ["sum", "latest"] };
/** Rates and levels carry their latest year or average the years, as the table shows; neither adds up. */
const RATE: KindRelations = { always: [], usual: ["latest", "average"] };

function relationsOf(kind: Measure): KindRelations {
  return kind === "quantity" ? QUANTITY : RATE;
}

/** Each set of relations a row can hold, by bit mask over RELATIONS. */
const HOLDING: readonly Relation[][] = Array.from({ length: 1 << RELATIONS.length }, (_, mask) =>
  RELATIONS.filter((_, i) => mask & (1 << i)),
);

function maskOf(relations: readonly Relation[]): number {
  return relations.reduce((mask, r) => mask | RELATION_BIT[r], 0);
}

/** What each kind may always follow, as a mask: a row holding any of it is never suspect, whatever is learnt. */
const ALWAYS: Record<Measure, number> = {
  quantity: maskOf(relationsOf("quantity").always),
  rate: maskOf(relationsOf("rate").always),
  level: maskOf(relationsOf("level").always),
};

/**
 * A row's cumulative and year figures, read into the same objects row after row. Their roundings are read only when
 * the values alone leave a relation undecided, as few rows do: reading a cell's shown decimals costs more than the rest.
 */
class RowFigures {
  readonly cumulative: Figure = { value: 0, rounding: 0 };
  readonly years: Figure[];
  private readonly cells: CellRead[] = [];
  private percentRow = false;
  private count = false;
  constructor(
    count: number,
    private readonly convention: Convention,
  ) {
    this.years = Array.from({ length: count }, () => ({ value: 0, rounding: 0 }));
  }
  /** Reads the values of the row's cumulative and year figures; false when one is missing. */
  read(
    results: readonly (CellRead | null | undefined)[],
    percentRow: boolean,
    unit: string,
    cumulativeAt: number,
    yearsAt: number[],
  ): boolean {
    const cell = results[cumulativeAt];
    if (!cell || !this.readValue(cell, percentRow, 0, this.cumulative)) return false;
    for (let k = 0; k < yearsAt.length; k++) {
      const year = results[yearsAt[k]!];
      if (!year || !this.readValue(year, percentRow, k + 1, this.years[k]!)) return false;
    }
    this.percentRow = percentRow;
    // A percent row's figures are never exact counts, whatever its unit.
    this.count = !percentRow && isCountUnit(unit);
    return true;
  }
  private readValue(cell: CellRead, percentRow: boolean, at: number, into: Figure): boolean {
    const value = asFraction(cell, percentRow);
    if (value === null) return false;
    into.value = value;
    // Unknown until holding() needs it: a rounding left from an earlier row would be another cell's.
    into.rounding = Number.NaN;
    this.cells[at] = cell;
    return true;
  }
  /** The relations the figures read last satisfy, as a mask of RELATION_BIT. */
  holding(): number {
    // A rounding is at most half a unit, of a percent in a percent row.
    const most = this.percentRow ? 0.005 : 0.5;
    const mask = holdingMaskByValue(this.cumulative.value, this.years, most);
    if (mask !== undefined) return mask;
    const { cells, percentRow, count, convention } = this;
    this.cumulative.rounding = roundingOf(cells[0]!, percentRow, count, convention);
    for (let k = 0; k < this.years.length; k++)
      this.years[k]!.rounding = roundingOf(cells[k + 1]!, percentRow, count, convention);
    return holdingMask(this.cumulative, this.years);
  }
}

/**
 * A kind's rows by the relations they hold: how many hold each set, and those that may be suspect, by set and by
 * whether they are percent rows. Only the rows are kept, not their figures: a set is suspect only once the table is
 * learnt, and most never are, so the few suspect rows have their cells read again from the sheet.
 */
interface KindRows {
  kind: Measure;
  /** What the kind may always follow: a row holding any of it is never suspect. */
  always: number;
  counts: number[];
  /** At mask * 2 + (percent row ? 1 : 0). */
  candidates: (Indicator[] | undefined)[];
}

export const cumulativeMismatch: Rule = {
  code: "cumulative-mismatch",
  severity: "warning",
  title: { vi: "Lũy kế không khớp các năm", en: "Cumulative differs from the years" },
  messages: {
    vi: "Lũy kế ở ô {{cell}} là {{stated, num}}{{unit}}, nhưng $t(issues.relation.{{relation}}) {{expected, num}}{{unit}}.",
    en: "The cumulative figure in cell {{cell}} is {{stated, num}}{{unit}}, but $t(issues.relation.{{relation}}) {{expected, num}}{{unit}}.",
  },
  rows: ({ view, layout, convention }, out) => {
    const years = coveredYears(layout);
    if (!years) return NO_PASS;
    const index = new Map(layout.resultColumns.map((r, i) => [r.col, i]));
    const cumulativeAt = index.get(layout.cumulative!.col)!;
    const yearsAt = years.map((y) => index.get(y.col)!);
    // The rows are tallied by kind and relations before learning: a large table has few of either.
    const tally = new Map<Measure, KindRows>();
    const figures = new RowFigures(yearsAt.length, convention);
    // Rows of a kind come in runs: the kind counted last is most often the next row's.
    let rows: KindRows | undefined;
    const row = (r: IndicatorRow) => {
      const { indicator, percentRow } = r;
      if (!figures.read(r.cells.results, percentRow, indicator.unit, cumulativeAt, yearsAt)) return;
      const mask = figures.holding();
      const kind = indicator.measure;
      if (rows?.kind !== kind) {
        rows = tally.get(kind);
        if (!rows)
          tally.set(kind, (rows = { kind, always: ALWAYS[kind], counts: HOLDING.map(() => 0), candidates: [] }));
      }
      rows.counts[mask]!++;
      if (mask & rows.always) return;
      const at = mask * 2 + (percentRow ? 1 : 0);
      const list = rows.candidates[at];
      if (list) list.push(indicator);
      else rows.candidates[at] = [indicator];
    };
    const end = () => {
      const samples: Sample<Measure>[] = [];
      for (const [kind, { counts }] of tally)
        counts.forEach((rows, mask) => {
          if (rows > 0) samples.push({ kind, holding: HOLDING[mask]!, rows });
        });
      const learned = learnRelations(samples, relationsOf);
      const span = years.length > 1 ? `${years[0]!.year}–${years[years.length - 1]!.year}` : String(years[0]!.year);
      const cumulativeCol = layout.cumulative!.col;
      const cols = layout.resultColumns.map((r) => r.col);
      const cells: (CellRead | null)[] = [];
      const found: Finding[] = [];
      for (const [kind, { candidates }] of tally) {
        const relations = learned.get(kind);
        if (!relations) continue;
        const learnedMask = maskOf(relations);
        candidates.forEach((list, at) => {
          const mask = at >> 1;
          const percentRow = (at & 1) === 1;
          if (!list || mask & learnedMask) return;
          for (const indicator of list) {
            // Read as the table reader read them: with the row's unit magnitude, so the figures come out the same.
            const magnitude = unitMagnitude(indicator.unit);
            for (let i = 0; i < cols.length; i++)
              cells[i] = readCell(view, indicator.row, cols[i], convention, true, magnitude);
            figures.read(cells, percentRow, indicator.unit, cumulativeAt, yearsAt);
            const relation = closestRelation(relations, figures.cumulative, figures.years);
            const scale = percentRow ? 100 : 1;
            const unit = indicator.unit.trim();
            found.push({
              row: indicator.row,
              col: cumulativeCol,
              params: {
                stated: figures.cumulative.value * scale,
                expected: relationFigure(relation, figures.years).value * scale,
                unit: percentRow ? "%" : unit ? ` ${unit}` : "",
                relation,
                years: span,
                last: years[years.length - 1]!.year,
              },
            });
          }
        });
      }
      // In the table's order, as the rows were read.
      found.sort((a, b) => a.row - b.row);
      for (const f of found) out.push(f);
    };
    return { row, end };
  },
};
