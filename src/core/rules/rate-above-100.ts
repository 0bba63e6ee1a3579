import type { Rule } from "./rule";
import { fold } from "../text";
import type { IndicatorRow } from "../rows";

/** Shares and coverage rates cannot pass 100 %; growth rates and "% of plan" can, so they are left alone. */
const SHARE = /^(ty le|rate of|share of|coverage|percentage of)/;
const CAN_EXCEED = /(tang truong|toc do|growth|so voi|increase)/;
const ABOVE_ONE = 1 + 1e-9;

export const rateAbove100: Rule = {
  code: "rate-above-100",
  severity: "warning",
  title: { vi: "Tỷ lệ vượt 100\u00a0%", en: "Rate above 100%" },
  messages: {
    vi: 'Tỷ lệ "{{name}}" ở ô {{cell}} là {{value, pct}}, vượt 100\u00a0%: hãy kiểm tra lại số liệu hoặc cách ghi phần trăm.',
    en: 'The rate "{{name}}" in cell {{cell}} is {{value, pct}}, above 100%: check the figure or how the percentage is written.',
  },
  values: (params) => ({ seen: { kind: "percent", value: Number(params.value) } }),
  rows: ({ percentWritings }, out) => {
    const row = (r: IndicatorRow) => {
      const { cells, values, count } = percentWritings.of(r);
      let above = false;
      for (let i = 0; i < count && !above; i++) above = values[i]! > ABOVE_ONE;
      // Names are mostly unique, so folding one is the costly step: it waits until a value is above 100 %.
      if (!above) return;
      const name = fold(r.indicator.name);
      if (!SHARE.test(name) || CAN_EXCEED.test(name)) return;
      for (let i = 0; i < count; i++) {
        const cell = cells[i]!;
        const value = values[i]!;
        if (value > ABOVE_ONE) out.push({ row: cell.row, col: cell.col, params: { name: r.indicator.name, value } });
      }
    };
    return { row, only: "percent" };
  },
};
