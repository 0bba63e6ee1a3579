import { type Rule, NO_PASS, seenText } from "./rule";
import type { IndicatorRow } from "../rows";

/** A folded row number as compared: without its closing "." or ")". */
function numberKey(folded: string): string {
  let end = folded.length;
  while (end > 0 && (folded[end - 1] === "." || folded[end - 1] === ")")) end--;
  return folded.slice(0, end);
}

export const duplicateNumber: Rule = {
  code: "duplicate-number",
  severity: "warning",
  title: { vi: "Số thứ tự trùng", en: "Duplicate row number" },
  messages: {
    vi: 'Số thứ tự "{{number}}" ở ô {{cell}} trùng với hàng {{first}} trong cùng nhóm.',
    en: 'Row number "{{number}}" in cell {{cell}} repeats row {{first}} in the same section.',
  },
  values: seenText("number"),
  rows: ({ layout }, out) => {
    const col = layout.columns.number;
    if (col === undefined) return NO_PASS;
    /** The first row of each number, under each numbered row (0 for the section's top level). */
    const seen = new Map<number, Map<string, number>>();
    let section: number | null = null;
    const row = (r: IndicatorRow) => {
      const n = numberKey(r.foldedNumber);
      if (!n) return;
      // Rows come in sheet order, so a section's numbers are all seen before the next one's: a small map suffices.
      if (r.sectionRow !== section) {
        seen.clear();
        section = r.sectionRow;
      }
      // Sub-items (a, b, 1.1) restart under each numbered row, and every number restarts in a new section.
      const parent = r.parentRow ?? 0;
      let numbers = seen.get(parent);
      if (!numbers) seen.set(parent, (numbers = new Map()));
      const first = numbers.get(n);
      if (first === undefined) numbers.set(n, r.indicator.row);
      else out.push({ row: r.indicator.row, col, params: { number: r.indicator.number, first } });
    };
    return { row };
  },
};
