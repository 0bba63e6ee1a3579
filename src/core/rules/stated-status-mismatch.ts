import type { Status } from "../types";
import type { Rule } from "./rule";
import { readCell } from "../cells";

export const statedStatusMismatch: Rule = {
  code: "stated-status-mismatch",
  severity: "error",
  title: { vi: "Đánh giá không khớp số liệu", en: "Stated status differs" },
  messages: {
    vi: 'Ô {{cell}} ghi "{{text}}" nhưng theo số liệu, chỉ tiêu "{{name}}" là "$t(common.status.{{computed}})" (thực hiện {{actual}} so với chỉ tiêu {{target}}).',
    en: 'Cell {{cell}} says "{{text}}" but by the figures "{{name}}" is "$t(common.status.{{computed}})" (actual {{actual}} against target {{target}}).',
  },
  values: (params) => ({
    seen: { kind: "text", text: String(params.text) },
    expected: { kind: "status", status: params.computed as Status },
  }),
  rows: ({ view, layout, convention }, out) => ({
    row: (r) => {
      const { statedStatus, status } = r.indicator;
      if (statedStatus === null || status === "no_data" || statedStatus === status) return;
      // A stated status comes from a cell of the status column, which is read again only here.
      const cell = readCell(view, r.indicator.row, layout.columns.statedStatus, convention, false)!;
      out.push({
        row: cell.row,
        col: cell.col,
        params: {
          text: cell.text,
          name: r.indicator.name,
          computed: r.indicator.status,
          actual: r.cells.actual?.text || String(r.indicator.actual),
          target: r.cells.plan?.text || String(r.indicator.plan),
        },
      });
    },
  }),
};
