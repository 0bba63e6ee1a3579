import type { Finding, Rule } from "./rule";
import { a1 } from "../address";
import type { CellRead } from "../cells";
import { WHOLE_ABOVE } from "../percent-scale";
import type { Severity } from "../types";
import type { IndicatorRow } from "../rows";

/**
 * Why a guessed reading was chosen, and how sure it is. The target's size leaves one reading near the target and the
 * other a hundred times off, and a target of a small rate typed with its own scale puts the whole percent on its
 * order: both likely right, so a note. The default with nothing to support it, or against cells that disagree,
 * may be a hundred times off: a warning.
 */
const SEVERITY: Record<string, Severity> = { target: "info", small: "info", default: "warning", conflict: "warning" };

/**
 * A plain number in a percent row that could be a fraction or a whole percent (0,989: 98,9 % or 0,989 %) read
 * without a cell of the row saying which: by the row's target (see FRACTION_TARGET in percent-scale.ts) or by the
 * default. Either reading can be a hundred times off and decides whether the indicator is achieved, so it is said,
 * with the number as typed, the reading chosen, the one not chosen and why; formatting the cells as percents, or
 * typing the percents themselves (98,9), ends the guess. The reason is the row's, so a row of yearly figures read
 * by one guess is said once, at its first such cell, naming the others rather than repeating the reason for each.
 * The number is written the reader's way, as Excel shows it to them: the text a cell shows depends on the locale.
 * A row whose cells say how they write rates is not a guess, and a zero reads the same either way.
 */
export const percentScaleGuessed: Rule = {
  code: "percent-scale-guessed",
  severity: "info",
  title: { vi: "Tỷ lệ đọc theo suy đoán", en: "Percent read by a guess" },
  messages: {
    vi: 'Ô {{cell}} ghi {{typed, num}}, một số thường không định dạng %, ở hàng tỷ lệ "{{name}}": đã đọc là {{read, pct}}, không phải {{other, pct}}, $t(issues.percentReading.{{at}}.{{why}}).',
    en: 'Cell {{cell}} holds {{typed, num}}, a plain number not formatted as a percent, in the rate row "{{name}}": read as {{read, pct}}, not {{other, pct}}, $t(issues.percentReading.{{at}}.{{why}}).',
  },
  values: (params) => ({ seen: { kind: "number", value: Number(params.typed) } }),
  covers: (params) => (typeof params.cells === "string" ? params.cells : undefined),
  rows: ({ percentWritings }, out) => {
    // The row's guessed cells, gathered as they are visited (results before the plan, not in sheet order).
    const guessed: { cell: CellRead; read: number }[] = [];
    const row = (r: IndicatorRow) => {
      const basis = r.plainBasis;
      // Most percent rows say how they write rates, by a figure above 1,5 or a cell formatted as a percent.
      if (basis === undefined || basis === "cells") return;
      const { cells, values, count } = percentWritings.of(r);
      for (let i = 0; i < count; i++) if (mayBeEither(cells[i]!)) guessed.push({ cell: cells[i]!, read: values[i]! });
      if (guessed.length === 0) return;
      guessed.sort((a, b) => a.cell.col - b.cell.col);
      const { cell, read } = guessed[0]!;
      const why = basis === "default" && smallTarget(r) ? "small" : basis;
      const { indicator } = r;
      const params: Finding["params"] = {
        typed: cell.number!,
        name: indicator.name,
        read,
        other: read === cell.number ? read / 100 : cell.number!,
        why,
        at: guessed.length === 1 ? "cell" : "cells",
      };
      if (guessed.length > 1) params.cells = cellsOf(guessed.map((g) => g.cell));
      if (indicator.plan !== null && indicator.target?.percent) params.target = indicator.plan;
      out.push({ row: cell.row, col: cell.col, severity: SEVERITY[why], params });
      guessed.length = 0;
    };
    return { row, only: "percent" };
  },
};

/** The cells of one row, left to right: a range when side by side ("E12:H12"), else listed ("D3, F3"). */
function cellsOf(cells: CellRead[]): string {
  const first = cells[0]!;
  const last = cells[cells.length - 1]!;
  if (last.col - first.col === cells.length - 1) return `${a1(first.row, first.col)}:${a1(last.row, last.col)}`;
  return cells.map((c) => a1(c.row, c.col)).join(", ");
}

/** A plain number at most 1,5 other than 0: 0,989 is 98,9 % or 0,989 %, while 0 is nothing either way. */
function mayBeEither(cell: CellRead): boolean {
  const n = cell.number;
  return n !== null && n !== 0 && !cell.percentMark && Math.abs(n) <= WHOLE_ABOVE;
}

/**
 * A target typed as text ("Dưới 0,5%") of at most 1,5 %: the row's whole percents of at most 1,5 are of its order.
 * A plain number plan is no evidence: it is one of the numbers whose scale is guessed.
 */
function smallTarget(r: IndicatorRow): boolean {
  const { target, plan } = r.indicator;
  return target !== null && target.text !== null && plan !== null && Math.abs(plan) <= WHOLE_ABOVE / 100;
}
