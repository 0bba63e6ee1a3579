/** Which unit (district, department) a table belongs to, from its title rows or, failing that, its file's name. */
import { HEADER_SCAN_ROWS } from "../detect";
import type { CellValue, SheetSnapshot } from "../snapshot";
import { fold, oneLine } from "../text";

/** How the agency lines at the top of a report begin (folded: no diacritics, lower case). */
const AGENCY_START =
  /^(uy ban nhan dan|ubnd|so |phong |cong an |huyen |quan |thi xa |thanh pho |xa |phuong |thi tran |ban |trung tam |chi cuc |bhxh |benh vien |truong )/;
/** Agency lines naming a territory's government rather than one of its bodies. */
const TERRITORY_START = /^(uy ban nhan dan|ubnd|huyen |quan |thi xa |thanh pho |xa |phuong |thi tran )/;
/** A district's office ("PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"), named alike in every district. */
const OFFICE_START = /^phong /;
/** An agency line is short; a table's title ("BIỂU TỔNG HỢP KẾT QUẢ …") is not one. */
const MAX_AGENCY_LENGTH = 80;
/** "UBND huyện Sóc Sơn", "Ủy ban nhân dân huyện Sóc Sơn": the committee's words before the place. */
const COMMITTEE = /^(?:uy ban nhan dan|ubnd)\s+/;
/** A table of the whole (the city's own figures, a "Tổng hợp" sheet): its figures are totals, not a unit's. */
const WHOLE = /^(tong hop|tong cong|toan thanh pho|toan tp|toan tinh|toan quoc|ca nuoc|toan nganh|total|all units)\b/;

/**
 * The reporting agency named in the title rows above the table ("UBND HUYỆN SÓC SƠN", "SỞ LAO ĐỘNG - THƯƠNG BINH
 * VÀ XÃ HỘI"): the lowest agency line, as the block reads from the parent body down to the unit itself. A district
 * office under its district ("UBND HUYỆN SÓC SƠN" over "PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI") reports for the
 * district, and every district's office bears the same name, so the territory above it names the unit; a
 * province's "SỞ" is one of its kind and names it itself. Null when the title rows name none.
 */
export function agencyOf(snapshot: SheetSnapshot, headerRow: number): string | null {
  let found: string | null = null;
  let territory: string | null = null;
  for (let r = 0; r < headerRow - snapshot.origin.row && r < snapshot.values.length; r++) {
    for (const value of snapshot.values[r] ?? []) {
      if (typeof value !== "string") continue;
      const text = oneLine(value);
      if (text.length > 0 && text.length <= MAX_AGENCY_LENGTH) {
        const folded = fold(text);
        if (AGENCY_START.test(folded)) found = text;
        if (TERRITORY_START.test(folded)) territory = text;
      }
      if (text.length > 0) break;
    }
  }
  return found && territory && OFFICE_START.test(fold(found)) ? territory : found;
}

/** A table's row (its header, its figures) fills this many cells at least; a title row fills one or two. */
const TABLE_ROW_CELLS = 3;

function filledCells(row: readonly CellValue[]): number {
  let count = 0;
  for (const value of row) if (value !== null && !(typeof value === "string" && value.trim() === "")) count++;
  return count;
}

/**
 * The agency named by the title rows of a sheet whose table could not be read, so that a unit left out is named
 * as its own report names it ("UBND HUYỆN MÊ LINH") rather than by its file: the title rows end at the first row
 * filled like a table's, within the rows a table's header is looked for in.
 */
export function titleAgencyOf(snapshot: SheetSnapshot): string | null {
  const rows = Math.min(snapshot.values.length, HEADER_SCAN_ROWS);
  let end = 0;
  while (end < rows && filledCells(snapshot.values[end] ?? []) < TABLE_ROW_CELLS) end++;
  return agencyOf(snapshot, snapshot.origin.row + end);
}

/** The unit's name as a consolidation shows it: the agency without "UBND" ("HUYỆN SÓC SƠN"), else the label. */
export function unitName(agency: string | null, label: string): string {
  if (agency) {
    const folded = fold(agency);
    const committee = COMMITTEE.exec(folded);
    if (committee) {
      // Folding keeps one character per letter of the NFC text, so the prefix's length carries over.
      const rest = oneLine(agency.normalize("NFC")).slice(committee[0].length).trim();
      if (rest) return rest;
    }
    return oneLine(agency);
  }
  return label.trim();
}

/** Two units are the same when their names agree but for case, diacritics, spacing and "UBND". */
export function unitKey(name: string): string {
  return fold(name)
    .replace(COMMITTEE, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** True for a name that speaks for the whole rather than one unit ("Tổng hợp", "Toàn thành phố"). */
export function isWholeName(name: string): boolean {
  return WHOLE.test(fold(name).replace(/[_\-.]+/g, " "));
}
