import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { buildSummaryPlan } from "../../src/core/summary/build";
import type { PlanCell, PlanRange, SummaryPlan } from "../../src/core/summary/plan";
import { CELL_MARGIN, textWidth } from "../../src/core/summary/text-width";
import { programme08 } from "../../src/samples/programme08";

const cellAt = (plan: SummaryPlan, row: number, col: number): PlanCell | undefined =>
  plan.cells.find((c) => c.row === row && c.col === col);
const column = (plan: SummaryPlan, range: PlanRange) => {
  const out: PlanCell["value"][] = [];
  for (let row = range.firstRow; row <= range.lastRow; row++) out.push(cellAt(plan, row, range.col)?.value ?? null);
  return out;
};

describe("the summary plan", () => {
  const analysis = analyzeSheet(programme08());
  const vi = buildSummaryPlan(analysis, { lang: "vi", file: "programme08.xlsx", generatedAt: "25/11/2026 09:00" });
  const en = buildSummaryPlan(analysis, { lang: "en", generatedAt: "2026-11-25 09:00" });

  it("is a sheet named 'Tổng hợp' (or 'Summary') with the headline count", () => {
    expect(vi.sheetName).toBe("Tổng hợp");
    expect(en.sheetName).toBe("Summary");
    expect(vi.cells.some((c) => c.value === "20/27 chỉ tiêu hoàn thành")).toBe(true);
    expect(en.cells.some((c) => c.value === "20 of 27 indicators achieved")).toBe(true);
    expect(vi.cells.some((c) => typeof c.value === "string" && c.value.includes("programme08.xlsx"))).toBe(true);
  });

  it("opens with the meeting paragraph across the sheet, wrapped, its figures as the table shows them", () => {
    const paragraph = cellAt(vi, 4, 1)!;
    expect(paragraph.value).toMatch(
      /^Lũy kế giai đoạn 2021–2023, 20\/27 chỉ tiêu hoàn thành \(74,1\u00a0%\), trong đó 12 chỉ tiêu hoàn thành trước thời hạn\. Trong 12 /,
    );
    expect(paragraph.style).toMatchObject({ wrap: true, horizontal: "left" });
    // Across the pace column too: the sample's 2021-2023 is part of the 2021-2025 plan period.
    expect(vi.merges).toContainEqual({ top: 4, left: 1, bottom: 4, right: 9 });
    expect(cellAt(en, 4, 1)!.value).toMatch(
      /^In 2021–2023 \(cumulative\), 20 of 27 indicators are achieved \(74\.1%\), 12 of them ahead of time\./,
    );
    // The paragraph's "78,41 %" is the attainment cell at its own number format, and 74,1 % the share cell's.
    const rehab = vi.cells.find(
      (c) => c.col === 6 && typeof c.value === "number" && Math.abs(c.value - 0.7841) < 1e-4,
    )!;
    expect(rehab.format).toBe("0.00%");
    expect(paragraph.value).toContain("đạt 78,41\u00a0% kế hoạch");
    const share = vi.cells.find((c) => c.col === 4 && c.row > 4 && c.value === 20 / 27)!;
    expect(share.format).toBe("0.0%");
  });

  it("counts by group: 11/12, 1/5, 8/10", () => {
    const groups = vi.charts.find((c) => c.id === "groups")!;
    expect(column(vi, groups.series[0]!.values)).toEqual([11, 1, 8]);
    expect(column(vi, groups.series[1]!.values)).toEqual([0, 4, 2]);
    expect(column(vi, groups.series[2]!.values)).toEqual([1, 0, 0]);
    expect(groups.series.map((s) => s.name)).toEqual([
      "Hoàn thành",
      "Gần đạt (≥ 90\u00a0% KH)",
      "Chưa hoàn thành",
      "Chưa có số liệu",
    ]);
    // The sample's sections are typed in capitals; the table and the chart it labels name them as the paragraph does.
    expect(analysis.summary.byGroup[0]!.group).toBe("CHỈ TIÊU DO NGÀNH LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI CHỦ TRÌ");
    expect(column(vi, groups.categories)).toEqual([
      "Chỉ tiêu do ngành Lao động - Thương binh và Xã hội chủ trì",
      "Chỉ tiêu ngành Lao động - Thương binh và Xã hội phối hợp thực hiện",
      "Chỉ tiêu khác của chương trình",
    ]);
    expect(cellAt(vi, 4, 1)!.value).toContain("Trong 12 chỉ tiêu do ngành Lao động - Thương binh và Xã hội chủ trì");
    expect(column(en, en.charts.find((c) => c.id === "groups")!.categories)[2]).toBe("Chỉ tiêu khác của chương trình");
  });

  it("has one row per indicator with attainment, its distance from plan in words and a coloured band", () => {
    const first = vi.headerRow + 1;
    const row = (n: number) => ({
      attainment: cellAt(vi, first + n - 1, 6)?.value,
      gap: cellAt(vi, first + n - 1, 7)?.value,
      band: cellAt(vi, first + n - 1, 8),
    });
    expect(cellAt(vi, vi.headerRow, 7)?.value).toBe("So với kế hoạch");
    expect(cellAt(en, en.headerRow, 7)?.value).toBe("Against plan");
    expect(row(1).attainment).toBeCloseTo(1.0674, 4);
    expect(row(1).gap).toBe("vượt 6,7\u00a0%");
    expect(row(1).band).toMatchObject({ value: "Hoàn thành", style: { fill: "achieved" } });
    // The commune model at 78,41 %: its shortfall, not "Vượt KH 0,0%".
    expect(row(10).gap).toBe("còn thiếu 21,6\u00a0%");
    expect(row(10).band).toMatchObject({ value: "Chưa hoàn thành", style: { fill: "notAchieved" } });
    expect(row(16)).toMatchObject({
      gap: "còn thiếu 6,8\u00a0%",
      band: { style: { fill: "near", fontColor: "near" } },
    });
    // The poverty rate 0,03 % under "Dưới 0,5%": points, and no attainment of 1 667 % anywhere.
    expect(row(3)).toMatchObject({ attainment: null, gap: "+0,47 điểm %" });
    expect(row(14)).toMatchObject({ attainment: null, gap: "\u22123,8 điểm %", band: { style: { fill: "near" } } });
    const rateRows = analysis.indicators.flatMap((ind, i) => (ind.measure === "rate" ? [i + 1] : []));
    expect(rateRows).toHaveLength(12);
    for (const n of rateRows) expect(row(n).gap, `row ${n}`).toMatch(/điểm %$|^bằng chỉ tiêu$/);
    const percents = vi.cells.filter((c) => c.format?.includes("%") && typeof c.value === "number");
    expect(Math.max(...percents.map((c) => c.value as number))).toBeLessThan(2);
  });

  it("charts attainment for every figure but rates, by the table's numbers, from figures listed under the charts", () => {
    const attainment = vi.charts.find((c) => c.id === "attainment")!;
    const numbers = column(vi, attainment.categories);
    const rates = new Set(analysis.indicators.flatMap((ind, i) => (ind.measure === "rate" ? [i + 1] : [])));
    expect(numbers).toEqual(analysis.indicators.map((_, i) => i + 1).filter((n) => !rates.has(n)));
    const values = column(vi, attainment.series[0]!.values);
    expect(values[0]).toBeCloseTo(1.0674, 4);
    expect(values[numbers.indexOf(10)]).toBeCloseTo(0.7841, 4);
    expect(column(vi, attainment.referenceLine!.values).every((v) => v === 1)).toBe(true);
    expect(attainment.axisMax).toBeUndefined();
    const names = column(vi, {
      col: 2,
      firstRow: attainment.categories.firstRow,
      lastRow: attainment.categories.lastRow,
    });
    expect(names[0]).toBe(analysis.indicators[0]!.name);
    const lowest = Math.max(...vi.charts.map((c) => c.anchor.row + c.anchor.heightRows));
    expect(attainment.categories.firstRow).toBeGreaterThan(lowest);
  });

  it("charts the share by status from the status block", () => {
    const status = vi.charts.find((c) => c.id === "status")!;
    expect(column(vi, status.categories)).toEqual([
      "Hoàn thành",
      "Gần đạt (≥ 90\u00a0% KH)",
      "Chưa hoàn thành",
      "Chưa có số liệu",
    ]);
    expect(column(vi, status.series[0]!.values)).toEqual([20, 6, 1, 0]);
    expect(en.charts.find((c) => c.id === "status")!.title).toBe("Indicators by status");
  });

  it("counts pace beside the status block for the sample's 'Lũy kế 2021-2023' (60 % of 2021-2025)", () => {
    const heading = vi.cells.find((c) => c.value === "Tiến độ")!;
    expect(cellAt(vi, heading.row, 2)?.value).toBe("Đánh giá"); // on the status block's heading row
    // The paragraph's 12 achieved ahead of time; the commune model (78,41 %) and voluntary social insurance
    // (93,25 %) are past the 60 % elapsed.
    expect(cellAt(vi, heading.row + 1, heading.col)).toMatchObject({
      value: "Hoàn thành trước thời hạn",
      style: { fill: "ahead" },
    });
    expect(cellAt(vi, heading.row + 1, heading.col + 1)?.value).toBe(12);
    expect(cellAt(vi, heading.row + 2, heading.col)).toMatchObject({
      value: "Đúng tiến độ",
      style: { fill: "achieved" },
    });
    expect(cellAt(vi, heading.row + 2, heading.col + 1)?.value).toBe(2);
    expect(cellAt(vi, heading.row + 3, heading.col)).toMatchObject({
      value: "Chậm tiến độ",
      style: { fill: "notAchieved" },
    });
    expect(cellAt(vi, heading.row + 3, heading.col + 1)?.value).toBe(0);
    expect(cellAt(vi, heading.row + 4, heading.col)?.value).toBe(
      "Kỳ báo cáo: lũy kế giai đoạn 2021–2023, đã qua 60\u00a0% thời gian kế hoạch; chỉ xét chỉ tiêu cộng dồn (số lượng, kinh phí).",
    );
    expect(en.cells.some((c) => c.value === "Behind schedule")).toBe(true);
    expect(en.cells.some((c) => c.value === "Achieved ahead of time")).toBe(true);
  });

  it("shows no pace for a whole period or none", () => {
    for (const period of [null, { label: "cả năm", elapsed: 1, cell: null, source: "user" as const }]) {
      const plan = buildSummaryPlan(analyzeSheet(programme08(), { period }), { lang: "vi", generatedAt: "x" });
      expect(plan.cells.some((c) => c.value === "Tiến độ" || c.value === "Đúng tiến độ")).toBe(false);
    }
  });

  it("widens the columns of the pace labels to the longest in either language, and only beside pace counts", () => {
    // "Hoàn thành trước thời hạn" on one line in the attainment column, 14 wide in a summary without pace, and in
    // the table's Pace column, which was 16 wide: its 12 rows achieved ahead of time were two lines high for it.
    expect(vi.columnWidths).toEqual([6, 52, 14, 14, 14, 23, 18, 19, 23]);
    expect([en.columnWidths[5], en.columnWidths[8]]).toEqual([vi.columnWidths[5], vi.columnWidths[8]]);
    for (const [plan, ahead] of [
      [vi, "Hoàn thành trước thời hạn"],
      [en, "Achieved ahead of time"],
    ] as const) {
      const paces = plan.cells.filter((c) => c.col === 9 && c.row > plan.headerRow && c.value === ahead);
      expect(paces).toHaveLength(12);
    }
    const whole = { label: "cả năm", elapsed: 1, cell: null, source: "user" as const };
    const unpaced = buildSummaryPlan(analyzeSheet(programme08(), { period: whole }), { lang: "en", generatedAt: "x" });
    expect(unpaced.columnWidths).toEqual([6, 52, 14, 14, 14, 14, 18, 24]);
  });

  it("sizes the Status column to its longest label in the sheet's own language", () => {
    // "Near target (≥ 90% of plan)" is about 22 digits of Times New Roman, "Gần đạt (≥ 90 % KH)" about 17: in the
    // 22 both languages had, the English label wrapped and made each of the six near rows two lines high.
    const labels = (plan: SummaryPlan) =>
      plan.cells.filter((c) => c.col === 8 && c.row > plan.headerRow).map((c) => String(c.value));
    for (const [plan, near, width] of [
      [vi, "Gần đạt (≥ 90\u00a0% KH)", 19],
      [en, "Near target (≥ 90% of plan)", 24],
    ] as const) {
      expect(labels(plan).filter((label) => label === near)).toHaveLength(6);
      const status = plan.columnWidths[7]!;
      expect(status).toBe(width);
      for (const label of new Set(labels(plan)))
        expect(textWidth(label) + CELL_MARGIN, label).toBeLessThanOrEqual(status);
    }
    // The table in the rows' own language is no wider than it needs: Vietnamese keeps the narrower column.
    expect(vi.columnWidths[7]!).toBeLessThan(en.columnWidths[7]!);
  });

  it("is print-ready: A4 landscape, fit to width, the table header repeated", () => {
    expect(vi.print).toEqual({
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: { first: vi.headerRow, last: vi.headerRow },
    });
    expect(cellAt(vi, vi.headerRow, 2)?.value).toBe("Chỉ tiêu");
  });

  it("never places two cells at one address, and charts cover no cell", () => {
    const keys = vi.cells.map((c) => `${c.row}:${c.col}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const chart of vi.charts) {
      const { row, col, widthCols, heightRows } = chart.anchor;
      const covered = vi.cells.filter(
        (c) => c.row >= row && c.row < row + heightRows && c.col >= col && c.col < col + widthCols,
      );
      expect(covered, chart.id).toEqual([]);
    }
  });
});

describe("the attainment chart's axis", () => {
  it("stops at 200 % only when a bar would pass it, which a lower-is-better count can, a rate never", () => {
    const fitted = buildSummaryPlan(analyzeSheet(programme08()), { lang: "vi", generatedAt: "x" });
    expect(fitted.charts.find((c) => c.id === "attainment")!.axisMax).toBeUndefined();
    const sheet = programme08();
    // Row 13, districts without poor households: a ceiling of 15 reached with 5 is an attainment of 300 %.
    const row = sheet.values[12]!;
    const plan = row.findIndex((v) => v === 15);
    const actual = row.findIndex((v) => v === 18);
    row[plan] = "Không quá 15";
    row[actual] = 5;
    const capped = buildSummaryPlan(analyzeSheet(sheet), { lang: "vi", generatedAt: "x" });
    expect(capped.charts.find((c) => c.id === "attainment")!.axisMax).toBe(2);
  });
});
