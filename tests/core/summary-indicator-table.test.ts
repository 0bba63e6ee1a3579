import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import type { CellValue } from "../../src/core/snapshot";
import { buildSummaryPlan } from "../../src/core/summary/build";
import { SUMMARY_COLORS, type PlanCell, type SummaryPlan } from "../../src/core/summary/plan";
import { programme08 } from "../../src/samples/programme08";
import { quarterTable } from "../helpers/quarter";

const cellAt = (plan: SummaryPlan, row: number, col: number): PlanCell | undefined =>
  plan.cells.find((c) => c.row === row && c.col === col);
/** The summary table's cell of the n-th indicator (1-based, as its STT column numbers it). */
const indicatorCell = (plan: SummaryPlan, n: number, col: number) => cellAt(plan, plan.headerRow + n, col);

/** Programme 08 with some cells replaced, by sheet row and column (1-based). */
function programme08With(changes: [number, number, CellValue][]) {
  const sheet = programme08();
  for (const [row, col, value] of changes) sheet.values[row - 1]![col - 1] = value;
  return sheet;
}

const summaryOf = (sheet: ReturnType<typeof programme08>, lang: "vi" | "en" = "vi") =>
  buildSummaryPlan(analyzeSheet(sheet), { lang, generatedAt: "20/11/2024 08:00" });

