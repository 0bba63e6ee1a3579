import { describe, expect, it } from "vitest";
import {
  holdingMask,
  holdingMaskByValue,
  learnRelations,
  relationFigure,
  RELATION_BIT,
  type Figure,
  type KindRelations,
  type Relation,
} from "../../../src/core/series/cumulative";

const exact = (...values: number[]) => values.map((value) => ({ value, rounding: 0 }));
const QUANTITY: KindRelations = { always: ["sum", "latest"], usual: ["sum", "latest"] };
const RATE: KindRelations = { always: [], usual: ["latest", "average"] };
const relationsOf = (kind: string) => (kind === "quantity" ? QUANTITY : RATE);
const holds = (relation: Relation, cumulative: Figure, years: Figure[]) =>
  (holdingMask(cumulative, years) & RELATION_BIT[relation]) !== 0;

describe("cumulative relations", () => {
  it("computes the sum, the latest year and the average with their rounding", () => {
    const years = [
      { value: 960.5, rounding: 0.05 },
      { value: 1002.3, rounding: 0.05 },
      { value: 1012.6, rounding: 0.05 },
    ];
    expect(relationFigure("sum", years).value).toBeCloseTo(2975.4, 9);
    expect(relationFigure("sum", years).rounding).toBeCloseTo(0.15, 9);
    expect(relationFigure("latest", years)).toEqual(years[2]);
    expect(relationFigure("average", years).value).toBeCloseTo(991.8, 9);
  });

  it("holds within the display rounding of both sides and no further", () => {
    const years = [
      { value: 960.54, rounding: 0.05 },
      { value: 1002.33, rounding: 0.05 },
    ];
    expect(holds("sum", { value: 1963, rounding: 0.5 }, years)).toBe(true);
    expect(holds("sum", { value: 1962, rounding: 0.5 }, years)).toBe(false);
    expect(holds("sum", { value: 720493, rounding: 0 }, exact(221560, 242108, 256825))).toBe(true);
    expect(holds("sum", { value: 720494, rounding: 0 }, exact(221560, 242108, 256825))).toBe(false);
  });

  it("tells the sum, the latest year and the average apart in one mask", () => {
    const years = exact(2, 4, 6);
    expect(holdingMask({ value: 12, rounding: 0 }, years)).toBe(RELATION_BIT.sum);
    expect(holdingMask({ value: 6, rounding: 0 }, years)).toBe(RELATION_BIT.latest);
    expect(holdingMask({ value: 4, rounding: 0 }, years)).toBe(RELATION_BIT.average);
    expect(holdingMask({ value: 5, rounding: 1 }, years)).toBe(RELATION_BIT.latest | RELATION_BIT.average);
    expect(holdingMask({ value: 7.5, rounding: 0 }, years)).toBe(0);
    expect(holdingMask({ value: 0, rounding: 0 }, [])).toBe(0);
  });

  it("decides from the values alone only what any rounding up to the bound would decide the same", () => {
    // Figures near each relation and far from it, against every rounding of 0 to 0.5 a side.
    const roundings = [0, 0.05, 0.25, 0.5];
    let decided = 0;
    let undecided = 0;
    for (const years of [exact(2, 4, 6), exact(960.54, 1002.33), exact(221560, 242108, 256825), exact(0.86, 0.9)])
      for (const cumulative of [
        12, 12.4, 12.6, 13.2, 6, 6.7, 4, 1962, 1963, 1962.87, 720493, 720494, 0.9, 0.88, 1.76,
      ]) {
        const byValue = holdingMaskByValue(cumulative, years, 0.5);
        if (byValue === undefined) {
          undecided++;
          continue;
        }
        decided++;
        for (const r of roundings)
          for (const c of roundings) {
            const rounded = years.map(({ value }) => ({ value, rounding: r }));
            expect(holdingMask({ value: cumulative, rounding: c }, rounded)).toBe(byValue);
          }
      }
    expect(decided).toBeGreaterThan(30);
    expect(undecided).toBeGreaterThan(3);
    expect(holdingMaskByValue(12, exact(2, 4, 6), 0.5)).toBe(RELATION_BIT.sum);
    expect(holdingMaskByValue(12.4, exact(2, 4, 6), 0.5)).toBeUndefined();
    expect(holdingMaskByValue(0.9, exact(0.86, 0.9), 0.005)).toBe(RELATION_BIT.latest);
  });

  it("learns a kind's relations from its rows and judges a small kind by its usual ones only when another is learnt", () => {
    const learned = learnRelations(
      [
        { kind: "quantity", holding: ["sum"] },
        { kind: "quantity", holding: ["sum"] },
        { kind: "quantity", holding: [] },
        { kind: "rate", holding: ["latest", "average"] },
      ],
      relationsOf,
    );
    expect(learned.get("quantity")).toEqual(["sum", "latest"]);
    expect(learned.get("rate")).toEqual(["latest", "average"]);
    const unlearned = learnRelations(
      [
        { kind: "quantity", holding: ["sum"] },
        { kind: "quantity", holding: [] },
        { kind: "quantity", holding: [] },
        { kind: "rate", holding: ["latest"] },
      ],
      relationsOf,
    );
    expect(unlearned.size).toBe(0);
  });

  it("reads the rates' own convention: average when most rates average", () => {
    const learned = learnRelations(
      [
        { kind: "rate", holding: ["average"] },
        { kind: "rate", holding: ["average"] },
        { kind: "rate", holding: ["latest"] },
      ],
      relationsOf,
    );
    expect(learned.get("rate")).toEqual(["average"]);
  });
});
