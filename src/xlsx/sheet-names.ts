/** Excel's limits on a worksheet name: at most 31 characters, none of : \ / ? * [ ], no apostrophe at either end. */
const MAX_LENGTH = 31;

function clean(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "");
  return cleaned || "Sheet";
}

function cut(name: string, length: number): string {
  return [...name].slice(0, length).join("").trimEnd();
}

/** Valid, distinct sheet names (Excel compares them without regard to case), in the order asked. */
export function uniqueSheetNames(wanted: string[], taken: string[] = []): string[] {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  return wanted.map((name) => {
    const base = cut(clean(name), MAX_LENGTH);
    let candidate = base;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = `${cut(base, MAX_LENGTH - suffix.length)}${suffix}`;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
