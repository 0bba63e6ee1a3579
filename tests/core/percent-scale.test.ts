import { describe, expect, it } from "vitest";
import { parseA1 } from "../../src/core/address";
import { analyzeSheet } from "../../src/core/analyze";
import { decidePercentScale, ownFormulaScale, type ScaleCell } from "../../src/core/percent-scale";
import type { CellValue } from "../../src/core/snapshot";
import { sheet, VI_HEADER } from "../helpers/table";

const cell = (col: string, number: number | null, percentMark = false, formula: string | null = null): ScaleCell => ({
  row: 8,
  col: col.charCodeAt(0) - 64,
  number,
  percentMark,
  formula,
});

describe("decidePercentScale: a '%' row's plain numbers read from the row's own evidence", () => {
  it("takes a sibling formatted as a percent for a row of fractions", () => {
    // Health-insurance coverage: 2021 and 2022 formatted as %, the cumulative 0,989 typed plain.
    expect(decidePercentScale([cell("E", 0.967, true), cell("F", 0.978, true), cell("G", 0.989)])).toEqual({
      scale: "fraction",
      conflict: false,
    });
  });

  it("reads the stated percent's formula: =G8/95 divides by a whole percent, =G8/$D$3 by the cell's scale", () => {
    expect(decidePercentScale([cell("G", 0.989)], ["=G8/95"]).scale).toBe("whole");
    // 0,95 could be either, like any plain number up to 1,5.
    expect(decidePercentScale([cell("G", 0.989)], ["=ROUND(G8/0.95,4)"]).scale).toBeNull();
    const target = (row: number, col: number) => (row === 3 && col === 4 ? cell("D", 0.95, true) : null);
    expect(decidePercentScale([cell("G", 0.989)], ["=IFERROR(G8/$D$3,0)"], target).scale).toBe("fraction");
    // =G8/D8 ties G8 to D8's scale: D8 formatted as a percent.
    expect(decidePercentScale([cell("D", 0.95, true), cell("G", 0.989)], ["=G8/D8"]).scale).toBe("fraction");
    // Two plain numbers that could be either tell nothing: the default applies.
    expect(decidePercentScale([cell("D", 0.95), cell("G", 0.989)], ["=G8/D8"])).toEqual({
      scale: null,
      conflict: false,
    });
  });

  it("reads a cell's own formula: a ratio of counts is a fraction, times 100 a whole percent", () => {
    // Poor-household rate, 690 households of 2,3 million.
    expect(ownFormulaScale(cell("G", 0.0003, false, "=K8/L8"))).toBe("fraction");
    expect(ownFormulaScale(cell("G", 0.03, false, "=K8/L8*100"))).toBe("whole");
    expect(ownFormulaScale(cell("G", 0.03, false, "=SUM(K8:L8)"))).toBeNull();
    expect(decidePercentScale([cell("G", 0.0003, false, "=K8/L8")]).scale).toBe("fraction");
  });

  it("counts a plain number above 1,5 as a whole percent, and reports evidence that disagrees", () => {
    expect(decidePercentScale([cell("D", 95), cell("G", 0.97)]).scale).toBe("whole");
    expect(decidePercentScale([cell("D", 95), cell("G", 0.97, true)])).toEqual({ scale: null, conflict: true });
    expect(decidePercentScale([cell("E", 0.967, true), cell("G", 0.989)], ["=G8/95"])).toEqual({
      scale: null,
      conflict: true,
    });
  });

  it("decides nothing without evidence", () => {
    expect(decidePercentScale([cell("G", 0.5), cell("E", null)])).toEqual({ scale: null, conflict: false });
  });
});

describe("a '%' row read with its own evidence", () => {
  const analyse = (rows: CellValue[][], formats: Record<string, string>, formulas: Record<string, string>) => {
    const snapshot = sheet({ header: [VI_HEADER], rows, formats });
    snapshot.formulas = snapshot.values.map((line) => line.map(() => null));
    for (const [address, formula] of Object.entries(formulas)) {
      const at = parseA1(address)!;
      snapshot.formulas[at.row - 1]![at.col - 1] = formula;
    }
    return analyzeSheet(snapshot);
  };
  const mixed = (a: ReturnType<typeof analyzeSheet>) =>
    a.issues.filter((i) => i.code === "percent-scale-mixed").map((i) => i.cell);

  it("reads a plain 0,989 beside a plan formatted as a percent as 98,9 %, without a warning", () => {
    const a = analyse([["1", "Tỷ lệ bao phủ BHYT", "%", 0.95, 0.989]], { D2: "0%" }, {});
    expect(a.indicators[0]).toMatchObject({ actual: 0.989, status: "achieved" });
    expect(a.indicators[0]!.gapPoints).toBeCloseTo(3.9, 9);
    expect(mixed(a)).toEqual([]);
  });

  it("reads the poor-household rate computed as households over households as a fraction: 0,03 %", () => {
    const a = analyse([["1", "Tỷ lệ hộ nghèo", "%", "Dưới 0,5%", 690 / 2_300_000]], {}, { E2: "=K2/L2" });
    expect(a.indicators[0]!.actual).toBeCloseTo(0.0003, 12);
    expect(a.indicators[0]).toMatchObject({ status: "achieved", gapPoints: 0.47 });
  });

  it("reads the actual on the scale the stated percent's formula divides it by", () => {
    // The target typed once, formatted as a percent, in J2: the stated percent divides by it.
    const fraction = analyse(
      [["1", "Tỷ lệ bao phủ BHYT", "%", "≥ 95%", 0.989, 1.041, null, null, null, 0.95]],
      { J2: "0%" },
      { F2: "=E2/$J$2" },
    );
    expect(fraction.indicators[0]).toMatchObject({ actual: 0.989, status: "achieved" });
    // The near-poor rate 0,99 % over a ceiling of 2 %: =2/E2 reads E2 as a whole percent.
    const whole = analyse([["1", "Tỷ lệ hộ cận nghèo", "%", "Dưới 2%", 0.99, 2.02]], {}, { F2: "=2/E2" });
    expect(whole.indicators[0]!.actual).toBeCloseTo(0.0099, 12);
    expect(whole.indicators[0]!.status).toBe("achieved");
  });

  it("keeps the default and warns when the evidence disagrees", () => {
    const a = analyse([["1", "Tỷ lệ bao phủ BHYT", "%", 0.95, 0.989, 0.0104]], { D2: "0%" }, { F2: "=E2/95" });
    expect(a.indicators[0]!.actual).toBeCloseTo(0.00989, 12);
    expect(mixed(a)).toEqual(["E2"]);
  });

  it("reads a plain rate as a whole percent when nothing in the row says otherwise, as before", () => {
    const a = analyse([["1", "Tỷ lệ hộ nghèo", "%", "Dưới 0,5%", 0.03]], {}, {});
    expect(a.indicators[0]!.actual).toBeCloseTo(0.0003, 12);
  });
});
