import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import {
  programme08,
  programme08WithFaults,
  PROGRAMME08_FAULTS,
  PROGRAMME08_ROWS,
} from "../../src/samples/programme08";
import { columnLetter } from "../../src/core/address";

describe("Programme 08 (figures from the seed article)", () => {
  const analysis = analyzeSheet(programme08());

  it("finds the two-level header and the cumulative result column", () => {
    expect(analysis.table?.headerRows).toEqual(PROGRAMME08_ROWS.header);
    expect(analysis.table?.actualChoice).toBe("cumulative");
    const cols = analysis.table!.columns;
    expect(Object.fromEntries(Object.entries(cols).map(([k, v]) => [k, columnLetter(v!)]))).toEqual({
      number: "A",
      name: "B",
      unit: "C",
      plan: "D",
      actual: "G",
      statedPercent: "H",
      statedStatus: "I",
      lead: "J",
      remarks: "K",
    });
    expect(analysis.table?.lastRow).toBe(PROGRAMME08_ROWS.totals);
  });

  it("counts 20 of 27 achieved; 11 of 12 led by the department; 1 of 5 coordinated", () => {
    expect(analysis.summary).toMatchObject({ indicators: 27, achieved: 20, notAchieved: 7, noData: 0 });
    expect(analysis.summary.byGroup.map((g) => [g.achieved, g.indicators])).toEqual([
      [11, 12],
      [1, 5],
      [8, 10],
    ]);
    expect(analysis.summary.byGroup[0]!.group).toBe("CHỈ TIÊU DO NGÀNH LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI CHỦ TRÌ");
  });

  it("computes 720.493 against 675.000 as 106,74 % attainment and 6,74 % over plan", () => {
    const vocational = analysis.indicators.find((i) => i.row === PROGRAMME08_ROWS.vocational)!;
    expect(vocational.plan).toBe(675000);
    expect(vocational.actual).toBe(720493);
    expect(vocational.attainment).toBeCloseTo(1.0674, 4);
    expect(vocational.overPlan).toBeCloseTo(0.0674, 4);
  });

  it("reads the one labour-department indicator not completed at 78,41 % of plan", () => {
    const rehab = analysis.indicators.find((i) => i.row === PROGRAMME08_ROWS.rehabilitation)!;
    expect(rehab.status).toBe("not_achieved");
    expect(rehab.attainment).toBeCloseTo(0.7841, 4);
    expect(rehab.overPlan).toBe(0);
  });

  it("treats the poor-household rate as lower-is-better against 'Dưới 0,5%'", () => {
    const poor = analysis.indicators.find((i) => i.row === PROGRAMME08_ROWS.poorRate)!;
    expect(poor.direction).toBe("lower");
    expect(poor.target?.comparator).toBe("<");
    expect(poor.plan).toBeCloseTo(0.005, 10);
    expect(poor.actual).toBeCloseTo(0.0003, 10);
    expect(poor.status).toBe("achieved");
  });

  it("raises no error and no warning on the clean table, and says which result column it used", () => {
    expect(analysis.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(analysis.issues.map((i) => [i.code, i.cell])).toEqual([["result-column-chosen", "G7"]]);
  });

  it("reports exactly the introduced faults, each at its cell", () => {
    const faulty = analyzeSheet(programme08WithFaults());
    const found = faulty.issues.filter((i) => i.severity !== "info").map((i) => ({ code: i.code, cell: i.cell }));
    expect(found).toEqual(expect.arrayContaining(PROGRAMME08_FAULTS));
    expect(found).toHaveLength(PROGRAMME08_FAULTS.length);
    const fix = faulty.issues.find((i) => i.code === "number-as-text")!.fix;
    expect(fix).toMatchObject({ cell: "G9", value: 720493, before: "720.493" });
  });
});