describe("the summary's pace column", () => {
  // Cumulative 2021-2024 against the 2021-2025 plan: 80 % of the period gone, so the commune model's 78,41 % of its
  // plan is behind while every other quantity is on track.
  const fourYears = programme08With([[7, 7, "Lũy kế 2021-2024"]]);
  const vi = summaryOf(fourYears);
  const en = summaryOf(fourYears, "en");

  it("heads a ninth column 'Tiến độ' / 'Pace' in the indicator table when the period is part of the plan's", () => {
    expect(indicatorCell(vi, 0, 9)).toMatchObject({ value: "Tiến độ", style: { bold: true, fill: "header" } });
    expect(indicatorCell(en, 0, 9)?.value).toBe("Pace");
    expect(vi.columnWidths).toHaveLength(9);
  });

  it("gives each quantity its pace, coloured like the pace counts, and leaves rates empty", () => {
    // 139.870 of 150.000 voluntary social insurance members (93,25 %) with 80 % of the period gone: not there, on pace.
    expect(indicatorCell(vi, 16, 9)).toMatchObject({
      value: "Đúng tiến độ",
      style: { fill: "achieved", border: true },
    });
    expect(indicatorCell(vi, 10, 9)).toMatchObject({
      value: "Chậm tiến độ",
      style: { fill: "notAchieved", fontColor: "notAchieved" },
    });
    expect(indicatorCell(en, 10, 9)?.value).toBe("Behind schedule");
    // The poor-household rate is judged in points, as it stands: it has no pace, and its cell is an empty box.
    expect(indicatorCell(vi, 3, 9)).toEqual({ row: vi.headerRow + 3, col: 9, value: null, style: { border: true } });
    const paces = Array.from({ length: 27 }, (_, i) => indicatorCell(vi, i + 1, 9)?.value);
    expect(paces.filter((p) => p === "Hoàn thành trước thời hạn")).toHaveLength(12);
    expect(paces.filter((p) => p === "Đúng tiến độ")).toHaveLength(1);
    expect(paces.filter((p) => p === "Chậm tiến độ")).toHaveLength(1);
    // The column agrees with the counts beside the status block.
    const count = (label: string) => {
      const cell = vi.cells.find((c) => c.col === 6 && c.value === label)!;
      return cellAt(vi, cell.row, 7)?.value;
    };
    expect(["Hoàn thành trước thời hạn", "Đúng tiến độ", "Chậm tiến độ"].map(count)).toEqual([12, 1, 1]);
  });

  it("says 'Hoàn thành trước thời hạn' where the paragraph does: a quantity already over its whole plan", () => {
    // 720.493 enrolled against the five-year plan of 675.000 (106,74 %) after four years of five.
    expect(indicatorCell(vi, 1, 2)?.value).toBe("Tuyển sinh giáo dục nghề nghiệp");
    expect(indicatorCell(vi, 1, 6)?.value).toBeCloseTo(720493 / 675000, 10);
    expect(indicatorCell(vi, 1, 9)).toMatchObject({
      value: "Hoàn thành trước thời hạn",
      style: { fill: "ahead", fontColor: "ahead", border: true, wrap: true },
    });
    expect(indicatorCell(en, 1, 9)?.value).toBe("Achieved ahead of time");
    expect(cellAt(vi, 4, 1)?.value).toMatch(
      /20\/27 chỉ tiêu hoàn thành \(74,1\u00a0%\), trong đó 12 chỉ tiêu hoàn thành trước thời hạn\./,
    );
    expect(cellAt(en, 4, 1)?.value).toMatch(/20 of 27 indicators are achieved \(74\.1%\), 12 of them ahead of time\./);
    // Its own colour, apart from on pace's green and from every band's.
    const colours = Object.values(SUMMARY_COLORS).map((c) => c.fill);
    expect(colours.filter((fill) => fill === SUMMARY_COLORS.ahead.fill)).toHaveLength(1);
  });

  it("widens the titles, the paragraph and the attainment chart to the new column", () => {
    for (const top of [1, 2, 3, 4]) expect(vi.merges).toContainEqual({ top, left: 1, bottom: top, right: 9 });
    expect(vi.merges.every((m) => m.right <= 9)).toBe(true);
    expect(vi.charts.find((c) => c.id === "attainment")!.anchor.widthCols).toBe(9);
    for (const chart of vi.charts) {
      const { row, col, widthCols, heightRows } = chart.anchor;
      const covered = vi.cells.filter(
        (c) => c.row >= row && c.row < row + heightRows && c.col >= col && c.col < col + widthCols,
      );
      expect(covered, chart.id).toEqual([]);
    }
  });

  it("shows nine months of 2024 against the year plan behind schedule, row by row", () => {
    const plan = summaryOf(quarterTable("9 tháng năm 2024"));
    expect(indicatorCell(plan, 0, 9)?.value).toBe("Tiến độ");
    // Vocational enrolment 58.000 of 225.000 (25,8 %) after three quarters of the year.
    expect(indicatorCell(plan, 1, 4)?.value).toBe(225000);
    expect(indicatorCell(plan, 1, 9)?.value).toBe("Chậm tiến độ");
    expect(indicatorCell(plan, 7, 9)?.value).toBeNull();
  });

  it("is not there for a whole period, a quarter's own figures, or a table without a period", () => {
    const whole = buildSummaryPlan(
      analyzeSheet(programme08(), { period: { label: "cả giai đoạn", elapsed: 1, cell: null, source: "user" } }),
      { lang: "vi", generatedAt: "x" },
    );
    const quarter = summaryOf(quarterTable("Quý III/2024"));
    const none = buildSummaryPlan(analyzeSheet(programme08(), { period: null }), { lang: "vi", generatedAt: "x" });
    for (const plan of [whole, quarter, none]) {
      expect(plan.cells.some((c) => c.col === 9)).toBe(false);
      expect(plan.columnWidths).toEqual([6, 52, 14, 14, 14, 14, 18, 19]);
      expect(plan.merges.every((m) => m.right <= 8)).toBe(true);
    }
  });
});

