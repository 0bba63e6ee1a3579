import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { sheet, VI_HEADER } from "../helpers/table";

const noAlarms = (a: ReturnType<typeof analyzeSheet>) => a.issues.filter((i) => i.severity !== "info");

describe("layouts seen in real submissions give no false alarm", () => {
  it("an indicator named 'Tổng số …' is an indicator; 'Tổng cộng' is the total", () => {
    const a = analyzeSheet(
      sheet({
        header: [VI_HEADER],
        rows: [
          ["1", "Tổng số lao động được giải quyết việc làm", "người", 1000, 1100],
          ["2", "Cộng đồng dân cư có mô hình tự quản", "xã", 100, 120],
          [null, "Tổng cộng:", null, 1100, 1220],
        ],
      }),
    );
    expect(a.indicators.map((i) => i.row)).toEqual([2, 3]);
    expect(noAlarms(a)).toEqual([]);
  });

  it("reads a 'So sánh (%)' group of ratio columns as stated percentages, the one against plan first", () => {
    const a = analyzeSheet(
      sheet({
        header: [
          ["STT", "Nội dung", "ĐVT", "TH 2023", "KH 2024", "Ước TH 2024", "So sánh (%)", null],
          [null, null, null, null, null, null, "UTH 2024/TH 2023", "UTH 2024/KH 2024"],
        ],
        rows: [["1", "Số người có việc làm mới", "người", 900, 1000, 1050, 116.67, 105]],
        merges: [
          { top: 1, left: 7, bottom: 1, right: 8 },
          ...[1, 2, 3, 4, 5, 6].map((c) => ({ top: 1, left: c, bottom: 2, right: c })),
        ],
      }),
    );
    expect(a.table!.columns).toMatchObject({ plan: 5, actual: 6, statedPercent: 8 });
    expect(a.indicators[0]).toMatchObject({ plan: 1000, actual: 1050, status: "achieved" });
    expect(noAlarms(a)).toEqual([]);
  });

  it("does not take a merged section row under a one-level header for a second header row", () => {
    const a = analyzeSheet(
      sheet({
        header: [["TT", "Chỉ tiêu", null, "ĐVT", "Kế hoạch", "Thực hiện"]],
        rows: [
          ["I", "CHỈ TIÊU DO NGÀNH CHỦ TRÌ"],
          ["1", "Số người", "có việc làm", "người", 100, 120],
        ],
        merges: [
          { top: 1, left: 2, bottom: 1, right: 3 },
          { top: 2, left: 2, bottom: 2, right: 6 },
        ],
      }),
    );
    expect(a.table?.headerRows).toEqual([1]);
    expect(a.indicators).toHaveLength(1);
    expect(a.indicators[0]!.group).toBe("CHỈ TIÊU DO NGÀNH CHỦ TRÌ");
  });

  it("scales a target written without % in a percent row: '>= 95' and 'Dưới 0,5' under '%'", () => {
    const a = analyzeSheet(
      sheet({
        header: [VI_HEADER],
        rows: [
          ["1", "Tỷ lệ bao phủ BHYT", "%", ">= 95", 96, null, "Hoàn thành"],
          ["2", "Tỷ lệ hộ nghèo", "%", "Dưới 0,5", 0.4, null, "Hoàn thành"],
        ],
      }),
    );
    expect(a.indicators.map((i) => i.status)).toEqual(["achieved", "achieved"]);
    expect(a.indicators[0]!.attainment).toBeCloseTo(96 / 95, 6);
    expect(noAlarms(a)).toEqual([]);
  });

  it("restarts a), b) under each numbered row and counts a parent with figures once in the total", () => {
    const a = analyzeSheet(
      sheet({
        header: [VI_HEADER],
        rows: [
          ["1", "Số người được hỗ trợ việc làm", "người", 1000, 1200],
          ["a)", "Trong nước", "người", 700, 800],
          ["b)", "Ngoài nước", "người", 300, 400],
          ["2", "Số người học nghề", "người", 500, 500],
          ["a)", "Trình độ sơ cấp", "người", 300, 300],
          ["b)", "Trình độ trung cấp", "người", 200, 200],
          [null, "Tổng cộng", null, 1500, 1700],
        ],
      }),
    );
    expect(a.indicators).toHaveLength(6);
    expect(noAlarms(a)).toEqual([]);
  });

  it("reads a capital letter alone in the TT column as a section; a), b) with figures stay sub-items", () => {
    const a = analyzeSheet(
      sheet({
        header: [VI_HEADER],
        rows: [
          ["A.", "NHÓM CHỈ TIÊU XÃ HỘI"],
          ["1", "Số lao động được giải quyết việc làm", "người", 1000, 1100],
          ["a)", "Lao động nữ", "người", 400, 450],
          ["b)", "Lao động nam", "người", 600, 650],
          ["2", "Số người tham gia BHXH tự nguyện", "người", 500, 520],
          [null, "Tổng cộng", null, 1500, 1600],
          ["B", "NHÓM CHỈ TIÊU KHÁC"],
          ["1", "Tỷ lệ hộ nghèo", "%", "Dưới 0,5%", 0.003],
        ],
        merges: [{ top: 8, left: 2, bottom: 8, right: 7 }],
        formats: { E9: "0.0%" },
      }),
    );
    expect(a.indicators.map((i) => [i.row, i.number, i.group])).toEqual([
      [3, "1", "NHÓM CHỈ TIÊU XÃ HỘI"],
      [4, "a)", "NHÓM CHỈ TIÊU XÃ HỘI"],
      [5, "b)", "NHÓM CHỈ TIÊU XÃ HỘI"],
      [6, "2", "NHÓM CHỈ TIÊU XÃ HỘI"],
      [9, "1", "NHÓM CHỈ TIÊU KHÁC"],
    ]);
    expect(a.summary).toMatchObject({ indicators: 5, achieved: 5, noData: 0 });
    expect(a.summary.byGroup.map((g) => [g.group, g.indicators])).toEqual([
      ["NHÓM CHỈ TIÊU XÃ HỘI", 4],
      ["NHÓM CHỈ TIÊU KHÁC", 1],
    ]);
    // The one alarm is the total, checked now that no empty heading row stands among the rows it adds up.
    expect(noAlarms(a).map((i) => [i.code, i.cell, i.params?.stated, i.params?.sum])).toEqual([
      ["total-mismatch", "E7", 1600, 1620],
    ]);
  });

  it("treats '-' as nothing to report and a target in words as qualitative, not as errors", () => {
    const a = analyzeSheet(
      sheet({
        header: [VI_HEADER],
        rows: [
          ["1", "Số phiên giao dịch", "phiên", 600, "-"],
          ["2", "Sắp xếp đơn vị hành chính", "đơn vị", "Hoàn thành trong năm", "Đã hoàn thành"],
        ],
      }),
    );
    expect(a.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(a.issues.map((i) => [i.code, i.cell])).toEqual([
      ["missing-actual", "E2"],
      ["qualitative-target", "D3"],
    ]);
    expect(a.indicators.map((i) => i.status)).toEqual(["no_data", "no_data"]);
  });

  it("reads 'Not yet achieved' as not achieved", () => {
    const a = analyzeSheet(
      sheet({
        header: [["No.", "Indicator", "Unit", "Target", "Actual", "Status"]],
        rows: [["1", "Households above poverty line", "households", 1000, 900, "Not yet achieved"]],
      }),
    );
    expect(a.indicators[0]).toMatchObject({ status: "not_achieved", statedStatus: "not_achieved" });
    expect(noAlarms(a)).toEqual([]);
  });

  it("ends the first table where a second table's header begins", () => {
    const a = analyzeSheet(
      sheet({
        header: [VI_HEADER],
        rows: [
          ["1", "Số người có việc làm", "người", 100, 120],
          [],
          ["BIỂU 2: CHỈ TIÊU PHỐI HỢP"],
          VI_HEADER,
          ["1", "Số người tham gia BHXH", "người", 10, 12],
        ],
      }),
    );
    expect(a.indicators.map((i) => i.row)).toEqual([2]);
    expect(noAlarms(a)).toEqual([]);
  });

  it("reads a name merged over two rows, skips 'Trong đó:' and reports figures without a name", () => {
    const a = analyzeSheet(
      sheet({
        header: [VI_HEADER],
        rows: [
          ["1", "Số người được trợ giúp xã hội", "người", 1000, 1100],
          [null, null, "lượt", 1500, 1600],
          ["2", "Trong đó:"],
          ["2.1", "Người cao tuổi", "người", 400, 420],
          [null, null, null, 5, 6],
        ],
        merges: [{ top: 2, left: 2, bottom: 3, right: 2 }],
      }),
    );
    expect(a.indicators.map((i) => [i.row, i.name, i.unit])).toEqual([
      [2, "Số người được trợ giúp xã hội", "người"],
      [3, "Số người được trợ giúp xã hội", "lượt"],
      [5, "Người cao tuổi", "người"],
    ]);
    expect(a.issues.map((i) => [i.code, i.cell, i.severity])).toEqual([["unnamed-row", "B6", "info"]]);
  });
});
