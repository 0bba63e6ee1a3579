import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../../src/core/analyze";
import { issueMessage } from "../../../src/core/issues";
import { sheet, VI_HEADER } from "../../helpers/table";
import type { CellValue } from "../../../src/core/snapshot";

const ROWS: CellValue[][] = [
  ["1", "Tuyển sinh giáo dục nghề nghiệp", "lượt người", 675000, 720493],
  ["2", "Số xã có mô hình hỗ trợ người sau cai nghiện dựa vào cộng đồng", "xã", 579, 454],
  ["", "- Trong đó: xã thuộc huyện ngoại thành", "xã", null, 301],
  ["3", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", null, 11959],
  [null, "Tổng cộng", null, null, null],
];

function hidden(hiddenRows: number[], rows = ROWS) {
  const analysis = analyzeSheet(sheet({ header: [VI_HEADER], rows, hiddenRows }));
  const issues = analysis.issues.filter((i) => i.code === "hidden-row");
  return { analysis, issues, cells: issues.map((i) => i.cell) };
}

describe("hidden-row", () => {
  it("names each hidden indicator row at its name cell, which is still counted", () => {
    const r = hidden([3, 5]);
    expect(r.cells).toEqual(["B3", "B5"]);
    expect(r.issues[0]!.severity).toBe("info");
    expect(r.analysis.summary.indicators).toBe(3);
    expect(issueMessage(r.issues[0]!, "vi")).toBe(
      'Hàng 3 đang ẩn nhưng vẫn được tính: chỉ tiêu "Số xã có mô hình hỗ trợ người sau cai nghiện dựa vào cộng đồng" (ô B3) có trong số chỉ tiêu và các kết quả tổng hợp. Nếu chỉ tiêu này đã bỏ, hãy xóa hàng; nếu không, hãy bỏ ẩn để người đọc cùng thấy.',
    );
    expect(issueMessage(r.issues[1]!, "en")).toContain(
      'Row 5 is hidden but still counted: "Số người đi làm việc ở nước ngoài theo hợp đồng" (cell B5)',
    );
  });

  it("passes over hidden rows that are no indicator: the header, a breakdown, a total, rows below the table", () => {
    expect(hidden([1, 4, 6, 40]).issues).toEqual([]);
  });

  it("takes the hidden rows in any order a host lists them", () => {
    expect(hidden([5, 2]).cells).toEqual(["B2", "B5"]);
  });

  it("says nothing when no row is hidden", () => {
    expect(hidden([]).issues).toEqual([]);
  });
});
