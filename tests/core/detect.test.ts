import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { issueMessage } from "../../src/core/issues";
import { t } from "../../src/core/i18n";
import { sheet, VI_HEADER } from "../helpers/table";
import { columnLetter } from "../../src/core/address";

const letters = (cols: Record<string, number | undefined>) =>
  Object.fromEntries(Object.entries(cols).map(([k, v]) => [k, columnLetter(v!)]));

describe("finding the table", () => {
  it("skips title rows and '(Kèm theo …)' lines above a one-level header", () => {
    const a = analyzeSheet(
      sheet({
        above: [
          ["UBND HUYỆN ĐÔNG ANH"],
          ["BIỂU KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2024"],
          ["(Kèm theo Báo cáo số 12/BC-UBND)"],
          [],
        ],
        header: [VI_HEADER],
        rows: [["1", "Số người có việc làm mới", "người", 5000, 5200, 1.04, "Hoàn thành"]],
      }),
    );
    expect(a.table?.headerRows).toEqual([5]);
    expect(a.indicators).toHaveLength(1);
    expect(a.indicators[0]).toMatchObject({ row: 6, plan: 5000, actual: 5200, status: "achieved" });
  });

  it("reads headers typed without diacritics and with abbreviations", () => {
    const a = analyzeSheet(
      sheet({
        header: [["STT", "Ten chi tieu", "DVT", "KH nam 2024", "TH nam 2024", "% TH/KH", "Danh gia", "Don vi chu tri"]],
        rows: [["1", "Ty le ho ngheo", "%", "Duoi 1%", 0.8, null, "Hoan thanh", "Phong LDTBXH"]],
      }),
    );
    expect(letters(a.table!.columns)).toEqual({
      number: "A",
      name: "B",
      unit: "C",
      plan: "D",
      actual: "E",
      statedPercent: "F",
      statedStatus: "G",
      lead: "H",
    });
    expect(a.indicators[0]).toMatchObject({ direction: "lower", status: "achieved", lead: "Phong LDTBXH" });
  });

  it("reads English headers", () => {
    const a = analyzeSheet(
      sheet({
        header: [["No.", "Indicator", "Unit", "Target", "Actual", "Status", "Lead agency", "Remarks"]],
        rows: [["1", "Vocational enrolment", "persons", "675,000", 720493, "Achieved", "DOLISA", ""]],
      }),
    );
    expect(letters(a.table!.columns)).toEqual({
      number: "A",
      name: "B",
      unit: "C",
      plan: "D",
      actual: "E",
      statedStatus: "F",
      lead: "G",
      remarks: "H",
    });
    expect(a.convention).toBe("en");
    expect(a.indicators[0]!.plan).toBe(675000);
  });

  it("tells 'Chỉ tiêu' (the name) from 'Chỉ tiêu năm 2024' (the target)", () => {
    const a = analyzeSheet(
      sheet({
        header: [["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2024", "Thực hiện"]],
        rows: [["1", "Tỷ lệ tham gia BHYT", "%", "≥ 95%", 96.1]],
      }),
    );
    expect(a.table!.columns).toMatchObject({ name: 2, plan: 4, actual: 5 });
    expect(a.indicators[0]).toMatchObject({ status: "achieved" });
    expect(a.indicators[0]!.actual).toBeCloseTo(0.961, 10);
  });

  it("uses the latest period when there is no cumulative column, and says so", () => {
    const a = analyzeSheet(
      sheet({
        header: [
          ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Kết quả thực hiện", null, null],
          [null, null, null, null, "Năm 2022", "Năm 2024", "Năm 2023"],
        ],
        rows: [["1", "Số phiên giao dịch việc làm", "phiên", 600, 198, 681, 240]],
        merges: [
          { top: 1, left: 5, bottom: 1, right: 7 },
          ...[1, 2, 3, 4].map((c) => ({ top: 1, left: c, bottom: 2, right: c })),
        ],
      }),
    );
    expect(a.table?.headerRows).toEqual([1, 2]);
    expect(a.table?.actualChoice).toBe("latest");
    expect(a.table?.columns.actual).toBe(6);
    expect(a.indicators[0]!.actual).toBe(681);
    const info = a.issues.find((i) => i.code === "result-column-chosen")!;
    expect(info).toMatchObject({ severity: "info", cell: "F2" });
    expect(issueMessage(info, "vi")).toBe(
      'Bảng có 3 cột kết quả (E, F, G); dùng cột F "Kết quả thực hiện / Năm 2024" (kỳ gần nhất).',
    );
  });

  it.each([
    ["Thực hiện", "6 tháng", "9 tháng", 0.75],
    ["Thuc hien", "6 thang", "9 thang", 0.75],
    ["Kết quả thực hiện", "Quý I", "Quý II", 0.5],
    ["Thực hiện", "9 tháng đầu năm", "Ước cả năm", 1],
  ])(
    "reads '%s' over partial periods '%s | %s' as two header rows, reporting the later",
    (over, first, later, elapsed) => {
      const a = analyzeSheet(
        sheet({
          above: [["UBND HUYỆN SÓC SƠN"], ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2024"], []],
          header: [
            ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", over, null, "Đánh giá"],
            [null, null, null, null, first, later, null],
          ],
          rows: [
            ["I", "CHỈ TIÊU KINH TẾ - XÃ HỘI"],
            ["1", "Tỷ lệ hộ nghèo", "%", "Dưới 0,5%", 0.0041, 0.0032, "Hoàn thành"],
            ["2", "Số lao động được giải quyết việc làm", "người", 12000, 5400, 9050, "Chưa hoàn thành"],
            ["II", "CHỈ TIÊU KHÁC"],
            ["1", "Số hộ được hỗ trợ nhà ở", "hộ", 150, 70, 160, "Hoàn thành"],
            [null, "Đến nay 2/3 chỉ tiêu hoàn thành, 1 chỉ tiêu chưa hoàn thành."],
          ],
          merges: [
            { top: 4, left: 5, bottom: 4, right: 6 },
            ...[1, 2, 3, 4, 7].map((c) => ({ top: 4, left: c, bottom: 5, right: c })),
            { top: 6, left: 2, bottom: 6, right: 7 },
            { top: 9, left: 2, bottom: 9, right: 7 },
          ],
          formats: { E7: "0.00%", F7: "0.00%" },
        }),
      );
      expect(a.table?.headerRows).toEqual([4, 5]);
      expect(a.table?.columns.actual).toBe(6);
      expect(a.indicators.map((i) => [i.row, i.name, i.group, i.actual])).toEqual([
        [7, "Tỷ lệ hộ nghèo", "CHỈ TIÊU KINH TẾ - XÃ HỘI", 0.0032],
        [8, "Số lao động được giải quyết việc làm", "CHỈ TIÊU KINH TẾ - XÃ HỘI", 9050],
        [10, "Số hộ được hỗ trợ nhà ở", "CHỈ TIÊU KHÁC", 160],
      ]);
      expect(a.summary).toMatchObject({ indicators: 3, achieved: 2, near: 0, notAchieved: 1, noData: 0 });
      expect(a.summary.byGroup.map((g) => [g.group, g.indicators, g.achieved])).toEqual([
        ["CHỈ TIÊU KINH TẾ - XÃ HỘI", 2, 1],
        ["CHỈ TIÊU KHÁC", 1, 1],
      ]);
      expect(a.issues.filter((i) => i.severity !== "info")).toEqual([]);
      expect(a.issues.map((i) => i.code)).toContain("stated-conclusion-confirmed");
      expect(a.issues.find((i) => i.code === "result-column-chosen")).toMatchObject({ cell: "F5" });
      // The chosen column's own header says how far the figures reach, against the plan's year.
      expect(a.period).toMatchObject({ label: later, cell: "F5", elapsed });
    },
  );

  it.each([
    ["Quý III/2024", 0.75],
    ["9 tháng", 0.75],
    ["6 tháng đầu năm 2024", 0.5],
    ["Nửa đầu năm 2024", 0.5],
  ])("reads a column headed '%s' alone, beside 'Kế hoạch năm 2024', as the result column", (header, elapsed) => {
    const a = analyzeSheet(
      sheet({
        above: [["BÁO CÁO KẾT QUẢ"], []],
        header: [["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2024", header, "Tỷ lệ % so với KH", "Đánh giá"]],
        rows: [
          ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 200000, 190000],
          ["2", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", 4000, 1200],
          ["3", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "≥ 95%", 93.5],
        ],
      }),
    );
    expect(a.table?.columns.actual).toBe(5);
    expect(a.indicators.map((i) => i.band)).toEqual(["near", "not_achieved", "near"]);
    expect(a.period).toMatchObject({ label: header, cell: "E3", elapsed });
    expect(a.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("reads 'Kết quả thực hiện' over a single 'Lũy kế 2021-2023' as two header rows, the period from the second", () => {
    const a = analyzeSheet(
      sheet({
        above: [["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHƯƠNG TRÌNH 08 GIAI ĐOẠN 2021-2025"], []],
        header: [
          ["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu giai đoạn 2021-2025", "Kết quả thực hiện", "Tỷ lệ % so với KH"],
          [null, null, null, null, "Lũy kế 2021-2023", null],
        ],
        rows: [
          ["I", "CHỈ TIÊU DO NGÀNH LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI CHỦ TRÌ"],
          ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 675000, 720493],
          ["2", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", 12000, 11959],
        ],
        merges: [
          ...[1, 2, 3, 4, 6].map((c) => ({ top: 3, left: c, bottom: 4, right: c })),
          { top: 5, left: 2, bottom: 5, right: 6 },
        ],
      }),
    );
    expect(a.table?.headerRows).toEqual([3, 4]);
    expect(a.table?.cumulative).toMatchObject({ col: 5, from: 2021, to: 2023 });
    expect(a.indicators.map((i) => [i.row, i.group, i.actual])).toEqual([
      [6, "CHỈ TIÊU DO NGÀNH LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI CHỦ TRÌ", 720493],
      [7, "CHỈ TIÊU DO NGÀNH LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI CHỦ TRÌ", 11959],
    ]);
    expect(a.period).toMatchObject({ label: "Lũy kế 2021-2023", cell: "E4" });
    expect(a.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("takes a user's column mapping over detection", () => {
    const a = analyzeSheet(
      sheet({
        header: [VI_HEADER],
        rows: [["1", "Số hộ thoát nghèo", "hộ", 1000, 900, 1.1, "Chưa hoàn thành"]],
      }),
      { mapping: { actual: "F" } },
    );
    expect(a.table?.actualChoice).toBe("mapping");
    expect(a.table?.mapped).toEqual(["actual"]);
    expect(a.indicators[0]!.actual).toBe(1.1);
  });

  it("says what it looked for when there is no header", () => {
    const a = analyzeSheet(
      sheet({ header: [["Danh sách cán bộ"], ["Họ tên", "Ngày sinh"]], rows: [["Nguyễn Văn A", "1/1/1980"]] }),
    );
    expect(a.table).toBeNull();
    expect(a.issues).toHaveLength(1);
    expect(a.issues[0]).toMatchObject({ code: "no-header", severity: "error", cell: "A1" });
    expect(issueMessage(a.issues[0]!, "vi")).toContain("STT");
    expect(issueMessage(a.issues[0]!, "en")).toContain("plan/target");
  });

  it("groups indicators under section rows; a blank row does not end the table, a hidden row is counted; totals and signatures are not indicators", () => {
    const a = analyzeSheet(
      sheet({
        header: [VI_HEADER],
        rows: [
          ["I", "CHỈ TIÊU DO NGÀNH CHỦ TRÌ"],
          ["1", "Số người có việc làm", "người", 100, 120],
          [],
          ["2", "Số hộ thoát nghèo", "hộ", 50, 40],
          ["II", "CHỈ TIÊU PHỐI HỢP"],
          ["1", "Số người tham gia BHXH", "người", 10, 12],
          [null, "Tổng cộng", null, 160, 172],
          [],
          [null, "NGƯỜI LẬP BIỂU", null, null, "THỦ TRƯỞNG ĐƠN VỊ"],
          [null, "Nguyễn Văn B", null, null, "Trần Văn C"],
        ],
        hiddenRows: [5],
      }),
    );
    expect(a.indicators.map((i) => [i.row, i.group])).toEqual([
      [3, "CHỈ TIÊU DO NGÀNH CHỦ TRÌ"],
      [5, "CHỈ TIÊU DO NGÀNH CHỦ TRÌ"],
      [7, "CHỈ TIÊU PHỐI HỢP"],
    ]);
    expect(a.table?.lastRow).toBe(8);
    // The hidden row 5 is counted, and the one note says so.
    expect(a.issues.map((i) => [i.code, i.cell])).toEqual([["hidden-row", "B5"]]);
  });

  it("reports two candidate columns for one role, naming both", () => {
    const a = analyzeSheet(
      sheet({
        header: [["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm", "Kế hoạch giai đoạn", "Thực hiện"]],
        rows: [["1", "Số người có việc làm", "người", 100, 500, 120]],
      }),
    );
    const issue = a.issues.find((i) => i.code === "ambiguous-column")!;
    expect(issue.params).toMatchObject({ role: "plan", columns: "D, E", used: "D" });
    expect(issueMessage(issue, "en")).toContain("D, E");
    // The message names the role as the user knows it, never the engine's key.
    expect(issueMessage(issue, "en")).toContain('the "Plan / target" column');
    expect(issueMessage(issue, "vi")).toContain(`cột "${t("vi", "common.role.plan")}"`);
  });
});
