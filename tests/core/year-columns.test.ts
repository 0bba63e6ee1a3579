import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { issueMessage } from "../../src/core/issues";
import { meetingParagraph } from "../../src/core/narrative/write";
import type { CellValue } from "../../src/core/snapshot";
import { sheet } from "../helpers/table";
import { multiYear } from "../helpers/years";

/** Programme 08 figures for 2021-2023 with the cumulative; the communes' model is the one short of plan (78,4 %). */
const PROGRAMME08_YEARS: CellValue[][] = [
  ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 675000, 221560, 242108, 256825, 720493, 1.067],
  ["2", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", 10000, 2918, 4310, 4731, 11959, 1.196],
  ["3", "Số xã có mô hình phục hồi chức năng dựa vào cộng đồng", "xã", 500, 301, 347, 392, 392, 0.784],
];

/** "Kết quả thực hiện" merged over one column per year and no cumulative: the latest year is the result. */
function yearsOnly(years: CellValue[]) {
  return sheet({
    header: [
      ["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu giai đoạn 2021-2025", "Kết quả thực hiện", null, null],
      [null, null, null, null, ...years],
    ],
    rows: PROGRAMME08_YEARS.map((r) => r.slice(0, 7)),
    merges: [
      { top: 1, left: 5, bottom: 1, right: 7 },
      ...[1, 2, 3, 4].map((c) => ({ top: 1, left: c, bottom: 2, right: c })),
    ],
  });
}

describe("year, cumulative and same-period columns", () => {
  it("reads bare years as results and keeps same-period columns out of the result and percent roles", () => {
    const a = analyzeSheet(
      sheet({
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch",
            "Năm 2022",
            "Năm 2023",
            "Lũy kế",
            "Thực hiện cùng kỳ năm 2022",
            "So với cùng kỳ (%)",
          ],
        ],
        rows: [["1", "Số người có việc làm mới", "người", 2000, 900, 1050, 1950, 900, 116.7]],
      }),
    );
    const table = a.table!;
    expect(table.years.map((y) => [y.col, y.year])).toEqual([
      [5, 2022],
      [6, 2023],
    ]);
    expect(table.cumulative).toMatchObject({ col: 7, from: null, to: null });
    expect(table.columns.actual).toBe(7);
    expect(table.columns.statedPercent).toBeUndefined();
    expect(table.samePeriod).toMatchObject({ col: 8 });
    expect(table.samePeriodPercent).toMatchObject({ col: 9 });
    expect(table.resultColumns.map((r) => r.col)).toEqual([5, 6, 7]);
  });

  it("reads a 'So sánh (%)' group over 'KH' and 'Cùng kỳ': the first is the attainment, the second the same period", () => {
    const a = analyzeSheet(
      sheet({
        header: [
          ["TT", "Chỉ tiêu", "ĐVT", "KH năm 2024", "TH 9 tháng 2024", "Cùng kỳ năm 2023", "So sánh (%)", null],
          [null, null, null, null, null, null, "So với KH", "So với cùng kỳ"],
        ],
        rows: [["1", "Số doanh nghiệp thành lập mới", "doanh nghiệp", 1200, 950, 880, 79.2, 108]],
        merges: [
          { top: 1, left: 7, bottom: 1, right: 8 },
          ...[1, 2, 3, 4, 5, 6].map((c) => ({ top: 1, left: c, bottom: 2, right: c })),
        ],
      }),
    );
    const table = a.table!;
    expect(table.headerRows).toEqual([1, 2]);
    expect(table.columns).toMatchObject({ plan: 4, actual: 5, statedPercent: 7 });
    expect(table.samePeriod).toMatchObject({ col: 6 });
    expect(table.samePeriodPercent).toMatchObject({ col: 8 });
    // A part of a year is not a year's figure.
    expect(table.years).toEqual([]);
    expect(a.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("reads years typed as numbers under 'Kết quả thực hiện' as the same years typed as text", () => {
    const asText = analyzeSheet(multiYear(["2021", "2022", "2023"], "Lũy kế 2021-2023", PROGRAMME08_YEARS));
    const asNumbers = analyzeSheet(multiYear([2021, 2022, 2023], "Lũy kế 2021-2023", PROGRAMME08_YEARS));
    const table = asNumbers.table!;
    expect(table.headerRows).toEqual([1, 2]);
    expect(table.years.map((y) => [y.col, y.year, y.label])).toEqual([
      [5, 2021, "Kết quả thực hiện / 2021"],
      [6, 2022, "Kết quả thực hiện / 2022"],
      [7, 2023, "Kết quả thực hiện / 2023"],
    ]);
    expect(table.cumulative).toMatchObject({ col: 8, from: 2021, to: 2023 });
    expect(table.columns).toMatchObject({ plan: 4, actual: 8, statedPercent: 9 });
    expect(asNumbers.period).toMatchObject({ label: "Lũy kế 2021-2023", elapsed: 0.6, plan: { from: 2021, to: 2025 } });
    expect(asNumbers.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(meetingParagraph(asNumbers, "vi")).toBe(meetingParagraph(asText, "vi"));
    expect(meetingParagraph(asNumbers, "vi")).toMatch(/^Lũy kế giai đoạn 2021–2023, 2\/3 chỉ tiêu hoàn thành/);
  });

  it("checks the cumulative against years typed as numbers", () => {
    // Enough flows that add up for the check to learn the table's years are summed.
    const rows = [
      ...PROGRAMME08_YEARS,
      ["4", "Số phiên giao dịch việc làm", "phiên", 600, 198, 240, 243, 681, 1.135],
      ["5", "Số lượt doanh nghiệp tham gia phiên giao dịch", "lượt", 18000, 6250, 7104, 6872, 20226, 1.124],
    ].map((r) => [...r]);
    rows[0]![7] = 702493;
    rows[0]![8] = 1.041;
    const cumulative = analyzeSheet(multiYear([2021, 2022, 2023], "Lũy kế 2021-2023", rows)).issues.filter(
      (i) => i.code === "cumulative-mismatch",
    );
    expect(cumulative.map((i) => i.cell)).toEqual(["H3"]);
    expect(issueMessage(cumulative[0]!, "vi")).toBe(
      "Lũy kế ở ô H3 là 702.493 người, nhưng tổng các năm 2021–2023 là 720.493 người.",
    );
  });

  it("opens the paragraph with the latest year typed as a number, as with the year typed as text", () => {
    const asText = analyzeSheet(yearsOnly(["2021", "2022", "2023"]));
    const asNumbers = analyzeSheet(yearsOnly([2021, 2022, 2023]));
    expect(asNumbers.table?.columns.actual).toBe(7);
    expect(asNumbers.resultYear).toEqual({ year: 2023, plan: { from: 2021, to: 2025 }, cell: "G2" });
    expect(meetingParagraph(asNumbers, "vi")).toBe(meetingParagraph(asText, "vi"));
    expect(meetingParagraph(asNumbers, "vi")).toMatch(/^Năm 2023, so với kế hoạch giai đoạn 2021–2025,/);
  });

  it("keeps numbers in the body as figures: a first row of figures is not a second header level", () => {
    const a = analyzeSheet(
      sheet({
        header: [["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu giai đoạn 2021-2025", "Lũy kế 2021-2023"]],
        rows: [
          ["1", "Số phiên giao dịch việc làm", "phiên", 2000, 2023],
          ["2", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", 10000, 11959],
        ],
      }),
    );
    expect(a.table?.headerRows).toEqual([1]);
    expect(a.indicators.map((i) => [i.plan, i.actual])).toEqual([
      [2000, 2023],
      [10000, 11959],
    ]);
  });
});
