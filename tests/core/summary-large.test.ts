/** A summary of thousands of indicators keeps its attainment chart legible and says what the chart leaves out. */
import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { buildSummaryPlan } from "../../src/core/summary/build";
import { sheet } from "../helpers/table";

function communes(count: number) {
  const rows = Array.from({ length: count }, (_, i) => [
    String(i + 1),
    `Số hộ được hỗ trợ nhà ở tại xã số ${i + 1}`,
    "hộ",
    100,
    80 + (i % 40),
  ]);
  return analyzeSheet(sheet({ header: [["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"]], rows }));
}

describe("the attainment chart of a large summary", () => {
  it("draws at most 300 bars and its title says how many of how many", () => {
    const analysis = communes(1200);
    expect(analysis.summary.indicators).toBe(1200);
    const vi = buildSummaryPlan(analysis, { lang: "vi", generatedAt: "25/11/2026 09:00" });
    const chart = vi.charts.find((c) => c.id === "attainment")!;
    expect(chart.categories.lastRow - chart.categories.firstRow + 1).toBe(300);
    expect(chart.series[0]!.values.lastRow).toBe(chart.categories.lastRow);
    expect(chart.referenceLine!.values.lastRow).toBe(chart.categories.lastRow);
    expect(chart.anchor.heightRows).toBe(360);
    expect(chart.title).toBe(
      "Tỷ lệ thực hiện so với kế hoạch, trừ chỉ tiêu tỷ lệ (theo STT của bảng tổng hợp) — 300 chỉ tiêu đầu trong 1.200, các chỉ tiêu còn lại xem trong bảng",
    );
    const en = buildSummaryPlan(analysis, { lang: "en", generatedAt: "2026-11-25 09:00" });
    expect(en.charts[0]!.title).toContain("the first 300 of 1,200 indicators; the rest are in the table");
  });

  it("draws every bar, with the plain title, for a table of a few hundred", () => {
    const plan = buildSummaryPlan(communes(300), { lang: "vi", generatedAt: "25/11/2026 09:00" });
    const chart = plan.charts.find((c) => c.id === "attainment")!;
    expect(chart.categories.lastRow - chart.categories.firstRow + 1).toBe(300);
    expect(chart.title).toBe("Tỷ lệ thực hiện so với kế hoạch, trừ chỉ tiêu tỷ lệ (theo STT của bảng tổng hợp)");
  });
});
