import type { Rule, Finding } from "./rule";
import { asFraction, shownDecimals, type CellRead } from "../cells";
import type { Convention, Measure, TableLayout, YearColumn } from "../types";
import { isCountUnit } from "../units";
import {
  closestRelation,
  holds,
  learnRelations,
  relationFigure,
  RELATIONS,
  type Figure,
  type KindRelations,
  type Relation,
} from "../series/cumulative";

/**
 * The year columns a cumulative column covers: those within the years its label names ("Lũy kế 2021-2023"), all
 * of them when it names none. Null when the years covered are not all there (2023 has no column, or a year is
 * missing in between): the cumulative then holds figures the table does not show.
 */
export function coveredYears(layout: TableLayout): YearColumn[] | null {
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
 * A cell as a figure on the row's scale (percent rows as fractions), with its display rounding. A count shown
 * whole is exact: nobody rounds 720.493 people.
 */
function figureOf(cell: CellRead | undefined, percentRow: boolean, count: boolean, convention: Convention) {
  if (!cell || cell.number === null) return null;
  const value = asFraction(cell, percentRow);
  if (value === null) return null;
  const decimals = shownDecimals(cell, convention) ?? 0;
  const inPercent = cell.percentMark || percentRow;
  const exact = count && !inPercent && decimals === 0 && Number.isInteger(cell.number);
  const half = exact ? 0 : 0.5 * 10 ** -decimals;
  return { value, rounding: inPercent ? half / 100 : half };
}

const QUANTITY: KindRelations = { always: ["sum", "latest"], usual: ["sum", "latest"] };
/** Rates and levels carry their latest year or average the years, as the table shows; neither adds up. */
const RATE: KindRelations = { always: [], usual: ["latest", "average"] };

function relationsOf(kind: Measure): KindRelations {
  return kind === "quantity" ? QUANTITY : RATE;
}

interface Candidate {
  cell: CellRead;
  cumulative: Figure;
  years: Figure[];
  kind: Measure;
  holding: Relation[];
  percent: boolean;
  unit: string;
}

export const cumulativeMismatch: Rule = {
  code: "cumulative-mismatch",
  severity: "warning",
  title: { vi: "Lũy kế không khớp các năm", en: "Cumulative differs from the years" },
  messages: {
    vi: "Lũy kế ở ô {{cell}} là {{stated, num}}{{unit}}, nhưng $t(issues.relation.{{relation}}) {{expected, num}}{{unit}}.",
    en: "The cumulative figure in cell {{cell}} is {{stated, num}}{{unit}}, but $t(issues.relation.{{relation}}) {{expected, num}}{{unit}}.",
  },
  check: ({ layout, body, convention }) => {
    const years = coveredYears(layout);
    if (!years) return [];
    const index = new Map(layout.resultColumns.map((r, i) => [r.col, i]));
    const cumulativeAt = index.get(layout.cumulative!.col)!;
    const yearsAt = years.map((y) => index.get(y.col)!);
    const candidates: Candidate[] = [];
    for (const r of body.rows) {
      const { results } = r.cells;
      const cell = results[cumulativeAt];
      if (!cell || cell.number === null) continue;
      const count = isCountUnit(r.indicator.unit);
      const cumulative = figureOf(cell, r.percentRow, count, convention);
      if (!cumulative) continue;
      const figures: Figure[] = [];
      for (const at of yearsAt) {
        const f = figureOf(results[at], r.percentRow, count, convention);
        if (!f) break;
        figures.push(f);
      }
      if (figures.length !== yearsAt.length) continue;
      const holding = RELATIONS.filter((rel) => holds(rel, cumulative, figures));
      candidates.push({
        cell,
        cumulative,
        years: figures,
        kind: r.indicator.measure,
        holding,
        percent: r.percentRow,
        unit: r.indicator.unit.trim(),
      });
    }
    const learned = learnRelations(candidates, relationsOf);
    const span = years.length > 1 ? `${years[0]!.year}–${years[years.length - 1]!.year}` : String(years[0]!.year);
    const out: Finding[] = [];
    for (const c of candidates) {
      const relations = learned.get(c.kind);
      if (!relations || c.holding.some((r) => relations.includes(r))) continue;
      const relation = closestRelation(relations, c.cumulative, c.years);
      const scale = c.percent ? 100 : 1;
      out.push({
        row: c.cell.row,
        col: c.cell.col,
        params: {
          stated: c.cumulative.value * scale,
          expected: relationFigure(relation, c.years).value * scale,
          unit: c.percent ? "%" : c.unit ? ` ${c.unit}` : "",
          relation,
          years: span,
          last: years[years.length - 1]!.year,
        },
      });
    }
    return out;
  },
};
