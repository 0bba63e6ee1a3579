import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { sheet } from "../helpers/table";

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
});
