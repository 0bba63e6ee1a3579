import { describe, expect, it } from "vitest";
import { parseA1 } from "../../src/core/address";
import { analyzeSheet } from "../../src/core/analyze";
import {
  decidePercentScale,
  FRACTION_TARGET,
  ownFormulaScale,
  type ScaleCell,
  scaleOfTarget,
} from "../../src/core/percent-scale";
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
  const guessed = (a: ReturnType<typeof analyzeSheet>) =>
    a.issues.filter((i) => i.code === "percent-scale-guessed").map((i) => [i.cell, i.params?.why]);

  it("reads a plain 0,989 beside a plan formatted as a percent as 98,9 %, without a warning", () => {
    const a = analyse([["1", "Tỷ lệ bao phủ BHYT", "%", 0.95, 0.989]], { D2: "0%" }, {});
    expect(a.indicators[0]).toMatchObject({ actual: 0.989, status: "achieved" });
    expect(a.indicators[0]!.gapPoints).toBeCloseTo(3.9, 9);
    expect(mixed(a)).toEqual([]);
    expect(guessed(a)).toEqual([]);
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

  it("keeps the default and warns when the evidence disagrees, saying how the cell was read", () => {
    const a = analyse([["1", "Tỷ lệ bao phủ BHYT", "%", 0.95, 0.989, 0.0104]], { D2: "0%" }, { F2: "=E2/95" });
    expect(a.indicators[0]!.actual).toBeCloseTo(0.00989, 12);
    expect(mixed(a)).toEqual(["E2"]);
    expect(guessed(a)).toEqual([["E2", "conflict"]]);
  });

  it("reads a plain rate as a whole percent when nothing in the row says otherwise, as before, and says so", () => {
    const a = analyse([["1", "Tỷ lệ hộ nghèo", "%", "Dưới 0,5%", 0.03]], {}, {});
    expect(a.indicators[0]!.actual).toBeCloseTo(0.0003, 12);
    expect(a.indicators[0]).toMatchObject({ status: "achieved", gapPoints: 0.47 });
    expect(guessed(a)).toEqual([["E2", "small"]]);
  });

  it("reads a plain 0,989 in General format beside '≥ 99,5%' as 98,9 %, 0,6 points short, not 0,99 %", () => {
    const a = analyse([["1", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "≥ 99,5%", 0.989]], {}, {});
    expect(a.indicators[0]).toMatchObject({ actual: 0.989, status: "not_achieved", gapPoints: -0.6, band: "near" });
    expect(a.indicators[0]!.attainment).toBeCloseTo(0.989 / 0.995, 12);
    expect(guessed(a)).toEqual([["E2", "target"]]);
    // The same figure typed as the percent it is reads as before, with nothing to say.
    const whole = analyse([["1", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "≥ 99,5%", 98.9]], {}, {});
    expect(whole.indicators[0]).toMatchObject({ status: "not_achieved", gapPoints: -0.6 });
    expect(whole.indicators[0]!.actual).toBeCloseTo(0.989, 12);
    expect(guessed(whole)).toEqual([]);
  });

  it("takes the target's size as evidence whichever its direction, and whatever says '%': the unit or the target", () => {
    const a = analyse(
      [
        // A ceiling in the tens of percents: 0,185 is 18,5 %, under it.
        ["1", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "%", "Dưới 20%", 0.185],
        // 78,41 % of the plan's communes, the one labour indicator not completed; no unit, a percent target. "100%"
        // typed as text is a cell of the row written as a fraction: evidence, not a guess.
        ["2", "Tỷ lệ xã, phường có mô hình hỗ trợ người sau cai nghiện", "", "100%", 0.7841],
        // A target typed as a whole percent without its sign is as large.
        ["3", "Tỷ lệ lao động qua đào tạo", "%", "≥ 75", 0.735],
      ],
      {},
      {},
    );
    expect(a.indicators.map((i) => [i.actual, i.status])).toEqual([
      [0.185, "achieved"],
      [0.7841, "not_achieved"],
      [0.735, "not_achieved"],
    ]);
    expect(a.indicators[1]!.attainment).toBeCloseTo(0.7841, 12);
    expect(guessed(a)).toEqual([
      ["E2", "target"],
      ["E4", "target"],
    ]);
  });

  it("keeps the default below a target of 15 %, where the nearer reading would depend on the value", () => {
    // Near-poor households under "Dưới 1,5%": 0,99 is 0,99 %, as the seed article reports.
    const a = analyse([["1", "Tỷ lệ hộ cận nghèo", "%", "Dưới 1,5%", 0.99]], {}, {});
    expect(a.indicators[0]!.actual).toBeCloseTo(0.0099, 12);
    expect(a.indicators[0]!.status).toBe("achieved");
    expect(guessed(a)).toEqual([["E2", "small"]]);
  });
});

describe("scaleOfTarget", () => {
  it("says fractions from a target of 15 %, where every plain number up to 1,5 is nearer it as a fraction", () => {
    expect(scaleOfTarget(0.995)).toBe("fraction");
    expect(scaleOfTarget(FRACTION_TARGET)).toBe("fraction");
    expect(scaleOfTarget(0.1)).toBeNull();
    expect(scaleOfTarget(0.005)).toBeNull();
    expect(scaleOfTarget(null)).toBeNull();
    // At the bound, the largest ambiguous number is ten times the target as a fraction, a tenth of it whole.
    expect(1.5 / FRACTION_TARGET).toBeCloseTo(10, 12);
  });
});
