import { type Rule, NO_PASS } from "./rule";
import type { IndicatorRow } from "../rows";
import { asFraction, type CellRead } from "../cells";
import { findOutliers, mayHaveOutliers, type Outlier, type YearValue } from "../series/outliers";

/** A ratio or a count of deviations as a reader takes it in: two decimals under 10, one above. */
function shown(x: number): number {
  const places = Math.abs(x) < 10 ? 100 : 10;
  return Math.round(x * places) / places;
}

/** Which wording fits the outlier: up or down for a magnitude or a jump. */
function termOf(o: Outlier): string {
  if (o.kind === "magnitude") return o.ratio >= 1 ? "magnitudeUp" : "magnitudeDown";
  if (o.kind === "jump") return (o.points ?? 0) >= 0 ? "jumpUp" : "jumpDown";
  return o.kind;
}

/**
 * Whether a rate's two year figures change by more than `limit` points, as rateJumps reckons it: the only outlier
 * two years can hold, their median change being none.
 */
function mayJump(r: IndicatorRow, at: readonly number[], limit: number): boolean {
  let first: number | null = null;
  for (const k of at) {
    const cell = r.cells.results[k];
    const value = cell ? asFraction(cell, r.percentRow, r.plainScale ?? null) : null;
    if (value === null) continue;
    if (first === null) first = value;
    else return Math.abs((value - first) * 100) > limit;
  }
  return false;
}

export const seriesOutlier: Rule = {
  code: "series-outlier",
  severity: "warning",
  title: { vi: "Số liệu năm bất thường", en: "Unusual year figure" },
  messages: {
    vi: "Năm {{year}} ở ô {{cell}} là {{value, num}}{{unit}}: $t(issues.outlier.{{term}}) ($t(issues.neighbours.{{sides}})).",
    en: "The {{year}} figure in cell {{cell}} is {{value, num}}{{unit}}: $t(issues.outlier.{{term}}) ($t(issues.neighbours.{{sides}})).",
  },
  rows: ({ layout, outliers }, out) => {
    const years = layout.years;
    if (years.length < 2) return NO_PASS;
    const index = new Map(layout.resultColumns.map((r, i) => [r.col, i]));
    const at = years.map((y) => index.get(y.col)!);
    const row = (r: IndicatorRow) => {
      const scale = r.indicator.measure === "rate" ? "rate" : "quantity";
      // Most series are too short for any check (two years of counts): they are counted, not built.
      let figures = 0;
      for (const k of at) if (r.cells.results[k]?.number != null) figures++;
      if (!mayHaveOutliers(figures, scale)) return;
      // Two years of a rate, most rate rows, can only jump (see findOutliers): its one change is tested before any
      // series is built for it.
      if (figures === 2 && !mayJump(r, at, outliers.jumpPoints)) return;
      // Sized up front, as the figures are counted: an array grown by pushes takes room for many more.
      const series = new Array<YearValue>(figures);
      const cells = new Array<CellRead>(figures);
      let n = 0;
      for (let k = 0; k < at.length; k++) {
        const cell = r.cells.results[at[k]!];
        const value = cell ? asFraction(cell, r.percentRow, r.plainScale ?? null) : null;
        if (cell === undefined || value === null) continue;
        series[n] = { year: years[k]!.year, value };
        cells[n++] = cell;
      }
      const found = findOutliers(series, scale, outliers);
      if (found.length === 0) return;
      const factor = scale === "rate" ? 100 : 1;
      const unit = scale === "rate" ? "%" : r.indicator.unit.trim() ? ` ${r.indicator.unit.trim()}` : "";
      for (const o of found) {
        const before = series[o.index - 1];
        const after = series[o.index + 1];
        const cell = cells[o.index]!;
        const params: Record<string, string | number> = {
          kind: o.kind,
          term: termOf(o),
          year: series[o.index]!.year,
          value: series[o.index]!.value * factor,
          unit,
          ratio: shown(o.ratio),
          inverse: o.ratio > 0 ? shown(1 / o.ratio) : 0,
          expected: o.expected * factor,
          sides: before && after ? "both" : before ? "before" : "after",
        };
        if (o.deviations !== null) params.deviations = shown(o.deviations);
        if (o.points !== null) params.points = shown(Math.abs(o.points));
        if (before) Object.assign(params, { beforeYear: before.year, before: before.value * factor });
        if (after) Object.assign(params, { afterYear: after.year, after: after.value * factor });
        out.push({
          row: cell.row,
          col: cell.col,
          severity: o.kind === "moderate" ? "info" : "warning",
          params,
        });
      }
    };
    return { row };
  },
};
