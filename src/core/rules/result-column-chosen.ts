import { columnLetter } from "../address";
import type { Rule } from "./rule";

/** Several result columns (per year, cumulative): say which one the figures come from, so nobody has to guess. */
export const resultColumnChosen: Rule = {
  code: "result-column-chosen",
  severity: "info",
  title: { vi: "Cột kết quả được dùng", en: "Result column used" },
  messages: {
    vi: 'Bảng có {{count}} cột kết quả ({{columns}}); dùng cột {{used}} "{{label}}" ($t(issues.why.{{why}})).',
    en: 'The table has {{count}} result columns ({{columns}}); using column {{used}} "{{label}}" ($t(issues.why.{{why}})).',
  },
  check: ({ layout }) => {
    const actual = layout.columns.actual;
    if (layout.resultColumns.length < 2 || actual === undefined) return [];
    const chosen = layout.resultColumns.find((r) => r.col === actual);
    const headerRow = layout.headerRows[layout.headerRows.length - 1]!;
    return [
      {
        row: headerRow,
        col: actual,
        params: {
          count: layout.resultColumns.length,
          columns: layout.resultColumns.map((r) => columnLetter(r.col)).join(", "),
          used: columnLetter(actual),
          label: chosen?.label ?? "",
          why: layout.actualChoice,
        },
      },
    ];
  },
};
