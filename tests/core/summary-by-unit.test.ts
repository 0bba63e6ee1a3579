import { describe, expect, it } from "vitest";
import { buildByUnitPlan, type UnitEntry } from "../../src/core/summary/by-unit";
import type { Summary } from "../../src/core/types";

function entry(
  unit: string,
  near: number,
  counts: Omit<Summary, "byGroup" | "groupedBy" | "ahead" | "onTrack" | "behind">,
): UnitEntry {
  return {
    unit,
    sheet: "Bieu 01",
    summary: { ...counts, ahead: 0, onTrack: 0, behind: 0, byGroup: [], groupedBy: null },
    near,
    errors: 0,
    warnings: 0,
    note: null,
    tab: unit,
  };
}

const headers = (entries: UnitEntry[]) =>
  buildByUnitPlan(entries, entries.length, "en", "12/2/2026")
    .cells.filter((c) => c.row === 4 && c.col >= 5 && c.col <= 8)
    .map((c) => c.value);

const soSon = { indicators: 4, achieved: 3, near: 0, notAchieved: 1, noData: 0 };
const baVi = { indicators: 27, achieved: 20, near: 6, notAchieved: 1, noData: 0 };

describe("by-unit sheet of a summary of several inputs", () => {
  it("names the near threshold the units were all judged by", () => {
    expect(headers([entry("huyen-ba-vi", 0.85, baVi), entry("huyen-soc-son", 0.85, soSon)])).toEqual([
      "Achieved",
      "Near target (≥ 85% of plan)",
      "Not achieved",
      "No data",
    ]);
  });

  it("names no threshold when the units were judged by different ones, rather than one that is wrong for some", () => {
    expect(headers([entry("huyen-ba-vi", 0.9, baVi), entry("huyen-soc-son", 0.8, soSon)])).toEqual([
      "Achieved",
      "Near target",
      "Not achieved",
      "No data",
    ]);
  });

  it("draws its chart from the share column, past the four band columns", () => {
    const plan = buildByUnitPlan([entry("huyen-ba-vi", 0.9, baVi)], 1, "en", "12/2/2026");
    const values = plan.charts[0]!.series[0]!.values;
    const at = (row: number) => plan.cells.find((c) => c.row === row && c.col === values.col)?.value;
    expect(at(4)).toBe("Share achieved");
    expect(at(values.firstRow)).toBe(20 / 27);
  });
});
