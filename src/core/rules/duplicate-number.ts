import { type Rule, NO_PASS, seenText } from "./rule";
import type { IndicatorRow } from "../rows";
import { fold } from "../text";

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
    const seen = new Map<string, number>();
    let section: number | null = null;
    const row = (r: IndicatorRow) => {
      const n = fold(r.indicator.number).replace(/[.)]+$/, "");
      if (!n) return;
      // Rows come in sheet order, so a section's numbers are all seen before the next one's: a small map suffices.
      if (r.sectionRow !== section) {
        seen.clear();
        section = r.sectionRow;
      }
      // Sub-items (a, b, 1.1) restart under each numbered row, and every number restarts in a new section.
      const key = `${r.parentRow ?? 0}|${n}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, r.indicator.row);
      else out.push({ row: r.indicator.row, col, params: { number: r.indicator.number, first } });
    };
    return { row };
  },
};
