/**
 * The writings of a percent row are worked out once for the rules that ask (mixed scales, guessed scales, above
 * 100 %), in one record per table: each row must get its own, in the order the rules rely on, however often asked.
 */
import { describe, expect, it } from "vitest";
import { detectTable } from "../../src/core/detect";
import { readBody } from "../../src/core/read-body";
import { asFraction, percentStyleOf, type CellRead, type PercentStyle } from "../../src/core/cells";
import { type IndicatorRow, PercentWritings } from "../../src/core/rows";
import { type SheetSnapshot, viewOf } from "../../src/core/snapshot";
import { programme08 } from "../../src/samples/programme08";
import { generatedSheet } from "../../bench/generate";
import { sheet } from "../helpers/table";

interface Writing {
  row: number;
  col: number;
  style: PercentStyle;
  value: number;
}

/** The writings as the rules read them before they were shared: other results, the actual, then a numeric plan. */
function expected(r: IndicatorRow): Writing[] {
  if (!r.percentRow) return [];
  const { cells, indicator } = r;
  const plain = r.plainScale ?? null;
  const order: (CellRead | null)[] = cells.results.filter((c) => c.col !== cells.actual?.col);
  order.push(cells.actual);
  if (cells.plan && indicator.target && indicator.target.text === null) order.push(cells.plan);
  const out: Writing[] = [];
  for (const cell of order) {
    const value = cell && asFraction(cell, true, plain);
    if (cell && value !== null)
      out.push({ row: cell.row, col: cell.col, style: percentStyleOf(cell, true, plain), value });
  }
  return out;
}

function listed(w: PercentWritings): Writing[] {
  return Array.from({ length: w.count }, (_, i) => ({
    row: w.cells[i]!.row,
    col: w.cells[i]!.col,
    style: w.styles[i]!,
    value: w.values[i]!,
  }));
}

/** Each indicator row's writings as the record gives them, asked twice, beside those worked out afresh. */
function compared(snapshot: SheetSnapshot): { asked: Writing[][]; again: Writing[][]; fresh: Writing[][] } {
  const view = viewOf(snapshot);
  const detection = detectTable(view, {});
  if (!detection.ok) throw new Error(`no table in ${snapshot.name}`);
  const writings = new PercentWritings();
  const seen = { asked: [] as Writing[][], again: [] as Writing[][], fresh: [] as Writing[][] };
  readBody(view, detection.layout, "vi", undefined, {
    row: (r) => {
      seen.asked.push(listed(writings.of(r)));
      seen.again.push(listed(writings.of(r)));
      seen.fresh.push(expected(r));
    },
    total: () => {},
  });
  return seen;
}

describe("a percent row's writings", () => {
  it("are each row's own, in the rules' order, the same however often asked", () => {
    for (const snapshot of [programme08("Bieu 01"), generatedSheet(300)]) {
      const { asked, again, fresh } = compared(snapshot);
      expect(asked.some((w) => w.length > 1)).toBe(true);
      expect(asked).toEqual(fresh);
      expect(again).toEqual(fresh);
    }
  });

  it("are none for a row that is no percent row, after one that had some", () => {
    const { asked } = compared(
      sheet({
        header: [["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Năm 2021", "Năm 2022"]],
        rows: [
          ["1", "Tỷ lệ hộ nghèo", "%", 0.05, 0.04, "3%"],
          ["2", "Số người được tuyển dụng", "người", 48000, 40000, 48308],
        ],
      }),
    );
    expect(asked.map((w) => w.length)).toEqual([3, 0]);
  });
});
