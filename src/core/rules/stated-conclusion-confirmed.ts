import type { Rule } from "./rule";
import { conclusionFindings } from "./stated-conclusion";

/** A conclusion the rows bear out: said, so the user knows it was checked and not merely skipped. */
export const statedConclusionConfirmed: Rule = {
  code: "stated-conclusion-confirmed",
  severity: "info",
  title: { vi: "Kết luận khớp với bảng", en: "Stated conclusion confirmed" },
  messages: {
    vi: "Kết luận ở ô {{cell}} $t(conclusions.confirmed.{{kind}})",
    en: "The conclusion in {{cell}} $t(conclusions.confirmed.{{kind}})",
  },
  check: (ctx) => conclusionFindings(ctx, "agrees"),
};
