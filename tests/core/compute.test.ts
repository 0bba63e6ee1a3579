import { describe, expect, it } from "vitest";
import { attainment, overPlan, pace, statusOf } from "../../src/core/compute";
import { parseTarget } from "../../src/core/targets";

describe("indicator arithmetic", () => {
  it("higher-is-better attainment is actual ÷ plan", () => {
    expect(attainment(720493, 675000)).toBeCloseTo(1.067397, 6);
    expect(overPlan(720493, 675000)).toBeCloseTo(0.067397, 6);
    expect(overPlan(454, 579)).toBe(0);
  });

  it("lower-is-better attainment is plan ÷ actual, 200 % when twice as good", () => {
    expect(attainment(0.0025, 0.005, "lower")).toBeCloseTo(2, 10);
    expect(attainment(0.005, 0.005, "lower")).toBeCloseTo(1, 10);
    expect(overPlan(0.0099, 0.015, "lower")).toBeCloseTo(0.51515, 4);
    expect(attainment(0, 0.005, "lower")).toBeNull();
  });

  it("cannot compute against a zero or missing plan", () => {
    expect(attainment(5, 0)).toBeNull();
    expect(attainment(null, 10)).toBeNull();
    expect(overPlan(5, null)).toBeNull();
  });

  it("status follows the comparator exactly: strict for 'Dưới', inclusive for 'Không quá'", () => {
    expect(statusOf(0.005, parseTarget("Dưới 0,5%"))).toBe("not_achieved");
    expect(statusOf(0.005, parseTarget("Không quá 0,5%"))).toBe("achieved");
    expect(statusOf(0.95, parseTarget("≥ 95%"))).toBe("achieved");
    expect(statusOf(0.95, parseTarget("Trên 95%"))).toBe("not_achieved");
    expect(statusOf(null, parseTarget("≥ 95%"))).toBe("no_data");
  });

  it("pace compares attainment with the share of the period gone", () => {
    expect(pace(405000, 675000, 2021, 2026, 2024)).toBeCloseTo(1, 10);
    expect(pace(300000, 675000, 2021, 2026, 2024)).toBeCloseTo(0.7407, 4);
    expect(pace(300000, 675000, 2021, 2026, 2021)).toBeNull();
    expect(pace(300000, 675000, 2026, 2021, 2024)).toBeNull();
  });
});
