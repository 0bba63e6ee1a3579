import { describe, expect, it } from "vitest";
import { bandOf, gapPoints, measureOf, paceOf } from "../../src/core/judge";
import { parseTarget } from "../../src/core/targets";

describe("bands", () => {
  it("keeps achieved and no data, and splits not achieved at the near threshold (inclusive)", () => {
    expect(bandOf("achieved", 0.5)).toBe("achieved");
    expect(bandOf("no_data", null)).toBe("no_data");
    expect(bandOf("not_achieved", 0.9325)).toBe("near");
    expect(bandOf("not_achieved", 0.9)).toBe("near");
    expect(bandOf("not_achieved", 0.7841)).toBe("not_achieved");
    expect(bandOf("not_achieved", 0.9325, 0.95)).toBe("not_achieved");
    expect(bandOf("not_achieved", null)).toBe("not_achieved");
  });
});

describe("gap in percentage points", () => {
  it("is positive when better than the target, in both directions", () => {
    expect(gapPoints(0.732, parseTarget("≥ 72%"))).toBe(1.2);
    expect(gapPoints(0.0003, parseTarget("Dưới 0,5%"))).toBe(0.47);
    expect(gapPoints(0.989, parseTarget("≥ 99,5%"))).toBe(-0.6);
    expect(gapPoints(0.02, parseTarget("Giảm 1-1,5%"))).toBe(-0.5);
  });

  it("is null for a count target or a missing actual", () => {
    expect(gapPoints(720493, parseTarget(675000))).toBeNull();
    expect(gapPoints(null, parseTarget("≥ 95%"))).toBeNull();
    expect(gapPoints(0.9, null)).toBeNull();
  });
});

describe("measure", () => {
  it("tells rates, levels and quantities apart", () => {
    expect(measureOf("%", parseTarget("≥ 95%"), true)).toBe("rate");
    expect(measureOf("người", parseTarget(675000), false)).toBe("quantity");
    expect(measureOf("tỷ đồng", parseTarget(3000), false)).toBe("quantity");
    expect(measureOf("đồng/người/tháng", parseTarget(440000), false)).toBe("level");
    expect(measureOf("m² bình quân", parseTarget(30), false)).toBe("level");
  });
});

describe("pace", () => {
  it("is on track when a quantity's attainment reaches the elapsed share", () => {
    expect(paceOf("quantity", 0.79, "not_achieved", 0.75)).toBe("on_track");
    expect(paceOf("quantity", 0.6, "not_achieved", 0.75)).toBe("behind");
    expect(paceOf("quantity", 0.6, "not_achieved", 0.6)).toBe("on_track");
    expect(paceOf("quantity", 1.2, "achieved", 0.5)).toBe("on_track");
  });

  it("is null for rates, levels, lower-is-better quantities, a full period or none", () => {
    expect(paceOf("rate", 0.5, "not_achieved", 0.75)).toBeNull();
    expect(paceOf("level", 0.5, "not_achieved", 0.75)).toBeNull();
    expect(paceOf("quantity", 0.5, "not_achieved", 0.75, "lower")).toBeNull();
    expect(paceOf("quantity", 0.5, "not_achieved", 1)).toBeNull();
    expect(paceOf("quantity", 0.5, "not_achieved", null)).toBeNull();
    expect(paceOf("quantity", null, "no_data", 0.75)).toBeNull();
  });
});
