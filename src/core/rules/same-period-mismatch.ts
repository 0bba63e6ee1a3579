import { type Rule, NO_PASS } from "./rule";
import { asFraction, readCell, shownDecimals, type CellRead } from "../cells";
import { type IndicatorRow, statedPercentOf } from "../rows";
import type { Convention, TableLayout } from "../types";
import { displayTolerance } from "./stated-percent-mismatch";

/**
 * The column a same-period comparison is made against: the chosen result, or, when that is a cumulative, the
 * latest single period beside it ("9 tháng 2024" against "Cùng kỳ 2023", not "Lũy kế 2021-2024").
 */
function currentColumn(layout: Pick<TableLayout, "columns" | "actualChoice" | "resultColumns">): number | undefined {
  const actual = layout.columns.actual;
  if (layout.actualChoice !== "cumulative") return actual;
  let latest: TableLayout["resultColumns"][number] | undefined;
  for (const r of layout.resultColumns)
    if (!r.cumulative && (latest === undefined || (r.year ?? -1) >= (latest.year ?? -1))) latest = r;
  return latest?.col ?? actual;
}

/**
 * Whether a stated same-period figure agrees with current ÷ same period, read as the ratio (108 %) or the change
 * (+8 %, as "Tăng/giảm so cùng kỳ" columns write it), within its display rounding. A plain small figure may also be
 * a change in percent (2,5 for +2,5 %) or, for a rate, in points (1,4 for 73,5 % after 72,1 %).
 */
function agrees(
  cell: CellRead,
  said: number,
  current: number,
  previous: number,
  rate: boolean,
  convention: Convention,
) {
  const ratio = current / previous;
  const tolerance = displayTolerance(cell, said, convention);
  if (Math.abs(said - ratio) <= tolerance || Math.abs(said - (ratio - 1)) <= tolerance) return true;
  if (cell.percentMark || cell.number === null) return false;
  const half = 0.5 * 10 ** -(shownDecimals(cell, convention) ?? 1) + 1e-9;
  if (Math.abs(cell.number - (ratio - 1) * 100) <= half) return true;
  return rate && Math.abs(cell.number - (current - previous) * 100) <= half;
}

export const samePeriodMismatch: Rule = {
  code: "same-period-mismatch",
  severity: "warning",
  title: { vi: "Tỷ lệ so với cùng kỳ ghi sai", en: "Stated same-period ratio differs" },
  messages: {
    vi: "Ô {{cell}} ghi so với cùng kỳ là {{stated, pct}} nhưng {{current, num}}{{unit}} ÷ {{previous, num}}{{unit}} (cùng kỳ) = {{computed, pct}}.",
    en: "Cell {{cell}} states {{stated, pct}} against the same period, but {{current, num}}{{unit}} ÷ {{previous, num}}{{unit}} (same period) = {{computed, pct}}.",
  },
  rows: ({ view, layout, convention }, out) => {
    const same = layout.samePeriod;
    const stated = layout.samePeriodPercent;
    const currentCol = currentColumn(layout);
    if (!same || !stated || currentCol === undefined) return NO_PASS;
    const resultAt = layout.resultColumns.findIndex((r) => r.col === currentCol);
    const visit = (r: IndicatorRow) => {
      const row = r.indicator.row;
      const cell: CellRead | null = readCell(view, row, stated.col, convention);
      const said = statedPercentOf(cell);
      if (!cell || said === null) return;
      const currentCell = resultAt >= 0 ? r.cells.results[resultAt] : readCell(view, row, currentCol, convention);
      const previousCell = readCell(view, row, same.col, convention);
      const current = currentCell ? asFraction(currentCell, r.percentRow, r.plainScale ?? null) : null;
      const previous = previousCell ? asFraction(previousCell, r.percentRow, r.plainScale ?? null) : null;
      if (current === null || previous === null || !(previous > 0)) return;
      if (agrees(cell, said, current, previous, r.indicator.measure === "rate", convention)) return;
      const scale = r.percentRow ? 100 : 1;
      const unit = r.percentRow ? "%" : r.indicator.unit.trim() ? ` ${r.indicator.unit.trim()}` : "";
      out.push({
        row: cell.row,
        col: cell.col,
        params: {
          stated: said,
          computed: current / previous,
          current: current * scale,
          previous: previous * scale,
          unit,
        },
      });
    };
    return { row: visit };
  },
};
