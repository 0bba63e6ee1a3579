import type { Rule } from "./rule";
import { fold } from "../text";

/** Units that count things; a negative count is always a typing error. */
const COUNT_UNITS =
  /^(nguoi|luot|luot nguoi|ho|xa|phuong|can|phien|cho|don vi|doanh nghiep|lao dong|tre|co so|mo hinh|nha|quan|huyen|lop|truong|the|person|people|persons|households?|sessions?|units?|firms?)\b/;

export const negativeCount: Rule = {
  code: "negative-count",
  severity: "error",
  title: { vi: "Số lượng âm", en: "Negative count" },
  messages: {
    vi: 'Ô {{cell}} có giá trị âm ({{text}}) cho chỉ tiêu đếm số lượng "{{name}}" (đơn vị: {{unit}}).',
    en: 'Cell {{cell}} has a negative value ({{text}}) for the count "{{name}}" (unit: {{unit}}).',
  },
  check: ({ body }) =>
    body.rows
      .filter((r) => COUNT_UNITS.test(fold(r.indicator.unit)))
      .flatMap((r) =>
        [r.cells.plan, ...r.cells.results, r.cells.actual]
          .filter(
            (c, i, all) =>
              c !== null && all.findIndex((o) => o?.col === c.col) === i && c.number !== null && c.number < 0,
          )
          .map((c) => ({
            row: c!.row,
            col: c!.col,
            params: { text: c!.text || String(c!.number), name: r.indicator.name, unit: r.indicator.unit },
          })),
      ),
};