describe("a plan typed as text in the summary", () => {
  // D: plan, G: the cumulative result. Each typed the way officials type them, the Vietnamese way.
  const typed = programme08With([
    [9, 4, "675.000"], // vocational enrolment
    [20, 4, "2.500,00"], // social assistance, tỷ đồng
    [20, 7, "2.975,42"], // its result
    [30, 4, "75,5"], // trained workers, a "%" row
    [14, 4, "600 phiên"], // job fairs, a number with its unit
  ]);
  const plan = summaryOf(typed);

  it("is the number the engine read, with the source's grouping and decimals", () => {
    expect(indicatorCell(plan, 1, 4)).toMatchObject({ value: 675000, format: "#,##0" });
    expect(indicatorCell(plan, 12, 4)).toMatchObject({ value: 2500, format: "#,##0.00" });
    expect(indicatorCell(plan, 12, 4)?.style?.horizontal).toBeUndefined();
  });

  it("is a percent in a percent row: '75,5' under '%' is 75,5 %, and '100%' is 100 %", () => {
    expect(indicatorCell(plan, 20, 4)).toMatchObject({ value: 0.755, format: "0.0%" });
    expect(indicatorCell(plan, 26, 4)).toMatchObject({ value: 1, format: "0%" });
  });

  it("keeps a target in words as its text", () => {
    expect(indicatorCell(plan, 3, 4)).toMatchObject({ value: "Dưới 0,5%", style: { horizontal: "right" } });
    expect(indicatorCell(plan, 13, 4)?.value).toBe("≥ 95%");
    expect(indicatorCell(plan, 6, 4)?.value).toBe("600 phiên");
  });

  it("writes an actual typed as text as its number too", () => {
    expect(indicatorCell(plan, 12, 5)).toMatchObject({ value: 2975.42, format: "#,##0.00" });
  });

  it("judges and charts the typed plans as before: the same attainments as the numbers typed as numbers", () => {
    const clean = summaryOf(programme08());
    for (const n of [1, 12, 20]) expect(indicatorCell(plan, n, 6)?.value).toBe(indicatorCell(clean, n, 6)?.value);
    expect(indicatorCell(plan, 1, 6)?.value).toBeCloseTo(720493 / 675000, 10);
  });

  it("reads an English-style table's '2,500.5' as 2 500,5 with one decimal, and its '95.5%' as a percent", () => {
    const english = programme08With([
      [9, 4, "675,000"],
      [9, 7, "720,493.5"],
      [20, 4, "2,500.5"],
      [22, 4, "95.5%"],
    ]);
    const analysis = analyzeSheet(english);
    expect(analysis.convention).toBe("en");
    const summary = buildSummaryPlan(analysis, { lang: "en", generatedAt: "x" });
    expect(indicatorCell(summary, 1, 4)).toMatchObject({ value: 675000, format: "#,##0" });
    expect(indicatorCell(summary, 12, 4)).toMatchObject({ value: 2500.5, format: "#,##0.0" });
    expect(indicatorCell(summary, 13, 4)).toMatchObject({ value: 0.955, format: "0.0%" });
  });
});

describe("a plan typed as a number in a percent row", () => {
  const BHXH = "Tỷ lệ lực lượng lao động tham gia bảo hiểm xã hội";
  /** The summary's plan cell for the social insurance rate, its plan typed as `value` in a cell formatted "0.00". */
  const planShown = (value: number, asFractions = false) => {
    const sheet = programme08();
    const row = sheet.values.findIndex((r) => r[1] === BHXH);
    sheet.values[row]![3] = value;
    sheet.formats![row]![3] = "0.00";
    if (asFractions) {
      for (const col of [4, 5, 6]) {
        sheet.values[row]![col] = (sheet.values[row]![col] as number) / 100;
        sheet.formats![row]![col] = "0.0%";
      }
    }
    const plan = summaryOf(sheet);
    const at = plan.cells.find((c) => c.col === 2 && c.row > plan.headerRow && c.value === BHXH)!.row;
    return cellAt(plan, at, 4);
  };

  it("keeps the decimals its cell shows when the plan is zero, as a non-zero plan of whole percents does", () => {
    // The row's results are whole percents (41,2): "0.00" is 0,00 %, as "0.50" is 0,50 % and "45.00" 45,00 %.
    expect(planShown(45)).toMatchObject({ value: 0.45, format: "0.00%" });
    expect(planShown(0.5)).toMatchObject({ value: 0.005, format: "0.00%" });
    expect(planShown(0)).toMatchObject({ value: 0, format: "0.00%" });
  });

  it("shows two fewer where the row writes fractions, a zero plan as a non-zero one", () => {
    // Results of 0,412 formatted "0.0%": a plan "0.45" is 45 %, and "0.00" likewise 0 %.
    expect(planShown(0.45, true)).toMatchObject({ value: 0.45, format: "0%" });
    expect(planShown(0, true)).toMatchObject({ value: 0, format: "0%" });
  });
});
