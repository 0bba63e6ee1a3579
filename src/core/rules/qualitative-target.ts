import { type Rule, NO_PASS, seenText } from "./rule";
import { isQualitative } from "./value-cells";
import { noNumericPlan } from "./no-numeric-plan";

/**
 * A target in words, at its plan cell. In a table where no indicator has a target, no-numeric-plan says it once for
 * the whole column and names its cells: a note on each row would only repeat it, as missing-plan's blanks would.
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
  yieldsTo: noNumericPlan,
  rows: ({ layout }, out) => {
    if (layout.columns.plan === undefined) return NO_PASS;
    return {
      // A qualitative target is text in the plan cell.
      only: "text",
      row: (r) => {
        if (isQualitative(r))
          out.push({
            row: r.cells.plan!.row,
            col: r.cells.plan!.col,
            params: { name: r.indicator.name, text: r.cells.plan!.text },
          });
      },
    };
  },
};
