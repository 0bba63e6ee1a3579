import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { ReportSchema, sheetReport } from "../../src/core/report";
import { sheet, VI_HEADER } from "../helpers/table";

const codes = (a: ReturnType<typeof analyzeSheet>) => a.issues.map((i) => [i.code, i.cell]);

/** Job fairs 2021-2023 and the poverty rates, as the seed article reports them. */
const jobFairs = sheet({
  header: [VI_HEADER],
  rows: [
    ["I", "CHỈ TIÊU DO NGÀNH LĐTB&XH CHỦ TRÌ"],
    ["1", "Số phiên giao dịch việc làm", "phiên", 600, 681, null, "Hoàn thành"],
    [null, "- Số doanh nghiệp tham gia", "doanh nghiệp", null, "20.226"],
    [null, "- Số vị trí việc làm cần tuyển", "vị trí", null, 404967],
    [null, "- Trong đó: số người được tuyển dụng", "người", null, 48308],
    ["2", "Tỷ lệ hộ nghèo", "%", "Dưới 0,5%", 0.03, null, "Hoàn thành"],
    [null, "Chia ra: số hộ nghèo", "hộ", null, 690],
    ["3", "Tỷ lệ hộ cận nghèo", "%", "Dưới 1,5%", 0.99, null, "Hoàn thành"],
    ["-", "Khu vực nông thôn", null, null, 1.2],
  ],
});

describe("breakdown rows belong to the indicator above", () => {
  it("lists them under their indicator, not as indicators, with no missing-plan warning", () => {
    const a = analyzeSheet(jobFairs);
    expect(a.indicators.map((i) => i.name)).toEqual([
      "Số phiên giao dịch việc làm",
      "Tỷ lệ hộ nghèo",
      "Tỷ lệ hộ cận nghèo",
    ]);
    expect(a.summary).toMatchObject({ indicators: 3, achieved: 3 });
    expect(a.indicators[0]!.breakdowns).toEqual([
      { row: 4, label: "- Số doanh nghiệp tham gia", unit: "doanh nghiệp", actual: 20226, cell: "E4" },
      { row: 5, label: "- Số vị trí việc làm cần tuyển", unit: "vị trí", actual: 404967, cell: "E5" },
      { row: 6, label: "- Trong đó: số người được tuyển dụng", unit: "người", actual: 48308, cell: "E6" },
    ]);
    // A count under a rate keeps its own unit's scale; a row with no unit is read on the rate's.
    expect(a.indicators[1]!.breakdowns).toEqual([
      { row: 8, label: "Chia ra: số hộ nghèo", unit: "hộ", actual: 690, cell: "E8" },
    ]);
    expect(a.indicators[2]!.breakdowns).toEqual([
      { row: 10, label: "Khu vực nông thôn", unit: "%", actual: 0.012, cell: "E10" },
    ]);
    expect(codes(a).filter(([code]) => code === "missing-plan" || code === "missing-unit")).toEqual([]);
  });

  it("carries them into the JSON report", () => {
    const report = {
      version: 2 as const,
      files: [{ file: "x.xlsx", error: null, sheets: [sheetReport(analyzeSheet(jobFairs), "vi")] }],
    };
    const parsed = ReportSchema.parse(JSON.parse(JSON.stringify(report)));
    expect(parsed.files[0]!.sheets[0]!.indicators[1]!.breakdowns).toEqual([
      { row: 8, label: "Chia ra: số hộ nghèo", unit: "hộ", actual: 690, cell: "E8" },
    ]);
  });

  it("keeps a bulleted row with a plan of its own as an indicator", () => {
    const a = analyzeSheet(
      sheet({
        header: [VI_HEADER],
        rows: [
          ["1", "Số người được trợ giúp xã hội", "lượt người", 2800000, 2907969],
          ["-", "Người cao tuổi", "lượt người", 1500000, 1620000],
          [null, "- Trong đó: trên 80 tuổi", "lượt người", null, 410000],
        ],
      }),
    );
    expect(a.indicators.map((i) => [i.row, i.name, i.breakdowns?.length])).toEqual([
      [2, "Số người được trợ giúp xã hội", 0],
      [3, "Người cao tuổi", 1],
    ]);
  });

  it("leaves a bullet with nothing above it in its section an indicator, and says its plan is missing", () => {
    const a = analyzeSheet(
      sheet({
        header: [VI_HEADER],
        rows: [
          ["1", "Số lao động đi làm việc ở nước ngoài theo hợp đồng", "người", 10000, 11959],
          ["II", "CHỈ TIÊU PHỐI HỢP"],
          [null, "- Số người tham gia BHXH tự nguyện", "người", null, 1200],
        ],
      }),
    );
    expect(a.indicators.map((i) => i.row)).toEqual([2, 4]);
    expect(codes(a)).toContainEqual(["missing-plan", "D4"]);
  });

  it("needs a plan column before a bullet alone makes a breakdown; the words suffice without one", () => {
    const a = analyzeSheet(
      sheet({
        header: [["TT", "Chỉ tiêu", "ĐVT", "Thực hiện"]],
        rows: [
          [null, "- Số lao động được giải quyết việc làm", "người", 162000],
          [null, "- Số lao động đi làm việc ở nước ngoài", "người", 11959],
          [null, "Trong đó: lao động nữ", "người", 4100],
        ],
      }),
    );
    expect(a.indicators.map((i) => i.row)).toEqual([2, 3]);
    expect(a.indicators[1]!.breakdowns).toEqual([
      { row: 4, label: "Trong đó: lao động nữ", unit: "người", actual: 4100, cell: "D4" },
    ]);
  });
});
