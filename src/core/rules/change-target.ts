import { type Rule, seenText } from "./rule";

/**
 * A target of a change a year ("Giảm 1-1,5%/năm") with no second year in the row to measure the change by: it is
 * not judged (no data) rather than judged against the level it would read as, and this says why at its cell.
 */
export const changeTarget: Rule = {
  code: "change-target",
  severity: "info",
  title: { vi: "Chỉ tiêu mức thay đổi mỗi năm", en: "Yearly change target" },
  messages: {
    vi: 'Chỉ tiêu "{{name}}" có mục tiêu là mức thay đổi mỗi năm ("{{text}}" ở ô {{cell}}), không phải một mức cần đạt: cần số liệu của ít nhất hai năm (hoặc năm gốc) để đánh giá, nên được xếp là chưa có số liệu.',
    en: 'Indicator "{{name}}" has a target of a change a year ("{{text}}" in cell {{cell}}), not a level to reach: it needs the figures of at least two years (or the baseline) to be judged, so it counts as no data.',
  },
  values: seenText("text"),
  rows: (_ctx, out) => ({
    // A yearly change target gives no plan.
    only: "incomplete",
    row: ({ indicator, cells }) => {
      if (indicator.target?.perYear !== true || indicator.change !== undefined) return;
      out.push({
        row: cells.plan!.row,
        col: cells.plan!.col,
        params: { name: indicator.name, text: indicator.target.text ?? "" },
      });
    },
  }),
};
