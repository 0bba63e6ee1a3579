import { columnLetter } from "../address";
import type { Rule } from "./rule";

export const ambiguousColumn: Rule = {
  code: "ambiguous-column",
  severity: "warning",
  title: { vi: "Cột không rõ vai trò", en: "Ambiguous column" },
  messages: {
    vi: 'Có nhiều cột cùng có thể là cột "{{role}}": {{columns}}. Đang dùng cột {{used}}; nếu sai, hãy chọn lại cột.',
    en: 'Several columns could be the "{{role}}" column: {{columns}}. Using column {{used}}; if that is wrong, map the column by hand.',
  },
  check: ({ layout }) => {
    const headerRow = layout.headerRows[0]!;
    return layout.conflicts.map(({ role, cols }) => ({
      row: headerRow,
      col: cols[1]!,
      params: { role, columns: cols.map(columnLetter).join(", "), used: columnLetter(cols[0]!) },
    }));
  },
};
