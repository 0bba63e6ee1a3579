import { type Rule, type Finding, seenText } from "./rule";
import { a1 } from "../address";
import { percentWritings } from "../rows";

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
  check: ({ body }) => {
    const out: Finding[] = [];
    for (const r of body.rows) {
      if (!r.percentRow) continue;
      const styles = percentWritings(r);
      // A mix needs two writings.
      if (styles.length < 2) continue;
      const fraction = styles.find((s) => s.style === "fraction");
      const whole = styles.filter((s) => s.style === "whole");
      const small = whole.find((s) => Math.abs(s.cell.number ?? 0) <= 1 && s.cell.number !== 0);
      const large = whole.find((s) => Math.abs(s.cell.number ?? 0) > 1.5);
      const pair = fraction && whole[0] ? [whole[0], fraction] : small && large ? [small, large] : null;
      if (!pair) continue;
      const [a, b] = pair as [(typeof styles)[number], (typeof styles)[number]];
      out.push({
        row: a.cell.row,
        col: a.cell.col,
        params: {
          name: r.indicator.name,
          text: a.cell.text || String(a.cell.number),
          other: a1(b.cell.row, b.cell.col),
          otherText: b.cell.text || String(b.cell.number),
        },
      });
    }
    return out;
  },
};
