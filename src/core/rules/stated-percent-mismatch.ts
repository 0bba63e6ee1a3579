import type { Rule } from "./rule";
import { shownDecimals, type CellRead } from "../cells";
import type { Convention } from "../types";

/** Half a unit of the last shown decimal, as a fraction: "106,7 %" covers 1.0665 … 1.0675. */
export function displayTolerance(cell: CellRead, stated: number, convention: Convention): number {
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
  values: (params) => ({
    seen: { kind: "percent", value: Number(params.stated) },
    expected: { kind: "percent", value: Number(params.computed) },
  }),
  rows: ({ convention }, out) => ({
    row: ({ indicator, cells }) => {
      const cell = cells.statedPercent;
      const stated = indicator.statedPercent;
      if (!cell || stated === null || indicator.attainment === null) return;
      // A yearly change target's attainment is change ÷ committed change, not the actual ÷ plan this message names.
      if (indicator.target?.perYear) return;
      // For lower-is-better rows some departments write actual ÷ plan; both readings are accepted.
      let gap = Math.abs(indicator.attainment - stated);
      if (indicator.direction === "lower" && indicator.actual !== null && indicator.plan)
        gap = Math.min(gap, Math.abs(indicator.actual / indicator.plan - stated));
      // No display shows more than four decimals of a percent, so a closer figure needs no closer look.
      if (gap <= 5e-7) return;
      if (gap <= displayTolerance(cell, stated, convention)) return;
      out.push({ row: cell.row, col: cell.col, params: { stated, computed: indicator.attainment } });
    },
  }),
};
