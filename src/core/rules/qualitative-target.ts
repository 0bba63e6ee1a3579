import { type Rule, seenText } from "./rule";
import { isQualitative } from "./value-cells";

export const qualitativeTarget: Rule = {
  code: "qualitative-target",
  severity: "info",
  title: { vi: "Chỉ tiêu định tính", en: "Qualitative target" },
  messages: {
    vi: 'Chỉ tiêu "{{name}}" có mục tiêu bằng lời ("{{text}}" ở ô {{cell}}): không tính được tỷ lệ, được xếp là chưa có số liệu.',
    en: 'Indicator "{{name}}" has a target in words ("{{text}}" in cell {{cell}}): no attainment can be computed, so it counts as no data.',
  },
  values: seenText("text"),
  rows: (_ctx, out) => ({
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
  }),
};
