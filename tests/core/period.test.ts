import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { columnLetter } from "../../src/core/address";
import { analyzeSheet } from "../../src/core/analyze";
import { elapsedShare, planSpanOf, reachOf } from "../../src/core/period";
import type { CellValue } from "../../src/core/snapshot";
import { programme08, PROGRAMME08_ROWS } from "../../src/samples/programme08";
import { sheet } from "../helpers/table";

/** A one-level table whose plan and result headers and title rows say what a test needs. */
function table(spec: { titles?: string[]; plan?: string; actual?: string; rows?: CellValue[][] }) {
  const header: CellValue[] = ["TT", "Chỉ tiêu", "ĐVT", spec.plan ?? "Kế hoạch", spec.actual ?? "Thực hiện"];
  const rows = spec.rows ?? [["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 225000, 172000]];
  return analyzeSheet(sheet({ above: (spec.titles ?? []).map((t) => [t]), header: [header], rows }));
}

describe("the reporting period from the table's own words", () => {
  it("reads months, quarters and the whole year against a year plan", () => {
    expect(table({ plan: "Kế hoạch năm 2024", actual: "Thực hiện 6 tháng" }).period).toEqual({
      label: "Thực hiện 6 tháng",
      elapsed: 0.5,
      cell: "E1",
      source: "detected",
      meaning: { kind: "months", months: 6, year: null },
      plan: { from: 2024, to: 2024 },
    });
    expect(
      table({ titles: ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI 9 THÁNG NĂM 2024"] }).period,
    ).toMatchObject({ label: "9 tháng năm 2024", elapsed: 0.75, cell: "A1", source: "detected" });
    // A title in capitals gives its period's words as a sentence writes them, a quarter's numeral kept.
    expect(table({ titles: ["BÁO CÁO QUÝ I NĂM 2024"], plan: "KH 2024" }).period?.label).toBe("quý I năm 2024");
    expect(table({ titles: ["6 THÁNG ĐẦU NĂM 2024"], plan: "KH 2024" }).period?.label).toBe("6 tháng đầu năm 2024");
    expect(table({ plan: "KH 2024", actual: "Thực hiện Quý III" }).period?.elapsed).toBe(0.75);
    expect(table({ plan: "KH 2024", actual: "Thực hiện Quý I" }).period?.elapsed).toBe(0.25);
    expect(table({ actual: "TH Quý II/2024" }).period?.elapsed).toBe(0.5);
    expect(table({ plan: "Kế hoạch năm 2024", actual: "Ước thực hiện cả năm" }).period).toMatchObject({
      label: "Ước thực hiện cả năm",
      elapsed: 1,
    });
  });

  it("places cumulative years in a plan of several: Lũy kế 2021-2023 of 2021-2025 is 0,6", () => {
    expect(table({ plan: "Kế hoạch giai đoạn 2021-2025", actual: "Lũy kế 2021-2023" }).period).toMatchObject({
      label: "Lũy kế 2021-2023",
      elapsed: 0.6,
      cell: "E1",
    });
    // Nine months into the fourth year of five.
    expect(table({ plan: "Chỉ tiêu giai đoạn 2021-2025", actual: "Thực hiện 9 tháng năm 2024" }).period?.elapsed).toBe(
      0.75,
    );
    // A lone year of a five-year plan is no share of it, nor is a month count with no year.
    expect(table({ plan: "Kế hoạch giai đoạn 2021-2025", actual: "Lũy kế 2022-2023" }).period).toBeNull();
    expect(table({ plan: "Kế hoạch giai đoạn 2021-2025", actual: "Thực hiện 6 tháng" }).period).toBeNull();
  });

  it("reads the date the figures run to", () => {
    const end2023 = table({
      titles: ["BIỂU TỔNG HỢP CHỈ TIÊU CHƯƠNG TRÌNH GIAI ĐOẠN 2021-2025", "(Số liệu đến 31/12/2023)"],
    });
    expect(end2023.period).toEqual({
      label: "Số liệu đến 31/12/2023",
      elapsed: 0.6,
      cell: "A2",
      source: "detected",
      meaning: { kind: "asOf", day: 31, month: 12, year: 2023 },
      plan: { from: 2021, to: 2025 },
    });
    expect(table({ titles: ["Tính đến 30/9/2024"], plan: "Kế hoạch năm 2024" }).period?.elapsed).toBe(0.75);
    expect(table({ titles: ["(Số liệu đến hết tháng 6/2024)"], plan: "KH năm 2024" }).period?.elapsed).toBe(0.5);
    expect(table({ titles: ["Số liệu đến hết năm 2023"], plan: "Chỉ tiêu 2021-2025" }).period?.elapsed).toBe(0.6);
  });

  it("prefers the result column's words to the titles'", () => {
    const a = table({ titles: ["BÁO CÁO 9 THÁNG NĂM 2024"], plan: "Kế hoạch năm 2024", actual: "Ước TH cả năm 2024" });
    expect(a.period).toMatchObject({ elapsed: 1, cell: "E2" });
  });

  it("labels a result column that names no year by a title saying the same with its year", () => {
    const dated = table({
      titles: ["(Số liệu đến 30/9/2024)"],
      plan: "Kế hoạch năm 2024",
      actual: "Thực hiện 9 tháng",
    });
    expect(dated.period).toMatchObject({
      label: "Số liệu đến 30/9/2024",
      elapsed: 0.75,
      cell: "A1",
      meaning: { kind: "asOf", day: 30, month: 9, year: 2024 },
    });
    // A title of another share, or of none, leaves the header's own words.
    const other = table({
      titles: ["(Số liệu đến 30/6/2024)"],
      plan: "Kế hoạch năm 2024",
      actual: "Thực hiện 9 tháng",
    });
    expect(other.period).toMatchObject({ label: "Thực hiện 9 tháng", elapsed: 0.75, cell: "E2" });
    expect(table({ titles: ["BÁO CÁO"], plan: "Kế hoạch năm 2024", actual: "Thực hiện 9 tháng" }).period?.label).toBe(
      "Thực hiện 9 tháng",
    );
  });

  it("reads a year alone as the whole year of a year plan, and not as a year of a plan of several", () => {
    // Titles and headers of a whole-year report: "…NĂM 2023", "Năm 2023" over the result, "BÁO CÁO NĂM 2024".
    expect(
      table({ titles: ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2023"], plan: "Kế hoạch năm 2023" }).period,
    ).toMatchObject({ elapsed: 1, cell: "A1", meaning: { kind: "year", year: 2023, estimate: false } });
    expect(table({ plan: "Kế hoạch", actual: "Năm 2023" }).period).toMatchObject({
      label: "Năm 2023",
      elapsed: 1,
      meaning: { kind: "year", year: 2023 },
    });
    expect(table({ titles: ["BÁO CÁO NĂM 2024"], plan: "Kế hoạch năm 2024" }).period?.elapsed).toBe(1);
    // A year alone says least: a date in the titles, or the header's "Ước cả năm", names the period better.
    expect(
      table({ titles: ["BÁO CÁO KẾT QUẢ NĂM 2023", "(Số liệu đến 31/12/2023)"], plan: "Kế hoạch năm 2023" }).period,
    ).toMatchObject({ cell: "A2", meaning: { kind: "asOf", day: 31, month: 12, year: 2023 } });
    expect(
      table({ titles: ["(Số liệu đến 30/6/2024)"], plan: "Kế hoạch năm 2024", actual: "Năm 2024" }).period?.elapsed,
    ).toBe(0.5);
    // "Năm 2023" under "giai đoạn 2021-2025" is one year's figure, three years into five: no period, no pace, but
    // the year the figures are of, for the paragraph to name.
    const oneYear = table({ plan: "Chỉ tiêu giai đoạn 2021-2025", actual: "Năm 2023" });
    expect(oneYear.period).toBeNull();
    expect(oneYear.resultYear).toEqual({ year: 2023, plan: { from: 2021, to: 2025 }, cell: "E1" });
    expect(oneYear.indicators[0]!.pace).toBeNull();
    expect(table({ plan: "Kế hoạch năm 2023", actual: "Năm 2023" }).resultYear).toBeUndefined();
    expect(table({ plan: "Chỉ tiêu giai đoạn 2021-2025", actual: "Thực hiện" }).resultYear).toBeUndefined();
    // The plan's own year, a comparison or a horizon is no reporting period.
    expect(table({ titles: ["KẾ HOẠCH NĂM 2024"], actual: "Thực hiện" }).period).toBeNull();
    expect(table({ titles: ["So với cùng kỳ năm 2023"], actual: "Thực hiện" }).period).toBeNull();
  });

  it("reads a result header that is a year alone, '2023', as 'Năm 2023' reads", () => {
    const oneYear = table({ plan: "Chỉ tiêu giai đoạn 2021-2025", actual: "2023" });
    expect(oneYear.period).toBeNull();
    expect(oneYear.resultYear).toEqual({ year: 2023, plan: { from: 2021, to: 2025 }, cell: "E1" });
    expect(oneYear.indicators[0]!.pace).toBeNull();
    expect(table({ plan: "Kế hoạch năm 2023", actual: " 2023 " }).period).toMatchObject({
      label: "2023",
      elapsed: 1,
      cell: "E1",
      meaning: { kind: "year", year: 2023, estimate: false },
    });
    // Under a merged "Kết quả thực hiện", the year below it is the column's own label.
    const twoLevel = analyzeSheet(
      sheet({
        header: [
          ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giai đoạn 2021-2025", "Kết quả thực hiện"],
          [null, null, null, null, "2023"],
        ],
        rows: [["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 1125000, 240164]],
        merges: [1, 2, 3, 4].map((col) => ({ top: 1, left: col, bottom: 2, right: col })),
      }),
    );
    expect(twoLevel.resultYear).toEqual({ year: 2023, plan: { from: 2021, to: 2025 }, cell: "E2" });
    // Four digits that are no year of a report's figures.
    for (const actual of ["1985", "2150", "20231"])
      expect(table({ plan: "Chỉ tiêu giai đoạn 2021-2025", actual }).resultYear, actual).toBeUndefined();
  });

  it("reads a lone year only over the result column: not a plan column's '2025', nor a title's '2024'", () => {
    const planYear = analyzeSheet(
      sheet({
        above: [["KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH GIAI ĐOẠN 2021-2025"]],
        header: [
          ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu đến năm", "Kết quả thực hiện"],
          [null, null, null, "2025", null],
        ],
        rows: [["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 1125000, 720493]],
        merges: [
          ...[1, 2, 3].map((col) => ({ top: 2, left: col, bottom: 3, right: col })),
          { top: 2, left: 5, bottom: 3, right: 5 },
        ],
      }),
    );
    expect(planYear.table?.columns).toMatchObject({ plan: 4, actual: 5 });
    expect(planYear.period).toBeNull();
    expect(planYear.resultYear).toBeUndefined();
    expect(table({ titles: ["2024"], plan: "Kế hoạch năm 2024", actual: "Thực hiện" }).period).toBeNull();
    // Year columns beside a cumulative one: the cumulative column is the result, and its span the period.
    const years = analyzeSheet(
      sheet({
        header: [["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giai đoạn 2021-2025", "2021", "2022", "2023", "Lũy kế 2021-2023"]],
        rows: [["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 675000, 221560, 242108, 256825, 720493]],
      }),
    );
    expect(years.period).toMatchObject({ label: "Lũy kế 2021-2023", elapsed: 0.6, cell: "H1" });
    expect(years.resultYear).toBeUndefined();
  });

  it("reads a plan header's lone year as the end of the span the title names", () => {
    /** Programme 08's cumulative under "Lũy kế 2021-2023", the plan column headed `plan` over `under`. */
    const planned = (title: string, plan: string, under: CellValue) =>
      analyzeSheet(
        sheet({
          above: [[title]],
          header: [
            ["TT", "Chỉ tiêu", "ĐVT", plan, "Kết quả thực hiện"],
            [null, null, null, under, "Lũy kế 2021-2023"],
          ],
          rows: [["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 675000, 720493]],
          merges: [1, 2, 3].map((col) => ({ top: 2, left: col, bottom: 3, right: col })),
        }),
      );
    const programme = "KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH GIAI ĐOẠN 2021-2025";
    for (const [plan, under] of [
      ["Chỉ tiêu đến năm", "2025"],
      ["Chỉ tiêu đến năm", 2025],
      ["Kế hoạch", "2025"],
      ["Kế hoạch", 2025],
      ["Chỉ tiêu đến năm 2025", null],
    ] as const)
      expect(planned(programme, plan, under).period, `${plan} / ${under}`).toMatchObject({
        label: "Lũy kế 2021-2023",
        elapsed: 0.6,
        cell: "E3",
        plan: { from: 2021, to: 2025 },
      });
    // A span ending in another year is not this plan's; words naming the plan's year name it alone.
    expect(planned("CHƯƠNG TRÌNH GIAI ĐOẠN 2016-2020", "Kế hoạch", 2025).period).toBeNull();
    expect(planned(programme, "Kế hoạch năm 2025", null).period).toBeNull();
    expect(
      table({ titles: [programme], plan: "Kế hoạch năm 2025", actual: "Thực hiện 6 tháng năm 2025" }).period,
    ).toMatchObject({ elapsed: 0.5, plan: { from: 2025, to: 2025 } });
  });

  it("takes no date, horizon or plan period for a reporting period", () => {
    expect(
      table({
        titles: [
          "KẾ HOẠCH PHÁT TRIỂN ĐẾN NĂM 2030",
          "(Kèm theo Báo cáo số 425/BC-SLĐTBXH ngày 20/11/2023 của Sở Lao động - Thương binh và Xã hội)",
          "GIAI ĐOẠN 2021-2025",
        ],
        actual: "Thực hiện năm 2023",
      }).period,
    ).toBeNull();
    expect(table({ actual: "Kết quả theo quy định" }).period).toBeNull();
  });

  it("reads words typed without diacritics and in English", () => {
    expect(table({ actual: "Thuc hien 9 thang nam 2024" }).period?.elapsed).toBe(0.75);
    expect(table({ actual: "Luy ke 2021-2023", plan: "Ke hoach giai doan 2021-2025" }).period?.elapsed).toBe(0.6);
    expect(table({ actual: "Actual, first 9 months of 2024" }).period?.elapsed).toBe(0.75);
    expect(table({ titles: ["Data as of 30/6/2024"] }).period?.elapsed).toBe(0.5);
    expect(table({ actual: "Actual Q3 2024", plan: "Plan 2024" }).period?.elapsed).toBe(0.75);
  });

  it("finds Programme 08's 2021-2023 of 2021-2025 in its result header, and says so at that cell", () => {
    const a = analyzeSheet(programme08());
    expect(a.period).toEqual({
      label: "Lũy kế 2021-2023",
      elapsed: 0.6,
      cell: "G7",
      source: "detected",
      meaning: { kind: "span", from: 2021, to: 2023, cumulative: true },
      plan: { from: 2021, to: 2025 },
    });
    const info = a.issues.find((i) => i.code === "period-found")!;
    expect(info).toMatchObject({ severity: "info", cell: "G7", row: PROGRAMME08_ROWS.header[1] });
    expect(info.params).toMatchObject({ label: "Lũy kế 2021-2023", elapsed: 0.6, kind: "partial" });
  });

  it("lets the user's period, or the user's 'none', override the table's words", () => {
    const user = { label: "9 tháng", elapsed: 0.75, cell: null, source: "user" as const };
    const a = analyzeSheet(programme08(), { period: user });
    // The table's plan period comes with it, so "full" can be named "cả giai đoạn 2021–2025".
    expect(a.period).toEqual({ ...user, plan: { from: 2021, to: 2025 } });
    expect(a.issues.some((i) => i.code === "period-found")).toBe(false);
    const none = analyzeSheet(programme08(), { period: null });
    expect(none.period).toBeNull();
    expect(none.indicators.every((i) => i.pace === null)).toBe(true);
  });
});

describe("a single quarter's column: its own figures, not the year to date", () => {
  it("reads Quý II, III and IV alone as the quarter's own figures, named but not paced", () => {
    expect(table({ plan: "Kế hoạch năm 2024", actual: "Quý III/2024" }).period).toEqual({
      label: "Quý III/2024",
      elapsed: 0.75,
      cell: "E1",
      source: "detected",
      meaning: { kind: "quarter", quarter: 3, year: 2024 },
      plan: { from: 2024, to: 2024 },
      quarterOnly: true,
    });
    for (const actual of ["Thực hiện Quý III năm 2024", "TH Quý II/2024", "Thực hiện quý 3 năm 2024", "Quý IV/2024"])
      expect(table({ plan: "Kế hoạch năm 2024", actual }).period, actual).toMatchObject({ quarterOnly: true });
    // "Q3" written in capitals for want of other letters is quoted as written, not as "q3 2024".
    expect(table({ plan: "Plan 2024", actual: "Actual Q3 2024" }).period).toMatchObject({
      label: "Actual Q3 2024",
      quarterOnly: true,
    });
    expect(table({ plan: "Kế hoạch năm 2024", actual: "Q3 2024" }).period?.label).toBe("Q3 2024");
    // The fourth quarter ends the year, yet its own figures are not the whole year's.
    const fourth = table({ plan: "Kế hoạch năm 2024", actual: "Quý IV/2024" });
    expect(fourth.period).toMatchObject({ elapsed: 1, quarterOnly: true });
    expect(fourth.issues.find((i) => i.code === "period-found")?.params).toMatchObject({ kind: "quarter" });
  });

  it("keeps the first quarter, and every cumulative quarter, paced as the year to date", () => {
    const first = table({ plan: "Kế hoạch năm 2024", actual: "Thực hiện Quý I/2024" });
    expect(first.period).toMatchObject({ elapsed: 0.25, meaning: { kind: "quarter", quarter: 1 } });
    expect(first.period?.quarterOnly).toBeUndefined();
    expect(first.indicators[0]!.pace).toBe("on_track"); // 172.000 of 225.000
    for (const actual of [
      "Lũy kế đến hết Quý III",
      "Thực hiện tính đến Quý III/2024",
      "Thực hiện Quý III/2024 (cộng dồn)",
      "Lũy kế 9 tháng",
      "Thực hiện 9 tháng năm 2024",
      "Actual Q3 2024 year to date",
      "Actual Q3 2024 YTD",
    ]) {
      const a = table({ plan: "Kế hoạch năm 2024", actual });
      expect(a.period, actual).toMatchObject({ elapsed: 0.75 });
      expect(a.period?.quarterOnly, actual).toBeUndefined();
    }
  });

  it("finds a column headed by its quarter or half to date, read as the months it covers", () => {
    for (const [actual, months, elapsed] of [
      ["Tính đến Quý III/2024", 9, 0.75],
      ["Q3 2024 YTD", 9, 0.75],
      ["Lũy kế 9 tháng năm 2024", 9, 0.75],
      ["Ước thực hiện 6 tháng đầu năm 2024", 6, 0.5],
      ["Lũy kế đến hết Quý II/2024", 6, 0.5],
    ] as const) {
      const a = table({ plan: "Kế hoạch năm 2024", actual });
      expect(columnLetter(a.table!.columns.actual!), actual).toBe("E");
      expect(a.period, actual).toMatchObject({ cell: "E1", elapsed, meaning: { kind: "months", months, year: 2024 } });
      expect(a.period?.quarterOnly, actual).toBeUndefined();
    }
    // The fourth quarter to date is the whole year.
    expect(table({ plan: "Kế hoạch năm 2024", actual: "Lũy kế đến hết Quý IV/2024" }).period).toMatchObject({
      elapsed: 1,
      meaning: { kind: "year", year: 2024, estimate: false },
    });
  });

  it("reads the words over the column alone, not a heading merged over several", () => {
    const twoLevel = (top: CellValue[], merged: boolean) =>
      analyzeSheet(
        sheet({
          header: [
            ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", ...top],
            [null, null, null, null, "Quý II/2024", "Quý III/2024"],
          ],
          rows: [["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 225000, 54000, 58000]],
          merges: [
            ...(merged ? [{ top: 1, left: 5, bottom: 1, right: 6 }] : []),
            ...[1, 2, 3, 4].map((col) => ({ top: 1, left: col, bottom: 2, right: col })),
          ],
        }),
      );
    // "Kết quả thực hiện năm 2024" heads both quarters; "Lũy kế" over the third quarter's column alone is its own.
    const merged = twoLevel(["Kết quả thực hiện năm 2024", null], true);
    expect(merged.period).toMatchObject({ cell: "F2", quarterOnly: true });
    expect(merged.indicators[0]!.pace).toBeNull();
    const own = twoLevel(["Thực hiện", "Lũy kế"], false);
    expect(own.period).toMatchObject({ cell: "F2", elapsed: 0.75 });
    expect(own.period?.quarterOnly).toBeUndefined();
  });

  it("reads a title naming a quarter alone as its own figures, and one saying the year to date as nine months", () => {
    // 172.000 of 225.000 is 76,4 %: behind 75 % it is not, but a quarter's own figure is not paced at all.
    const titled = table({
      titles: ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU QUÝ III NĂM 2024"],
      plan: "Kế hoạch năm 2024",
      actual: "Thực hiện",
    });
    expect(titled.period).toMatchObject({
      cell: "A1",
      elapsed: 0.75,
      meaning: { kind: "quarter", quarter: 3, year: 2024 },
      quarterOnly: true,
    });
    expect(titled.indicators[0]!.pace).toBeNull();
    // "Đến cuối năm" names the tasks ahead, not figures to date.
    const ahead = table({
      titles: ["BÁO CÁO KẾT QUẢ QUÝ III NĂM 2024 VÀ NHIỆM VỤ TRỌNG TÂM ĐẾN CUỐI NĂM"],
      plan: "Kế hoạch năm 2024",
      actual: "Thực hiện",
    });
    expect(ahead.period).toMatchObject({ meaning: { kind: "quarter", quarter: 3 }, quarterOnly: true });
    for (const title of [
      "BÁO CÁO LŨY KẾ ĐẾN HẾT QUÝ III NĂM 2024",
      "KẾT QUẢ THỰC HIỆN TÍNH ĐẾN QUÝ III NĂM 2024",
      "BÁO CÁO QUÝ III NĂM 2024 (CỘNG DỒN TỪ ĐẦU NĂM)",
    ]) {
      const cumulative = table({ titles: [title], plan: "Kế hoạch năm 2024", actual: "Thực hiện" });
      expect(cumulative.period, title).toMatchObject({
        cell: "A1",
        elapsed: 0.75,
        meaning: { kind: "months", months: 9, year: 2024 },
      });
      expect(cumulative.period?.quarterOnly, title).toBeUndefined();
      expect(cumulative.indicators[0]!.pace, title).toBe("on_track");
    }
    // "Lũy kế" over the column makes the title's quarter the year to date; the first quarter is one either way.
    const overColumn = table({ titles: ["BÁO CÁO QUÝ III NĂM 2024"], plan: "Kế hoạch năm 2024", actual: "Lũy kế" });
    expect(overColumn.period).toMatchObject({ meaning: { kind: "months", months: 9, year: 2024 } });
    expect(table({ titles: ["BÁO CÁO QUÝ I NĂM 2024"], plan: "KH 2024" }).period?.quarterOnly).toBeUndefined();
  });

  it("never lets a title's date make a quarter's own figures cumulative", () => {
    // The header's own words stay its label: "Số liệu đến 30/9/2024" would name the nine months to date.
    const dated = table({
      titles: ["(Số liệu đến 30/9/2024)"],
      plan: "Kế hoạch năm 2024",
      actual: "Thực hiện Quý III",
    });
    expect(dated.period).toMatchObject({
      label: "Thực hiện Quý III",
      cell: "E2",
      meaning: { kind: "quarter", quarter: 3, year: null },
      quarterOnly: true,
    });
    // A quarter with no year under a five-year plan cannot be placed; the title's date must not pace it instead.
    const unplaced = table({
      titles: ["(Số liệu đến 30/9/2024)"],
      plan: "Chỉ tiêu giai đoạn 2021-2025",
      actual: "Thực hiện Quý III",
    });
    expect(unplaced.period).toBeNull();
    expect(unplaced.indicators[0]!.pace).toBeNull();
  });

  it("gives way to the user's period, which sets the share pace is judged by", () => {
    const rows: CellValue[][] = [["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 225000, 58000]];
    const quarter = sheet({ header: [["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Quý III/2024"]], rows });
    expect(analyzeSheet(quarter).indicators[0]!.pace).toBeNull();
    const user = { label: "9 tháng", elapsed: 0.75, cell: null, source: "user" as const };
    const a = analyzeSheet(quarter, { period: user });
    expect(a.period).toEqual({ ...user, plan: { from: 2024, to: 2024 } });
    expect(a.indicators[0]!.pace).toBe("behind"); // 25,78 % with 75 % of the year gone
    expect(a.issues.some((i) => i.code === "period-found")).toBe(false);
  });
});

describe("a 9-month table of a year plan (seed figures, one year's share)", () => {
  const rows: CellValue[][] = [
    ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 225000, 164000],
    ["2", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", 4000, 3500],
    ["3", "Số phiên giao dịch việc làm", "phiên", 230, 170],
    ["4", "Số lượt người được trợ giúp xã hội", "lượt người", 970000, 727500],
    ["5", "Kinh phí trợ giúp xã hội", "tỷ đồng", 1000, 760.5],
    ["6", "Số nhà đại đoàn kết được xây mới, sửa chữa", "căn", 700, 0],
    ["7", "Tỷ lệ hộ nghèo", "%", "Dưới 0,5%", "0,03%"],
    ["8", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "≥ 95%", "92,1%"],
    ["9", "Mức chuẩn trợ giúp xã hội", "đồng/người/tháng", 440000, 360000],
    ["10", "Số người tham gia bảo hiểm xã hội tự nguyện", "người", 160000, null],
  ];
  const a = table({ titles: ["BÁO CÁO KẾT QUẢ THỰC HIỆN 9 THÁNG NĂM 2024"], plan: "Kế hoạch năm 2024", rows });

  it("judges each count row on pace against 75 % and leaves rates, levels and missing figures without one", () => {
    expect(a.period?.elapsed).toBe(0.75);
    expect(a.indicators.map((i) => [i.number, i.pace])).toEqual([
      ["1", "behind"], // 72,9 %
      ["2", "on_track"], // 87,5 %
      ["3", "behind"], // 73,9 %
      ["4", "on_track"], // exactly 75 %
      ["5", "on_track"], // 76,05 %
      ["6", "behind"], // nothing built yet
      ["7", null], // a rate stands as it is
      ["8", null],
      ["9", null], // a level per person
      ["10", null], // no figure
    ]);
    expect(a.summary).toMatchObject({ ahead: 0, onTrack: 3, behind: 3, achieved: 1 });
  });
});

describe("the period parsers never throw", () => {
  const fragments = fc.constantFrom(
    ..."0123456789/.-–() ".split(""),
    "đến",
    "hết",
    "tháng",
    "năm",
    "Quý",
    "III",
    "IV",
    "q",
    "2021",
    "2025",
    "1999",
    "31/12/",
    "30/9/",
    "lũy kế",
    "giai đoạn",
    "cả năm",
    "Ước thực hiện",
    "Kế hoạch",
    "KH",
    "số liệu",
    "as of",
    "months",
    "\u0303",
    "İ",
    "\u00a0",
  );
  const texts = fc.oneof(
    fc.string({ unit: "binary", maxLength: 60 }),
    fc.array(fragments, { maxLength: 14 }).map((parts) => parts.join("")),
  );

  it("reads any text to a reach in range or none", () => {
    fc.assert(
      fc.property(texts, texts, fc.boolean(), (text, planText, spans) => {
        const found = reachOf(text, spans);
        const plan = planSpanOf(planText, spans);
        if (plan) expect(plan.from).toBeLessThanOrEqual(plan.to);
        if (!found) return;
        expect(text.normalize("NFC")).toContain(found.words.split(" ")[0]);
        const share = elapsedShare(found.reach, plan);
        if (share !== null) {
          expect(share).toBeGreaterThan(0);
          expect(share).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("analyses any titles and headers, with a period in (0, 1] or none", () => {
    fc.assert(
      fc.property(fc.array(texts, { maxLength: 3 }), texts, texts, (titles, plan, actual) => {
        const a = table({ titles, plan: `Kế hoạch ${plan}`, actual: `Thực hiện ${actual}` });
        if (a.period) {
          expect(a.period.elapsed).toBeGreaterThan(0);
          expect(a.period.elapsed).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
