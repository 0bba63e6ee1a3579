import type { Rule } from "./rule";
import { conclusionFindings } from "./stated-conclusion";

/** A conclusion typed beside the table ("đạt 20/27 chỉ tiêu") that its own rows do not bear out. */
export const statedConclusionMismatch: Rule = {
  code: "stated-conclusion-mismatch",
  severity: "warning",
  title: { vi: "Kết luận ghi sai so với bảng", en: "Stated conclusion differs from the table" },
  messages: {
    vi: "Kết luận ở ô {{cell}} $t(conclusions.mismatch.{{kind}})",
    en: "The conclusion in {{cell}} $t(conclusions.mismatch.{{kind}})",
  },
  check: (ctx) => conclusionFindings(ctx, "differs"),
};
