import { twoReadings, wholeConvention } from "../numbers";
import { isCountUnit } from "../units";
import type { Severity } from "../types";
import { type Rule, seenText } from "./rule";
import { forEachNumericCell, type NumericCellVisitor } from "./value-cells";

/** A reading on the headings' language alone may be a thousand times off: worth a look, unlike the others. */
const SEVERITY: Record<string, Severity> = { count: "info", headers: "warning", default: "info" };

/**
 * A text figure that reads two ways ("720.493": 720 493 or 720,493), said at its cell whenever its reading did not
 * come from the sheet's own figures or the user: read whole because its unit counts whole things, against the
 * sheet's convention; or read by a guess (the headings' language, else the Vietnamese default).
 */
export const ambiguousNumber: Rule = {
  code: "ambiguous-number",
  severity: "info",
  title: { vi: "Số đọc được hai cách", en: "Number that reads two ways" },
  messages: {
    vi: 'Ô {{cell}} ghi "{{text}}", đọc được hai cách: đã đọc là {{read, num}}, không phải {{other, num}}, $t(issues.reading.{{why}}).',
    en: 'Cell {{cell}} holds "{{text}}", which reads two ways: read as {{read, num}}, not {{other, num}}, $t(issues.reading.{{why}}).',
  },
  values: seenText("text"),
  rows: ({ convention, conventionBasis }, out) => {
    const guessed = conventionBasis === "headers" || conventionBasis === "default";
    const visit: NumericCellVisitor = (cell, _role, r) => {
      if (cell.kind !== "text-number") return;
      const readings = twoReadings(cell.text);
      if (!readings) return;
      const whole = isCountUnit(r.indicator.unit) ? wholeConvention(cell.text) : null;
      // A count read whole the sheet's way needs no word: the figures and the unit agree.
      if (whole === convention || (whole === null && !guessed)) return;
      const used = whole ?? convention;
      const why = whole !== null ? "count" : conventionBasis;
      out.push({
        row: cell.row,
        col: cell.col,
        severity: SEVERITY[why],
        params: {
          text: cell.text,
          read: readings[used],
          other: readings[used === "vi" ? "en" : "vi"],
          why,
          unit: r.indicator.unit,
        },
      });
    };
    return { row: (row) => forEachNumericCell(row, visit), only: "text" };
  },
};
