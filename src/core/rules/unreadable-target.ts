import type { Rule } from "./rule";

export const unreadableTarget: Rule = {
  code: "unreadable-target",
  severity: "error",
  title: { vi: "Không đọc được chỉ tiêu", en: "Unreadable target" },
  messages: {
    vi: 'Không đọc được kế hoạch/chỉ tiêu "{{text}}" ở ô {{cell}}. Hãy ghi một số (675.000) hoặc một chỉ tiêu có số (≥ 95%, Dưới 0,5%, Không quá 3%).',
    en: 'Cannot read the plan/target "{{text}}" in cell {{cell}}. Write a number (675,000) or a target with a number (≥ 95%, below 0.5%, at most 3%).',
  },
  check: ({ body }) =>
    body.rows
      .filter(
        (r) => r.cells.plan && (r.cells.plan.kind === "text" || r.cells.plan.kind === "boolean") && !r.indicator.target,
      )
      // A target in words ("Hoàn thành việc …") is qualitative, not unreadable: see qualitative-target.
      .filter((r) => /\d/.test(r.cells.plan!.text))
      .map((r) => ({ row: r.cells.plan!.row, col: r.cells.plan!.col, params: { text: r.cells.plan!.text } })),
};
