import type { CellValue, SheetSnapshot } from "../../src/core/snapshot";
import { programme08, PROGRAMME08_GROUPS, PROGRAMME08_ROWS } from "../../src/samples/programme08";

/** Programme 08 as a department keeps it without section rows: one list of 27, grouped only by "Cơ quan chủ trì". */
export function withoutSections(sheet: SheetSnapshot): SheetSnapshot {
  const titles = new Set<CellValue>(PROGRAMME08_GROUPS.map((g) => g.title));
  const removed = sheet.values.flatMap((values, i) => (titles.has(values[1] ?? null) ? [i + 1] : []));
  const kept = (_: unknown, i: number) => !removed.includes(i + 1);
  const shift = (row: number) => row - removed.filter((r) => r < row).length;
  return {
    ...sheet,
    values: sheet.values.filter(kept),
    formats: sheet.formats?.filter(kept),
    merges: (sheet.merges ?? [])
      .filter((m) => !removed.includes(m.top))
      .map((m) => ({ ...m, top: shift(m.top), bottom: shift(m.bottom) })),
  };
}

/**
 * Programme 08 by section with the first section's title moved below its first `count` indicators, which then sit
 * outside any section, as when a department adds rows above its first heading.
 */
export function outsideSections(count: number): SheetSnapshot {
  const sheet = programme08();
  const values = sheet.values.map((v) => [...v]);
  const [title] = values.splice(PROGRAMME08_ROWS.sectionI - 1, 1);
  values.splice(PROGRAMME08_ROWS.sectionI - 1 + count, 0, title!);
  return { ...sheet, values, formats: undefined, merges: [] };
}
