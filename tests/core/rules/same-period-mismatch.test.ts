import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../../src/core/analyze";
import { issueMessage } from "../../../src/core/issues";
import type { CellValue } from "../../../src/core/snapshot";
import { sheet } from "../../helpers/table";
import { programme08, programme08WithFaults } from "../../../src/samples/programme08";

/** A nine-month report: plan for the year, nine months' result, the same nine months last year, two ratios. */
function nineMonths(rows: CellValue[][], formats: Record<string, string> = {}) {
  return sheet({
    header: [
      ["TT", "Chỉ tiêu", "ĐVT", "KH năm 2024", "TH 9 tháng 2024", "Cùng kỳ năm 2023", "So sánh (%)", null],
      [null, null, null, null, null, null, "So với KH", "So với cùng kỳ"],
    ],
    rows,
    formats,
    merges: [
      { top: 1, left: 7, bottom: 1, right: 8 },
      ...[1, 2, 3, 4, 5, 6].map((c) => ({ top: 1, left: c, bottom: 2, right: c })),
    ],
  });
}

function rows(): CellValue[][] {
  return [
    ["1", "Số doanh nghiệp thành lập mới", "doanh nghiệp", 1200, 950, 880, 79.2, 108],
    ["2", "Số lao động được giải quyết việc làm", "người", 160000, 128450, 121300, 80.3, 105.9],
    ["3", "Tỷ lệ lao động qua đào tạo", "%", "≥ 75%", 73.5, 72.1, 98, 101.9],
  ];
}

function mismatches(table: CellValue[][], formats: Record<string, string> = {}) {
  const analysis = analyzeSheet(nineMonths(table, formats));
  return { analysis, issues: analysis.issues.filter((i) => i.code === "same-period-mismatch") };
}

describe("same-period-mismatch", () => {
  it("accepts stated ratios within display rounding, and a clean table raises no warning", () => {
    const { analysis, issues } = mismatches(rows());
    expect(issues).toEqual([]);
    expect(analysis.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("flags a stated ratio that is not current ÷ same period, with both figures", () => {
    const table = rows();
    table[1]![7] = 115.9;
    const { issues } = mismatches(table);
    expect(issues.map((i) => i.cell)).toEqual(["H4"]);
    expect(issues[0]!.severity).toBe("warning");
    expect(issueMessage(issues[0]!, "vi")).toBe(
      "Ô H4 ghi so với cùng kỳ là 115,90\u00a0% nhưng 128.450 người ÷ 121.300 người (cùng kỳ) = 105,89\u00a0%.",
    );
    expect(issueMessage(issues[0]!, "en")).toBe(
      "Cell H4 states 115.90% against the same period, but 128,450 người ÷ 121,300 người (same period) = 105.89%.",
    );
  });

  it("reads a change (+8 %, 8 % formatted), a ratio formatted as percent and a rate's change in points", () => {
    const table = rows();
    table[0]![7] = 8;
    table[1]![7] = 1.059;
    table[2]![7] = 1.4;
    expect(mismatches(table, { H4: "0.0%" }).issues).toEqual([]);
    table[2]![7] = 2.4;
    expect(mismatches(table, { H4: "0.0%" }).issues.map((i) => i.cell)).toEqual(["H5"]);
  });

  it("compares with the latest single period when the chosen result is a cumulative", () => {
    const analysis = analyzeSheet(
      sheet({
        header: [
          [
            "TT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch",
            "Năm 2023",
            "Năm 2024",
            "Lũy kế",
            "Cùng kỳ năm 2023",
            "So với cùng kỳ (%)",
          ],
        ],
        rows: [
          ["1", "Số phiên giao dịch việc làm", "phiên", 600, 240, 243, 483, 240, 101.3],
          ["2", "Số người được tuyển dụng qua phiên", "người", 45000, 16992, 18420, 35412, 16992, 201.3],
        ],
      }),
    );
    expect(analysis.issues.filter((i) => i.code === "same-period-mismatch").map((i) => i.cell)).toEqual(["I3"]);
  });

  it("raises nothing on the Programme 08 sample, which has no same-period column", () => {
    for (const snapshot of [programme08(), programme08WithFaults()])
      expect(analyzeSheet(snapshot).issues.filter((i) => i.code === "same-period-mismatch")).toEqual([]);
  });
});
