import { describe, expect, it } from "vitest";
import { detectTable } from "../../src/core/detect";
import { readBody } from "../../src/core/read-body";
import { viewOf } from "../../src/core/snapshot";
import { sheet, VI_HEADER } from "../helpers/table";

function bodyOf(rows: (string | number | null)[][]) {
  const view = viewOf(sheet({ header: [VI_HEADER], rows }));
  const detection = detectTable(view);
  if (!detection.ok) throw new Error("no table");
  return readBody(view, detection.layout, "vi");
}

describe("rows named as totals and remarks, however their words are cased and accented", () => {
  it("reads totals and remarks typed in capitals or with diacritics, and names opening alike as indicators", () => {
    const body = bodyOf([
      ["1", "Tỷ lệ hộ nghèo", "%", 2, 1.5],
      ["2", "Tổ chức tập huấn", "lớp", 10, 12],
      ["3", "Công trình hoàn thành", "công trình", 5, 5],
      ["4", "Lượt khám chữa bệnh", "lượt", 900, 950],
      [null, "TỔNG CỘNG", null, 917, 967.5],
      [null, "Cộng", null, 917, 967.5],
      [null, "Tổng số:", null, 917, 967.5],
      [null, "Lưu ý: số liệu ước tính", null, null, null],
      [null, "LƯU Ý: SỐ LIỆU ƯỚC TÍNH", null, null, null],
      [null, "Ghi chú: số liệu năm 2024", null, null, null],
    ]);
    expect(body.indicators.map((i) => i.name)).toEqual([
      "Tỷ lệ hộ nghèo",
      "Tổ chức tập huấn",
      "Công trình hoàn thành",
      "Lượt khám chữa bệnh",
    ]);
    expect(body.totals.map((t) => t.row)).toEqual([6, 7, 8]);
    expect(body.remarks).toEqual([9, 10, 11]);
  });
});
