import type { Rule, Finding } from "./rule";
import { fold } from "../text";
import { percentWritings } from "../rows";

/** Shares and coverage rates cannot pass 100 %; growth rates and "% of plan" can, so they are left alone. */
const SHARE = /^(ty le|rate of|share of|coverage|percentage of)/;
const CAN_EXCEED = /(tang truong|toc do|growth|so voi|increase)/;
const ABOVE_ONE = 1 + 1e-9;

export const rateAbove100: Rule = {
  code: "rate-above-100",
  severity: "warning",
  title: { vi: "Tỷ lệ vượt 100 %", en: "Rate above 100 %" },
  messages: {
    vi: 'Tỷ lệ "{{name}}" ở ô {{cell}} là {{value, pct}}, vượt 100 %: hãy kiểm tra lại số liệu hoặc cách ghi phần trăm.',
    en: 'The rate "{{name}}" in cell {{cell}} is {{value, pct}}, above 100 %: check the figure or how the percentage is written.',
  },
  values: (params) => ({ seen: { kind: "percent", value: Number(params.value) } }),
  check: ({ body }) => {
    const out: Finding[] = [];
    for (const r of body.rows) {
      if (!r.percentRow) continue;
      // Names are mostly unique, so folding one is the costly step: it waits until a value is above 100 %.
      const writings = percentWritings(r);
      if (!writings.some((s) => s.value > ABOVE_ONE)) continue;
      const name = fold(r.indicator.name);
      if (!SHARE.test(name) || CAN_EXCEED.test(name)) continue;
      for (const s of writings)
        if (s.value > ABOVE_ONE)
          out.push({ row: s.cell.row, col: s.cell.col, params: { name: r.indicator.name, value: s.value } });
    }
    return out;
  },
};
