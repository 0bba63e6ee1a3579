import type { Rule } from "./rule";
import type { CellRead } from "../cells";
import type { IndicatorRow, TotalRow } from "../rows";
import { trimmed } from "../text";

/** Rounding in the source figures; a real slip in a total is far larger. */
const TOLERANCE = 0.5;

export const totalMismatch: Rule = {
  code: "total-mismatch",
  severity: "warning",
  title: { vi: "Dòng tổng không khớp", en: "Total differs" },
  messages: {
    vi: "Dòng tổng ở ô {{cell}} ghi {{stated, num}} nhưng tổng các chỉ tiêu phía trên là {{sum, num}}.",
    en: "The total in cell {{cell}} says {{stated, num}} but the indicators above add up to {{sum, num}}.",
  },
  values: (params) => ({
    seen: { kind: "number", value: Number(params.stated) },
    expected: { kind: "number", value: Number(params.sum) },
  }),
  rows: (_ctx, out) => {
    // A total covers every indicator since the previous total, across sections: they are summed as they come.
    /**
     * The latest top-level indicator since the previous total: a sub-item's parent is the numbered row above it,
     * so it is this row when the parent is an indicator with its own figures.
     */
    let top: number | null = null;
    /** The unit of the rows summed, and whether they have more than one: a sum of different units means nothing. */
    let unit: string | null = null;
    let mixed = false;
    let percent = false;
    let scoped = 0;
    let plan = 0;
    let actual = 0;
    const row = (r: IndicatorRow) => {
      if (r.parentRow === null) top = r.indicator.row;
      // A sub-item whose parent carries its own figures is already in the parent's: count it once.
      else if (r.parentRow === top) return;
      const own = trimmed(r.indicator.unit);
      if (unit === null) unit = own;
      else if (own !== unit) mixed = true;
      percent ||= r.percentRow;
      scoped++;
      plan += r.cells.plan?.number ?? 0;
      actual += r.cells.actual?.number ?? 0;
    };
    const check = (cell: CellRead | null, sum: number) => {
      if (!cell || cell.number === null) return;
      if (Math.abs(sum - cell.number) > TOLERANCE)
        out.push({
          row: cell.row,
          col: cell.col,
          params: { stated: cell.number, sum },
        });
    };
    const total = (t: TotalRow) => {
      if (scoped > 0 && !mixed && !percent) {
        check(t.plan, plan);
        check(t.actual, actual);
      }
      top = null;
      unit = null;
      mixed = false;
      percent = false;
      scoped = plan = actual = 0;
    };
    return { row, total };
  },
};
