import type { SheetSnapshot } from "../core/snapshot";
import { fold } from "../core/text";

/** How the agency lines at the top of a report begin (folded: no diacritics, lower case). */
const AGENCY_START =
  /^(uy ban nhan dan|ubnd|so |phong |cong an |huyen |quan |thi xa |thanh pho |xa |phuong |thi tran |ban |trung tam |chi cuc |bhxh |benh vien |truong )/;
/** An agency line is short; a table's title ("BIỂU TỔNG HỢP KẾT QUẢ …") is not one. */
const MAX_AGENCY_LENGTH = 80;

/**
 * The reporting agency named in the title rows above the table ("UBND HUYỆN SÓC SƠN", "SỞ LAO ĐỘNG - THƯƠNG BINH
 * VÀ XÃ HỘI"): the lowest agency line, as the block reads from the parent body down to the unit itself. Null
 * when the title rows name none.
 */
export function agencyOf(snapshot: SheetSnapshot, headerRow: number): string | null {
  let found: string | null = null;
  for (let r = 0; r < headerRow - snapshot.origin.row && r < snapshot.values.length; r++) {
    for (const value of snapshot.values[r] ?? []) {
      if (typeof value !== "string") continue;
      const text = value.replace(/\s+/g, " ").trim();
      if (text.length > 0 && text.length <= MAX_AGENCY_LENGTH && AGENCY_START.test(fold(text))) found = text;
      if (text.length > 0) break;
    }
  }
  return found;
}
