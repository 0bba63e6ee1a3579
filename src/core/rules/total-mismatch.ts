import type { Rule, Finding } from "./rule";
import type { CellRead } from "../cells";
import type { BodyRow } from "../rows";

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
  check: ({ body }) => {
    const out: Finding[] = [];
    let from = 0;
    // Rows and totals are in sheet order, so each total's rows follow the previous total's: one walk finds them all.
    let next = 0;
    for (const total of body.totals) {
      // A total covers every indicator since the previous total, across sections.
      while (next < body.rows.length && body.rows[next]!.indicator.row <= from) next++;
      const since: BodyRow[] = [];
      for (; next < body.rows.length && body.rows[next]!.indicator.row < total.row; next++)
        since.push(body.rows[next]!);
      // A sub-item whose parent carries its own figures is already in the parent's: count it once.
      const withFigures = new Set(since.map((r) => r.indicator.row));
      const scoped = since.filter((r) => r.parentRow === null || !withFigures.has(r.parentRow));
      const units = new Set(scoped.map((r) => r.indicator.unit.trim()));
      from = total.row;
      if (scoped.length === 0 || units.size !== 1 || scoped.some((r) => r.percentRow)) continue;
      const check = (cell: CellRead | null, pick: (r: BodyRow) => number | null) => {
        if (!cell || cell.number === null) return;
        const sum = scoped.reduce((acc, r) => acc + (pick(r) ?? 0), 0);
        if (Math.abs(sum - cell.number) > TOLERANCE)
          out.push({
            row: cell.row,
            col: cell.col,
            params: { stated: cell.number, sum },
          });
      };
      check(total.plan, (r) => r.plan);
      check(total.actual, (r) => r.actual);
    }
    return out;
  },
};
