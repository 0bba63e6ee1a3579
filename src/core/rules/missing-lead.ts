import { type Rule, seenText } from "./rule";

/**
 * In a table counted by lead agency, an indicator with no agency (a blank, "-", a number) is counted for none: the
 * meeting's "11 of the 12 we lead" leaves it out, so the cell is named for whoever keeps the table to fill in.
 */
export const missingLead: Rule = {
  code: "missing-lead",
  severity: "warning",
  title: { vi: "Thiếu cơ quan chủ trì", en: "Missing lead agency" },
  messages: {
    vi: 'Chỉ tiêu "{{name}}" chưa ghi tên cơ quan chủ trì (ô {{cell}}), nên không được tính cho cơ quan nào.',
    en: 'Indicator "{{name}}" names no lead agency (cell {{cell}}), so it is counted for none.',
  },
  // A number or a date there is shown as seen: it is what the cell holds instead of a name.
  values: seenText("text"),
  check: ({ view, layout, body, groupedBy }) => {
    const col = layout.columns.lead;
    if (groupedBy !== "lead" || col === undefined) return [];
    return body.indicators
      .filter((indicator) => indicator.group === null)
      .map((indicator) => ({
        row: indicator.row,
        col,
        params: { name: indicator.name, text: view.text(indicator.row, col).trim() },
      }));
  },
};
