import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import type { CellValue } from "../../src/core/snapshot";
import { sheet } from "../helpers/table";
import { multiYear } from "../helpers/years";

/** Programme 08 rows under the first one: the seed's workers abroad and vocational enrolment. */
const SEED_ROWS: CellValue[][] = [
  ["2", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", 10000, 11959, 1.196, "Hoàn thành"],
  ["3", "Tuyển sinh giáo dục nghề nghiệp", "người", 675000, 720493, 1.067, "Hoàn thành"],
];

const TITLE: CellValue[][] = [
  ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"],
  ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHƯƠNG TRÌNH 08 GIAI ĐOẠN 2021-2025"],
  [],
];

const CUMULATIVE_HEADER: CellValue[] = [
  "TT",
  "Chỉ tiêu",
  "Đơn vị tính",
  "Chỉ tiêu giai đoạn 2021-2025",
  "Lũy kế 2021-2023",
  "Tỷ lệ % so với KH",
  "Đánh giá",
];

/** TT, name, unit, plan, actual, stated percent, assessment. */
type FirstRow = [CellValue, string, CellValue, CellValue, CellValue, CellValue, CellValue];

/**
 * First rows whose figures are all years to the eye. A name that mentions a year or "thực hiện" and the unit
 * "đơn vị" read like header words; unnumbered, with its unit blank or so worded, such a row has no cell that
 * a header could not hold.
 */
const FIRST_ROWS: [string, FirstRow][] = [
  [
    "numbered, figures typed as numbers",
    ["1", "Số hộ nghèo được hỗ trợ xây dựng, sửa chữa nhà ở", "hộ", 2000, 2025, null, null],
  ],
  [
    "unnumbered, unit blank, figures typed as numbers",
    [null, "Số đối tượng được hỗ trợ theo Nghị quyết 09/2021/NQ-HĐND", null, 2000, 2025, null, null],
  ],
  [
    "unnumbered, unit blank, figures typed as text",
    [null, "Số đối tượng được hỗ trợ theo Nghị quyết 09/2021/NQ-HĐND", null, "2000", "2025", "101,25%", null],
  ],
  [
    "unnumbered, unit 'đơn vị', figures typed as numbers",
    [null, "Số đơn vị thực hiện chi trả trợ cấp qua tài khoản", "đơn vị", 2000, 2025, null, null],
  ],
  [
    "unnumbered, unit 'đơn vị', plan typed as text",
    [null, "Số đơn vị thực hiện chi trả trợ cấp qua tài khoản", "đơn vị", "2000", 2025, null, null],
  ],
];

describe("a first body row of year-like figures", () => {
  it.each(FIRST_ROWS)("under a one-level header is the first indicator (%s)", (_, first) => {
    const a = analyzeSheet(sheet({ above: TITLE, header: [CUMULATIVE_HEADER], rows: [first, ...SEED_ROWS] }));
    expect(a.table?.headerRows).toEqual([4]);
    expect(a.indicators.map((i) => [i.row, i.plan, i.actual])).toEqual([
      [5, 2000, 2025],
      [6, 10000, 11959],
      [7, 675000, 720493],
    ]);
    // The cumulative column keeps its own span: a figure of 2025 is not the end of the period.
    expect(a.table?.cumulative).toMatchObject({ col: 5, label: "Lũy kế 2021-2023", from: 2021, to: 2023 });
    expect(a.period).toMatchObject({ label: "Lũy kế 2021-2023", cell: "E4" });
    expect(a.table?.years).toEqual([]);
  });

  it.each(FIRST_ROWS)("under one column per year typed as numbers is a row of figures (%s)", (_, first) => {
    const [tt, name, unit, plan, actual] = first;
    const a = analyzeSheet(
      sheet({
        header: [["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu giai đoạn 2021-2025", 2021, 2022, 2023]],
        rows: [
          [tt, name, unit, plan, 1995, 2010, actual],
          ["2", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", 10000, 2918, 4310, 4731],
        ],
      }),
    );
    expect(a.table?.headerRows).toEqual([1]);
    expect(a.table?.years.map((y) => [y.col, y.year])).toEqual([
      [5, 2021],
      [6, 2022],
      [7, 2023],
    ]);
    expect(a.indicators.map((i) => [i.row, i.plan, i.actual])).toEqual([
      [2, 2000, 2025],
      [3, 10000, 4731],
    ]);
  });

  it.each(FIRST_ROWS)("under a real header of years is still the first indicator (%s)", (_, first) => {
    const [tt, name, unit, plan, actual] = first;
    const a = analyzeSheet(
      multiYear([2021, 2022, 2023], "Lũy kế 2021-2023", [
        [tt, name, unit, plan, 640, 680, 705, actual, 1.0125],
        ["2", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", 10000, 2918, 4310, 4731, 11959, 1.196],
      ]),
    );
    expect(a.table?.headerRows).toEqual([1, 2]);
    expect(a.table?.years.map((y) => [y.col, y.year])).toEqual([
      [5, 2021],
      [6, 2022],
      [7, 2023],
    ]);
    expect(a.table?.cumulative).toMatchObject({ col: 8, from: 2021, to: 2023 });
    expect(a.indicators.map((i) => [i.row, i.plan, i.actual])).toEqual([
      [3, 2000, 2025],
      [4, 10000, 11959],
    ]);
  });

  it("leaves bare years under 'Kế hoạch' and 'Thực hiện', with nothing merged, a second header level", () => {
    const a = analyzeSheet(
      sheet({
        header: [
          ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện"],
          [null, null, null, 2024, 2024],
        ],
        rows: SEED_ROWS.map((r) => r.slice(0, 5)),
      }),
    );
    expect(a.table?.headerRows).toEqual([1, 2]);
    expect(a.indicators.map((i) => [i.row, i.plan, i.actual])).toEqual([
      [3, 10000, 11959],
      [4, 675000, 720493],
    ]);
  });

  it("leaves 'Tên chỉ tiêu | ĐVT' under a 'Chỉ tiêu' merged across them a second header level", () => {
    const mergedDown = [1, 4, 5].map((col) => ({ top: 1, left: col, bottom: 2, right: col }));
    const a = analyzeSheet(
      sheet({
        header: [
          ["TT", "Chỉ tiêu", null, "Kế hoạch", "Thực hiện"],
          [null, "Tên chỉ tiêu", "ĐVT", null, null],
        ],
        rows: SEED_ROWS.map((r) => r.slice(0, 5)),
        merges: [{ top: 1, left: 2, bottom: 1, right: 3 }, ...mergedDown],
      }),
    );
    expect(a.table?.headerRows).toEqual([1, 2]);
    expect(a.table?.columns).toMatchObject({ name: 2, unit: 3, plan: 4, actual: 5 });
    expect(a.indicators.map((i) => [i.row, i.unit, i.plan, i.actual])).toEqual([
      [3, "người", 10000, 11959],
      [4, "người", 675000, 720493],
    ]);
    expect(a.issues.filter((i) => i.row === 2)).toEqual([]);
  });

  it("leaves years typed under a 'Chỉ tiêu' of the plan's own, as text or numbers, a second header level", () => {
    for (const year of ["Năm 2024", 2024]) {
      const a = analyzeSheet(
        sheet({
          header: [
            ["TT", "Nội dung", "ĐVT", "Chỉ tiêu", "Thực hiện"],
            [null, null, null, year, year],
          ],
          rows: SEED_ROWS.map((r) => r.slice(0, 5)),
        }),
      );
      expect(a.table?.headerRows).toEqual([1, 2]);
      expect(a.indicators.map((i) => [i.row, i.actual])).toEqual([
        [3, 11959],
        [4, 720493],
      ]);
    }
  });

  it("leaves a header of bare years under a merged 'Kết quả thực hiện' a second header level, as text or numbers", () => {
    for (const years of [
      ["2021", "2022", "2023"],
      [2021, 2022, 2023],
    ]) {
      const a = analyzeSheet(
        multiYear(years, "Lũy kế 2021-2023", [
          [null, "Số đối tượng được hỗ trợ theo Nghị quyết 09/2021/NQ-HĐND", null, 2000, 640, 680, 705, 2025, 1.0125],
        ]),
      );
      expect(a.table?.headerRows).toEqual([1, 2]);
      expect(a.table?.years.map((y) => y.year)).toEqual([2021, 2022, 2023]);
      expect(a.indicators.map((i) => [i.row, i.actual])).toEqual([[3, 2025]]);
    }
  });
});
