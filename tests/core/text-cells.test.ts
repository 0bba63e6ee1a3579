/**
 * The reader marks the rows with text in a number cell (`textCells`) so that the rules about such cells pass over
 * the others: the mark must agree with the cells those rules visit (forEachNumericCell), or a rule goes blind.
 */
import { describe, expect, it } from "vitest";
import { detectTable } from "../../src/core/detect";
import { readBody } from "../../src/core/read-body";
import type { IndicatorRow } from "../../src/core/rows";
import { forEachNumericCell } from "../../src/core/rules/value-cells";
import { type SheetSnapshot, viewOf } from "../../src/core/snapshot";
import { programme08 } from "../../src/samples/programme08";
import type { ColumnMap } from "../../src/core/types";
import { generatedSheet } from "../../bench/generate";
import { sheet, VI_HEADER } from "../helpers/table";

/** Every indicator row's mark beside what forEachNumericCell finds, as read (with the columns given, if any). */
function marks(snapshot: SheetSnapshot, columns: ColumnMap = {}): { row: number; marked: boolean; visited: boolean }[] {
  const view = viewOf(snapshot);
  const detection = detectTable(view, columns);
  if (!detection.ok) throw new Error(`no table in ${snapshot.name}`);
  const out: { row: number; marked: boolean; visited: boolean }[] = [];
  readBody(view, detection.layout, "vi", undefined, {
    row: (r: IndicatorRow) => {
      let visited = false;
      forEachNumericCell(r, (cell) => {
        if (cell.kind === "text" || cell.kind === "text-number") visited = true;
      });
      out.push({ row: r.indicator.row, marked: r.textCells, visited });
    },
    total: () => {},
  });
  return out;
}

/** Text in each kind of number cell in turn: plan, result, stated percent. */
const textEverywhere = sheet({
  header: [VI_HEADER],
  rows: [
    ["1", "Số phiên giao dịch việc làm", "phiên", 600, 681, 1.135, "Hoàn thành"],
    ["2", "Số doanh nghiệp tham gia", "doanh nghiệp", "khoảng 20 nghìn", 20226, null, null],
    ["3", "Số vị trí việc làm cần tuyển", "vị trí", 400000, "404.967", null, null],
    ["4", "Số người được tuyển dụng", "người", 48000, 48308, "đạt", null],
    ["5", "Tỷ lệ hộ nghèo", "%", "Dưới 0,5%", 0.03, null, "Hoàn thành"],
    ["6", "Hoàn thành sắp xếp đơn vị hành chính", null, "Hoàn thành", "Đã hoàn thành", null, null],
    ["7", "Tỷ lệ lao động qua đào tạo", "%", "≥ 70%", "chưa có số liệu", null, null],
  ],
});

describe("rows marked as holding text in a number cell", () => {
  it("are the rows where forEachNumericCell meets text, on tables with result columns", () => {
    for (const snapshot of [textEverywhere, programme08("Bieu 01"), generatedSheet(600)]) {
      const seen = marks(snapshot);
      expect(seen.length).toBeGreaterThan(5);
      expect(seen.filter((m) => m.marked !== m.visited)).toEqual([]);
    }
  });

  it("look at the actual itself in a table with no result columns, whose columns the user mapped", () => {
    // Headings no detection knows: the mapped actual column is the table's only figure, not a result column.
    const mapped = sheet({
      header: [["Mục", "Nội dung", "Tính theo", "Giao", "Được"]],
      rows: [
        ["1", "Số phiên giao dịch việc làm", "phiên", 600, 681],
        ["2", "Số doanh nghiệp tham gia", "doanh nghiệp", 20000, "khoảng 20 nghìn"],
        ["3", "Số vị trí việc làm cần tuyển", "vị trí", 400000, "404.967"],
        ["4", "Tỷ lệ hộ nghèo", "%", "Dưới 0,5%", 0.03],
      ],
    });
    const seen = marks(mapped, { number: 1, name: 2, unit: 3, plan: 4, actual: 5 });
    expect(seen.filter((m) => m.marked !== m.visited)).toEqual([]);
    expect(seen.filter((m) => m.marked).map((m) => m.row)).toEqual([3, 4, 5]);
  });

  it("mark the rows with text and leave the others", () => {
    const seen = marks(textEverywhere);
    expect(seen.filter((m) => m.marked).map((m) => m.row)).toEqual([3, 4, 5, 6, 7, 8]);
  });
});
