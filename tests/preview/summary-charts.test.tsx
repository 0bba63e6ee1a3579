// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { buildSummaryPlan } from "../../src/core/summary/build";
import { chartData } from "../../src/preview/chart-data";
import { SummaryCharts } from "../../src/preview/SummaryCharts";
import { programme08 } from "../../src/samples/programme08";

afterEach(cleanup);

const analysis = analyzeSheet(programme08("Bieu 01"));
const plan = buildSummaryPlan(analysis, { lang: "vi", generatedAt: "20/11/2023 09:30" });
/** What the attainment chart draws: every indicator but rates (judged in points), by its number in the table. */
const charted = analysis.indicators.flatMap((ind, i) =>
  ind.measure !== "rate" && ind.attainment !== null ? [{ number: i + 1, attainment: ind.attainment }] : [],
);

describe("the preview's summary charts, read from the SummaryPlan", () => {
  it("reads each chart's categories and values from the plan's cells", () => {
    const [attainment, status, groups] = chartData(plan);
    expect(charted).toHaveLength(15);
    expect(attainment?.categories).toEqual(charted.map((c) => String(c.number)));
    expect(attainment?.series[0]?.values).toEqual(charted.map((c) => c.attainment));
    expect(attainment?.reference).toBe(1);
    // Programme 08: 20 of 27 completed, 6 near the target, 1 not, none without data.
    expect(status?.categories).toEqual([
      "Hoàn thành",
      "Gần đạt (≥ 90\u00a0% KH)",
      "Chưa hoàn thành",
      "Chưa có số liệu",
    ]);
    expect(status?.series[0]?.values).toEqual([20, 6, 1, 0]);
    expect(groups?.series.map((s) => s.values)).toEqual([
      [11, 1, 8],
      [0, 4, 2],
      [1, 0, 0],
      [0, 0, 0],
    ]);
  });

  it("draws one bar per indicator, the 100 % line, the status pie and the stacked groups", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <SummaryCharts plan={plan} lang="vi" />
      </FluentProvider>,
    );
    const attainment = screen.getByRole("img", { name: plan.charts[0]!.title });
    const bars = attainment.querySelectorAll("rect");
    expect(bars).toHaveLength(charted.length);
    expect(attainment.querySelector("[data-reference]")?.getAttribute("data-reference")).toBe("1");
    // Bars are as tall as their attainment: the one at 78,41 % is shorter than one over plan.
    const heights = [...bars].map((b) => Number(b.getAttribute("height")));
    const completedAt = charted.findIndex((c) => c.attainment > 1);
    const rehab = charted.findIndex((c) => Math.abs(c.attainment - 0.7841) < 1e-4);
    expect(rehab).toBeGreaterThanOrEqual(0);
    expect(heights[rehab]!).toBeLessThan(heights[completedAt]!);

    const pie = screen.getByRole("img", { name: "Cơ cấu chỉ tiêu theo kết quả" });
    expect([...pie.querySelectorAll("path title")].map((t) => t.textContent)).toEqual([
      "Hoàn thành: 20",
      "Gần đạt (≥ 90\u00a0% KH): 6",
      "Chưa hoàn thành: 1",
    ]);
    const figure = pie.closest("figure")!;
    expect(within(figure as HTMLElement).getByText("Chưa có số liệu: 0")).toBeTruthy();

    const groups = screen.getByRole("img", { name: "Kết quả theo nhóm chỉ tiêu" });
    expect(groups.querySelectorAll("rect")).toHaveLength(6);
    // The summary palette, as CSS colours: completed in green, not completed in red, like the sheet's cells.
    expect([...groups.querySelectorAll("rect")].map((r) => r.getAttribute("fill"))).toEqual([
      "#006100",
      "#9C0006",
      "#006100",
      "#9C5700",
      "#006100",
      "#9C5700",
    ]);
    expect(attainment.querySelector("rect")?.getAttribute("fill")).toBe("#1F4E78");
  });
});
