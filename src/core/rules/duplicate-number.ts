import { type Rule, NO_PASS, seenText } from "./rule";
import type { IndicatorRow } from "../rows";

/** A folded row number as compared: without its closing "." or ")". */
function numberKey(folded: string): string {
  let end = folded.length;
  while (end > 0 && (folded[end - 1] === "." || folded[end - 1] === ")")) end--;
  return folded.slice(0, end);
}

/**
 * The value of a plain row number ("1" to "999", no leading zero), which is kept by its value rather than in a map;
 * 0 for any other. Read digit by digit: it runs for every row of a table.
 */
function plainNumber(key: string): number {
  if (key.length === 0 || key.length > 3) return 0;
  let value = 0;
  for (let i = 0; i < key.length; i++) {
    const digit = key.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9 || (i === 0 && digit === 0)) return 0;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The first row of each number under one numbered row. Most numbers are plain (1, 2, … 50): they are kept in an
 * array by value, emptied and reused from section to section, where a map per section would grow anew each time.
 */
class Numbers {
  /** The first row of each plain number, 0 for none (sheet rows start at 1). */
  private readonly whole: number[] = [];
  /** Past the highest plain number of the section: what the next one empties. */
  private end = 0;
  private readonly other = new Map<string, number>();

  /** Forgets every number, for the next section; the record itself. */
  clear(): this {
    this.whole.fill(0, 0, this.end);
    this.end = 0;
    if (this.other.size > 0) this.other.clear();
    return this;
  }

  /** The first row numbered `key`: `row` itself when none was before it, which it then becomes. */
  first(key: string, row: number): number {
    const at = plainNumber(key);
    if (at !== 0) {
      while (this.whole.length <= at) this.whole.push(0);
      const known = this.whole[at]!;
      if (known !== 0) return known;
      this.whole[at] = row;
      if (at >= this.end) this.end = at + 1;
      return row;
    }
    const known = this.other.get(key);
    if (known !== undefined) return known;
    this.other.set(key, row);
    return row;
  }
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
    const seen = new Map<number, Numbers>();
    let section: number | null = null;
    const row = (r: IndicatorRow) => {
      const n = numberKey(r.foldedNumber);
      if (!n) return;
      // Rows come in sheet order, so a section's numbers are all seen before the next one's: a small map suffices.
      // The top level's numbers are kept in the same record from section to section, as every section has them.
      if (r.sectionRow !== section) {
        const top = seen.get(0);
        seen.clear();
        if (top) seen.set(0, top.clear());
        section = r.sectionRow;
      }
      // Sub-items (a, b, 1.1) restart under each numbered row, and every number restarts in a new section.
      const parent = r.parentRow ?? 0;
      let numbers = seen.get(parent);
      if (!numbers) seen.set(parent, (numbers = new Numbers()));
      const first = numbers.first(n, r.indicator.row);
      if (first !== r.indicator.row)
        out.push({ row: r.indicator.row, col, params: { number: r.indicator.number, first } });
    };
    return { row };
  },
};
