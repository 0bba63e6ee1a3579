import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { buildSummaryPlan } from "../../src/core/summary/build";
import type { PlanCell, PlanRange, SummaryPlan } from "../../src/core/summary/plan";
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
    expect(paragraph.value).toMatch(/^Đến nay, 20\/27 chỉ tiêu hoàn thành, đạt 74,1 %\. Trong đó, nhóm/);
    expect(paragraph.style).toMatchObject({ wrap: true, horizontal: "left" });
    expect(vi.merges).toContainEqual({ top: 4, left: 1, bottom: 4, right: 9 });
    expect(cellAt(en, 4, 1)!.value).toMatch(/^To date, 20 of 27 indicators are achieved \(74\.1%\)\./);
    // The paragraph's "78,41 %" is the attainment cell at its own number format, and 74,1 % the share cell's.
    const rehab = vi.cells.find(
      (c) => c.col === 6 && typeof c.value === "number" && Math.abs(c.value - 0.7841) < 1e-4,
    )!;
    expect(rehab.format).toBe("0.00%");
    expect(paragraph.value).toContain("đạt 78,41 % kế hoạch");
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
      "Gần đạt (≥ 90 % KH)",
      "Chưa hoàn thành",
      "Chưa có số liệu",
    ]);
    expect(column(vi, groups.categories)[0]).toBe("CHỈ TIÊU DO NGÀNH LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI CHỦ TRÌ");
  });

  it("has one row per indicator with attainment, over-plan and a coloured status", () => {
    const attainment = vi.charts.find((c) => c.id === "attainment")!;
    const values = column(vi, attainment.series[0]!.values);
    expect(values).toHaveLength(27);
    expect(values[0]).toBeCloseTo(1.0674, 4);
    const firstRow = attainment.series[0]!.values.firstRow;
    expect(cellAt(vi, firstRow, 7)?.value).toBeCloseTo(0.0674, 4);
    expect(cellAt(vi, firstRow, 8)).toMatchObject({ value: "Hoàn thành", style: { fill: "achieved" } });
    expect(cellAt(vi, firstRow + 9, 8)).toMatchObject({ value: "Chưa hoàn thành", style: { fill: "notAchieved" } });
    expect(column(vi, attainment.referenceLine!.values).every((v) => v === 1)).toBe(true);
  });

  it("charts the share by status from the status block", () => {
    const status = vi.charts.find((c) => c.id === "status")!;
    expect(column(vi, status.categories)).toEqual([
      "Hoàn thành",
      "Gần đạt (≥ 90 % KH)",
      "Chưa hoàn thành",
      "Chưa có số liệu",
    ]);
    expect(column(vi, status.series[0]!.values)).toEqual([20, 6, 1, 0]);
    expect(en.charts.find((c) => c.id === "status")!.title).toBe("Indicators by status");
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

  it("never places two cells at one address, and charts do not cover the tables", () => {
    const keys = vi.cells.map((c) => `${c.row}:${c.col}`);
    expect(new Set(keys).size).toBe(keys.length);
    const lastCellRow = Math.max(...vi.cells.map((c) => c.row));
    for (const chart of vi.charts) expect(chart.anchor.row).toBeGreaterThan(lastCellRow);
  });
});

describe("the attainment chart's axis", () => {
  it("stops at 200 % only when a bar would pass it", () => {
    const capped = buildSummaryPlan(analyzeSheet(programme08()), { lang: "vi", generatedAt: "x" });
    expect(capped.charts.find((c) => c.id === "attainment")!.axisMax).toBe(2);
    const sheet = programme08();
    sheet.values = sheet.values.filter((_, i) => i + 1 !== 11);
    const fitted = buildSummaryPlan(analyzeSheet(sheet), { lang: "vi", generatedAt: "x" });
    expect(fitted.charts.find((c) => c.id === "attainment")!.axisMax).toBeUndefined();
  });
});
