import { type Rule, NO_PASS, seenText } from "./rule";
import { isQualitative } from "./value-cells";

/**
 * A target in words, at its plan cell. In a table where no indicator has a target, no-numeric-plan says it once for
 * the whole column and names its cells: a note on each row would only repeat it, so they are dropped once the rows
 * show that, as missing-plan drops its blanks.
 */
export const qualitativeTarget: Rule = {
  code: "qualitative-target",
  severity: "info",
  title: { vi: "Chỉ tiêu định tính", en: "Qualitative target" },
  messages: {
    vi: 'Chỉ tiêu "{{name}}" có mục tiêu bằng lời ("{{text}}" ở ô {{cell}}): không tính được tỷ lệ, được xếp là chưa có số liệu.',
    en: 'Indicator "{{name}}" has a target in words ("{{text}}" in cell {{cell}}): no attainment can be computed, so it counts as no data.',
  },
  values: seenText("text"),
  rows: ({ layout }, out) => {
    if (layout.columns.plan === undefined) return NO_PASS;
    let anyTarget = false;
    return {
      // Every row, not only those with text: a plan figure on any of them decides whether the notes stay.
      row: (r) => {
        if (r.indicator.target !== null) anyTarget = true;
        else if (r.textCells && isQualitative(r))
          out.push({
            row: r.cells.plan!.row,
            col: r.cells.plan!.col,
            params: { name: r.indicator.name, text: r.cells.plan!.text },
          });
      },
      end: () => {
        if (!anyTarget) out.length = 0;
      },
    };
  },
};
