import { columnLetter } from "../address";
import type { Rule } from "./rule";

export const ambiguousColumn: Rule = {
  code: "ambiguous-column",
  severity: "warning",
  title: { vi: "Cột không rõ vai trò", en: "Ambiguous column" },
  // `role` stays the engine's key (the JSON report keeps it); the message shows the role's name.
  messages: {
    vi: 'Có nhiều cột cùng có thể là cột "$t(common.role.{{role}})": {{columns}}. Đang dùng cột {{used}}; nếu sai, hãy chọn lại cột.',
    en: 'Several columns could be the "$t(common.role.{{role}})" column: {{columns}}. Using column {{used}}; if that is wrong, map the column by hand.',
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
