/**
 * Programme 08 grown to any number of rows, for sync-count tests and benchmarks: the title and header rows, then
 * the three groups (section rows merged across, 27 indicators) repeated with running row numbers until the sheet
 * has `rows` rows. With `faults`, every repetition carries the faults of `programme08WithFaults`.
 */
import type { CellArea, CellValue, SheetSnapshot } from "../../core/snapshot";
import { programme08, programme08WithFaults } from "../../samples/programme08";

const HEADER_ROWS = 7;
const BODY_LAST_ROW = 37;

export function largeProgrammeSheet(rows: number, options: { name?: string; faults?: boolean } = {}): SheetSnapshot {
  const name = options.name ?? "Bieu 01";
  const base = options.faults ? programme08WithFaults(name) : programme08(name);
  const formats = base.formats ?? [];
  const values: CellValue[][] = base.values.slice(0, HEADER_ROWS).map((line) => [...line]);
  const outFormats: string[][] = formats.slice(0, HEADER_ROWS).map((line) => [...line]);
  const merges: CellArea[] = (base.merges ?? []).filter((m) => m.bottom <= HEADER_ROWS);
  const body = base.values.slice(HEADER_ROWS, BODY_LAST_ROW);
  const bodyFormats = formats.slice(HEADER_ROWS, BODY_LAST_ROW);
  const sectionMerges = (base.merges ?? []).filter((m) => m.top > HEADER_ROWS && m.top <= BODY_LAST_ROW);
  let round = 0;
  while (values.length < rows) {
    const offset = values.length - HEADER_ROWS;
    body.forEach((line, i) => {
      if (values.length >= rows) return;
      const copy = [...line];
      if (round > 0 && typeof copy[1] === "string" && copy[0] !== null && !/^[IVX]+$/.test(String(copy[0]))) {
        copy[1] = `${copy[1]} (${round + 1})`;
      }
      values.push(copy);
      outFormats.push([...(bodyFormats[i] ?? [])]);
    });
    for (const m of sectionMerges) {
      const top = m.top + offset;
      if (top <= rows) merges.push({ ...m, top, bottom: m.bottom + offset });
    }
    round++;
  }
  return { name, origin: { row: 1, col: 1 }, values, formats: outFormats, merges };
}
