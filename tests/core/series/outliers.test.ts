import { describe, expect, it } from "vitest";
import { DEFAULT_OUTLIER_OPTIONS, findOutliers, type YearValue } from "../../../src/core/series/outliers";

const from = (first: number, values: number[]): YearValue[] => values.map((value, i) => ({ year: first + i, value }));

/** Every series of five years growing by 10, 12,5, 15, 17,5 or 20 % a year, in every order. */
function steadyGrowth(start: number): number[][] {
  const rates = [0.1, 0.125, 0.15, 0.175, 0.2];
  const out: number[][] = [];
  const grow = (series: number[]) => {
    if (series.length === 5) return void out.push(series);
    for (const r of rates) grow([...series, series[series.length - 1]! * (1 + r)]);
  };
  grow([start]);
  return out;
}

describe("series outliers", () => {
  it("never flags a steady growth of 10–20 % a year over five years, counts or rates, up or down", () => {
    const all = [...steadyGrowth(221560), ...steadyGrowth(198)];
    expect(all).toHaveLength(2 * 625);
    for (const values of all) {
      expect(findOutliers(from(2021, values), "quantity")).toEqual([]);
      expect(findOutliers(from(2021, [...values].reverse()), "quantity")).toEqual([]);
    }
    for (const values of steadyGrowth(0.3)) {
      expect(findOutliers(from(2021, values), "rate")).toEqual([]);
      expect(
        findOutliers(
          from(
            2021,
            values.map((v) => v / 30),
          ),
          "rate",
        ),
      ).toEqual([]);
    }
  });

  it("flags a value more than 3 SD from the trend of the other years as extreme, 2 SD as moderate", () => {
    const extreme = findOutliers(from(2019, [100, 104, 109, 412, 118, 123]), "quantity");
    expect(extreme).toMatchObject([{ index: 3, kind: "extreme" }]);
    expect(extreme[0]!.ratio).toBeCloseTo(412 / extreme[0]!.expected, 9);
    expect(extreme[0]!.expected).toBeGreaterThan(109);
    expect(extreme[0]!.expected).toBeLessThan(118);
    const moderate = findOutliers(from(2019, [100, 105, 98, 130, 102, 101]), "quantity");
    expect(moderate).toMatchObject([{ index: 3, kind: "moderate" }]);
    expect(moderate[0]!.deviations).toBeGreaterThan(2);
    expect(moderate[0]!.deviations).toBeLessThan(3);
  });

  it("needs five years for the deviation test; fewer give only the magnitude and jump checks", () => {
    expect(findOutliers(from(2021, [100, 104, 160, 112]), "quantity")).toEqual([]);
    const six = from(2019, [100, 104, 109, 412, 118, 123]);
    expect(findOutliers(six, "quantity", { ...DEFAULT_OUTLIER_OPTIONS, minYears: 7 })).toEqual([]);
  });

  it("flags a typed extra zero between its neighbours and a missing zero at the start, with the ratio", () => {
    const extra = findOutliers(from(2021, [221560, 2421080, 256825]), "quantity");
    expect(extra).toMatchObject([{ index: 1, kind: "magnitude" }]);
    expect(extra[0]!.ratio).toBeCloseTo(2421080 / Math.sqrt(221560 * 256825), 9);
    const missing = findOutliers(from(2021, [22156, 242108, 256825]), "quantity");
    expect(missing).toMatchObject([{ index: 0, kind: "magnitude", expected: 242108 }]);
    expect(missing[0]!.ratio).toBeCloseTo(22156 / 242108, 9);
  });

  it("leaves two years, a tenfold growth carried on, and zeros alone", () => {
    expect(findOutliers(from(2022, [2918, 29180]), "quantity")).toEqual([]);
    expect(findOutliers(from(2021, [12, 120, 1200]), "quantity")).toEqual([]);
    expect(findOutliers(from(2021, [0, 15, 18]), "quantity")).toEqual([]);
  });

  it("flags a rate jumping more points than it usually moves: the value that jumps away and back, or a new level", () => {
    expect(findOutliers(from(2021, [0.365, 0.389, 0.552, 0.41]), "rate")).toMatchObject([{ index: 2, kind: "jump" }]);
    const shift = findOutliers(from(2020, [0.5, 0.52, 0.54, 0.7, 0.72]), "rate");
    expect(shift).toMatchObject([{ index: 3, kind: "jump", expected: 0.54 }]);
    expect(shift[0]!.points).toBeCloseTo(16, 9);
    expect(findOutliers(from(2021, [0.2, 0.32, 0.44, 0.56, 0.68]), "rate")).toEqual([]);
    expect(findOutliers(from(2021, [0.921, 0.936, 0.989]), "rate")).toEqual([]);
  });

  it("takes its thresholds from the options", () => {
    const series = from(2021, [0.5, 0.52, 0.6]);
    expect(findOutliers(series, "rate")).toEqual([]);
    expect(findOutliers(series, "rate", { ...DEFAULT_OUTLIER_OPTIONS, jumpPoints: 5 })).toMatchObject([
      { index: 2, kind: "jump" },
    ]);
  });
});
