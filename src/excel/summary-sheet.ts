/**
 * Which sheet a summary goes to. Every sheet ChiTieu writes (the summary, the consolidation's, the findings list)
 * carries a hidden sheet-level name (SUMMARY_MARK), so a sheet the user made and happened to call "Tổng hợp" is
 * never replaced: the summary then goes to "Tổng hợp (2)", and the next summary replaces that one. A summary is
 * first written to a hidden working sheet ("~ChiTieu 1"), also marked, and swapped in only when complete.
 */
export const SUMMARY_MARK = "ChiTieu_Summary";
const WORKING = "~ChiTieu ";

export function isWorkingSheetName(name: string): boolean {
  return name.startsWith(WORKING) && /^\d+$/.test(name.slice(WORKING.length));
}

export function workingSheetName(taken: string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  let n = 1;
  while (lower.has(`${WORKING}${n}`.toLowerCase())) n++;
  return `${WORKING}${n}`;
}

export interface ExistingSheet {
  name: string;
  marked: boolean;
}

/** The name to write to and, when it is an earlier ChiTieu summary, that sheet's name to replace. */
export function summaryTarget(base: string, sheets: ExistingSheet[]): { name: string; replaces: string | null } {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    const existing = sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!existing) return { name, replaces: null };
    if (existing.marked) return { name: existing.name, replaces: existing.name };
  }
}
