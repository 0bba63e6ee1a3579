import { isZeroPlan } from "../targets";
import { type Rule, seenText } from "./rule";

export const zeroPlan: Rule = {
  code: "zero-plan",
  severity: "error",
  title: { vi: "Kế hoạch bằng 0", en: "Zero plan" },
  messages: {
    vi: 'Kế hoạch của chỉ tiêu "{{name}}" (ô {{cell}}) bằng {{plan}}: không thể tính tỷ lệ thực hiện so với kế hoạch.',
    en: 'The plan of "{{name}}" (cell {{cell}}) is {{plan}}: attainment against plan cannot be computed.',
  },
  values: seenText("plan"),
  rows: (_ctx, out) => ({
    only: "incomplete",
    row: (r) => {
      const { target, plan } = r.indicator;
      if (target !== null && plan !== null && plan <= 0 && isZeroPlan(target))
        out.push({
          row: r.indicator.row,
          col: r.cells.plan!.col,
          params: { name: r.indicator.name, plan: r.cells.plan!.text || String(r.indicator.plan) },
        });
    },
  }),
};
