import type { Comparator, Status } from "../types";
import type { Rule } from "./rule";
import { readCell } from "../cells";
import { planOf } from "../rows";

/** A worded target's comparator as a sign, which reads the same in both languages; "=" needs none. */
const SIGNS: Record<Comparator, string> = { ">=": "≥ ", ">": "> ", "<=": "≤ ", "<": "< ", "=": "" };

export const statedStatusMismatch: Rule = {
  code: "stated-status-mismatch",
  severity: "error",
  title: { vi: "Đánh giá không khớp số liệu", en: "Stated status differs" },
  messages: {
    vi: 'Ô {{cell}} ghi "{{text}}" nhưng theo số liệu, chỉ tiêu "{{name}}" là "$t(common.status.{{computed}})" (thực hiện {{actual, num}}{{unit}} so với chỉ tiêu {{comparator}}{{target, num}}{{unit}}).',
    en: 'Cell {{cell}} says "{{text}}" but by the figures "{{name}}" is "$t(common.status.{{computed}})" (actual {{actual, num}}{{unit}} against target {{comparator}}{{target, num}}{{unit}}).',
  },
  values: (params) => ({
    seen: { kind: "text", text: String(params.text) },
    expected: { kind: "status", status: params.computed as Status },
  }),
  rows: ({ view, layout, convention }, out) => ({
    row: (r) => {
      const { indicator, cells, percentRow } = r;
      const { statedStatus, status, actual, target } = indicator;
      if (statedStatus === null || status === "no_data" || statedStatus === status) return;
      // For the type checker: a status judged from the figures has both of them.
      const plan = planOf(target);
      if (actual === null || plan === null) return;
      // A stated status comes from a cell of the status column, which is read again only here.
      const cell = readCell(view, indicator.row, layout.columns.statedStatus, convention, false)!;
      // Figures in the reader's format: a percent row's fractions as percents, like the other rules' messages.
      const scale = percentRow ? 100 : 1;
      const unit = indicator.unit.trim();
      out.push({
        row: cell.row,
        col: cell.col,
        params: {
          text: cell.text,
          name: indicator.name,
          computed: status,
          actual: actual * scale,
          target: plan * scale,
          unit: percentRow ? "%" : unit ? ` ${unit}` : "",
          // A worded target ("Dưới 0,5%", "Trên 90%") keeps its comparator; a plain figure is at least itself.
          comparator: cells.plan?.kind === "text" ? SIGNS[target!.comparator] : "",
        },
      });
    },
  }),
};
