import { type Rule, seenText } from "./rule";

export const unreadableTarget: Rule = {
  code: "unreadable-target",
  severity: "error",
  title: { vi: "Không đọc được chỉ tiêu", en: "Unreadable target" },
  messages: {
    vi: 'Không đọc được kế hoạch/chỉ tiêu "{{text}}" ở ô {{cell}}. Hãy ghi một số (675.000) hoặc một chỉ tiêu có số (≥ 95%, Dưới 0,5%, Không quá 3%).',
    en: 'Cannot read the plan/target "{{text}}" in cell {{cell}}. Write a number (675,000) or a target with a number (≥ 95%, below 0.5%, at most 3%).',
  },
  values: seenText("text"),
  rows: (_ctx, out) => ({
    // A plan cell without a target gives no plan.
    only: "incomplete",
    row: (r) => {
      const plan = r.cells.plan;
      if (!plan || (plan.kind !== "text" && plan.kind !== "boolean") || r.indicator.target) return;
      // A target in words ("Hoàn thành việc …") is qualitative, not unreadable: see qualitative-target.
      if (/\d/.test(plan.text)) out.push({ row: plan.row, col: plan.col, params: { text: plan.text } });
    },
  }),
};
