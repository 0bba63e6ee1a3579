import type { Rule } from "./rule";

/** A row with figures but no indicator name is not counted; saying so keeps a silent loss from happening. */
export const unnamedRow: Rule = {
  code: "unnamed-row",
  severity: "info",
  title: { vi: "Hàng có số liệu nhưng không có tên", en: "Figures without a name" },
  messages: {
    vi: "Hàng {{row}} có số liệu nhưng không có tên chỉ tiêu (ô {{cell}} trống) nên không được tính.",
    en: "Row {{row}} has figures but no indicator name (cell {{cell}} is blank), so it is not counted.",
  },
  check: ({ body, layout }) => {
    const col = layout.columns.name;
    if (col === undefined) return [];
    return body.unnamed.map((row) => ({ row, col }));
  },
};
