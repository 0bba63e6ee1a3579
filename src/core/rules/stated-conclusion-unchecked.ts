import type { Rule } from "./rule";
import { conclusionFindings } from "./stated-conclusion";

/**
 * A conclusion about a group that could not be tied to one of the table's groups ("do Sở chủ trì", "Sở NV" where both
 * Sở Nội vụ and Sở Ngoại vụ lead): said, so that the user knows it was read but not checked, and why.
 */
export const statedConclusionUnchecked: Rule = {
  code: "stated-conclusion-unchecked",
  severity: "info",
  title: { vi: "Kết luận chưa đối chiếu được", en: "Stated conclusion not checked" },
  messages: {
    vi: 'Kết luận ở ô {{cell}} ("{{quote}}") chưa đối chiếu được với bảng: $t(conclusions.unchecked.{{reason}})',
    en: 'The conclusion in {{cell}} ("{{quote}}") could not be checked against the table: $t(conclusions.unchecked.{{reason}})',
  },
  check: (ctx) => conclusionFindings(ctx, "unchecked"),
};
