import { type Rule, seenText } from "./rule";
import { a1 } from "../address";
import type { CellRead } from "../cells";
import type { IndicatorRow } from "../rows";

/**
 * A percent row whose cells are written on two scales: "95" (whole percent) beside "97 %" (a fraction), or a
 * plain 0.97 beside a plain 95. Reading still works for the first case, but a reader of the sheet (and any
 * formula over it) is misled; the second case is read as 0,97 % and needs the user's eye.
 */
export const percentScaleMixed: Rule = {
  code: "percent-scale-mixed",
  severity: "warning",
  title: { vi: "Tỷ lệ ghi không thống nhất", en: "Mixed percent scales" },
  messages: {
    vi: 'Hàng {{row}} ("{{name}}") ghi tỷ lệ theo hai cách: ô {{cell}} là "{{text}}" trong khi ô {{other}} là "{{otherText}}". Hãy thống nhất (ví dụ đều là 95 hoặc đều là 95%).',
    en: 'Row {{row}} ("{{name}}") writes percentages two ways: cell {{cell}} is "{{text}}" while cell {{other}} is "{{otherText}}". Use one scale (e.g. 95 everywhere, or 95% everywhere).',
  },
  values: seenText("text"),
  rows: ({ percentWritings }, out) => {
    const row = (r: IndicatorRow) => {
      const { cells, styles, count } = percentWritings.of(r);
      // A mix needs two writings.
      if (count < 2) return;
      // The first cell of each writing, found in one pass over the row's cells: most rows are written one way.
      let fraction: CellRead | null = null;
      let whole: CellRead | null = null;
      let small: CellRead | null = null;
      let large: CellRead | null = null;
      for (let i = 0; i < count; i++) {
        const cell = cells[i]!;
        const style = styles[i];
        if (style === "fraction") fraction ??= cell;
        if (style !== "whole") continue;
        whole ??= cell;
        const n = cell.number ?? 0;
        if (small === null && Math.abs(n) <= 1 && cell.number !== 0) small = cell;
        if (large === null && Math.abs(n) > 1.5) large = cell;
      }
      const pair: [CellRead, CellRead] | null =
        fraction && whole ? [whole, fraction] : small && large ? [small, large] : null;
      if (!pair) return;
      const [a, b] = pair;
      out.push({
        row: a.row,
        col: a.col,
        params: {
          name: r.indicator.name,
          text: a.text || String(a.number),
          other: a1(b.row, b.col),
          otherText: b.text || String(b.number),
        },
      });
    };
    return { row, only: "percent" };
  },
};
