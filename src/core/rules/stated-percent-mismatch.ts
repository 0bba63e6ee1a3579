import type { Rule } from "./rule";
import { shownDecimals, type CellRead } from "../cells";
import type { Convention } from "../types";

/** Half a unit of the last shown decimal, as a fraction: "106,7 %" covers 1.0665 … 1.0675. */
function displayTolerance(cell: CellRead, stated: number, convention: Convention): number {
  const decimals = shownDecimals(cell, convention) ?? 1;
  const inPercent = cell.percentMark || Math.abs(cell.number ?? stated) > 3;
  const unit = 0.5 * 10 ** -decimals;
  return (inPercent ? unit / 100 : unit) + 1e-9;
}

export const statedPercentMismatch: Rule = {
  code: "stated-percent-mismatch",
  severity: "warning",
  title: { vi: "Tỷ lệ % ghi sai", en: "Stated percent differs" },
  messages: {
    vi: "Tỷ lệ ghi ở ô {{cell}} là {{stated, pct}} nhưng thực hiện ÷ kế hoạch = {{computed, pct}}.",
    en: "Cell {{cell}} states {{stated, pct}} but actual ÷ plan = {{computed, pct}}.",
  },
  check: ({ body, convention }) =>
    body.rows.flatMap((r) => {
      const { indicator, cells } = r;
      const cell = cells.statedPercent;
      if (!cell || indicator.statedPercent === null || indicator.attainment === null) return [];
      // For lower-is-better rows some departments write actual ÷ plan; both readings are accepted.
      const readings = [indicator.attainment];
      if (indicator.direction === "lower" && indicator.actual !== null && indicator.plan)
        readings.push(indicator.actual / indicator.plan);
      const gap = Math.min(...readings.map((a) => Math.abs(a - indicator.statedPercent!)));
      // No display shows more than four decimals of a percent, so a closer figure needs no closer look.
      if (gap <= 5e-7) return [];
      if (gap <= displayTolerance(cell, indicator.statedPercent, convention)) return [];
      return [
        {
          row: cell.row,
          col: cell.col,
          params: { stated: indicator.statedPercent, computed: indicator.attainment },
        },
      ];
    }),
};
