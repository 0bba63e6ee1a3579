import type { Rule } from "./rule";
import { fold } from "../text";

/** Shares and coverage rates cannot pass 100 %; growth rates and "% of plan" can, so they are left alone. */
const SHARE = /^(ty le|rate of|share of|coverage|percentage of)/;
const CAN_EXCEED = /(tang truong|toc do|growth|so voi|increase)/;

export const rateAbove100: Rule = {
  code: "rate-above-100",
  severity: "warning",
  title: { vi: "Tỷ lệ vượt 100 %", en: "Rate above 100 %" },
  messages: {
    vi: 'Tỷ lệ "{{name}}" ở ô {{cell}} là {{value, pct}}, vượt 100 %: hãy kiểm tra lại số liệu hoặc cách ghi phần trăm.',
    en: 'The rate "{{name}}" in cell {{cell}} is {{value, pct}}, above 100 %: check the figure or how the percentage is written.',
  },
  check: ({ body }) =>
    body.rows
      .filter((r) => r.percentRow && SHARE.test(fold(r.indicator.name)) && !CAN_EXCEED.test(fold(r.indicator.name)))
      .flatMap((r) =>
        r.percentStyles
          .filter((s) => s.value > 1 + 1e-9)
          .map((s) => ({
            row: s.cell.row,
            col: s.cell.col,
            params: { name: r.indicator.name, value: s.value },
          })),
      ),
};
