import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNearInput, parsePeriodInput } from "../../src/core/judging-input";

function elapsed(text: string): number | null | "invalid" {
  const read = parsePeriodInput(text);
  if (!read.ok) return "invalid";
  return read.period ? read.period.elapsed : null;
}

describe("a period as a user types it", () => {
  it("reads months, quarters, years of a plan, shares and the whole period", () => {
    expect(elapsed("9m")).toBe(0.75);
    expect(elapsed("6M")).toBe(0.5);
    expect(elapsed("9 tháng")).toBe(0.75);
    expect(elapsed("9 thang")).toBe(0.75);
    expect(elapsed("6 tháng đầu năm")).toBe(0.5);
    expect(elapsed("9 months")).toBe(0.75);
    expect(elapsed("Quý III")).toBe(0.75);
    expect(elapsed("q1")).toBe(0.25);
    expect(elapsed("3/5")).toBe(0.6);
    expect(elapsed("3 of 5 years")).toBe(0.6);
    expect(elapsed("0.75")).toBe(0.75);
    expect(elapsed("0,75")).toBe(0.75);
    expect(elapsed("75%")).toBe(0.75);
    expect(elapsed("1")).toBe(1);
    expect(elapsed("cả năm")).toBe(1);
    expect(elapsed("full")).toBe(1);
  });

  it("keeps the user's words as the label, with no cell", () => {
    expect(parsePeriodInput("  9 tháng ")).toEqual({
      ok: true,
      period: { label: "9 tháng", elapsed: 0.75, cell: null, source: "user" },
    });
  });

  it("reads 'none' as no period at all", () => {
    for (const none of ["none", "NONE", "không", "khong", "-"])
      expect(parsePeriodInput(none)).toEqual({ ok: true, period: null });
  });

  it("refuses what is no share of a period", () => {
    for (const bad of ["", "0", "75", "1.5", "13m", "6/5", "q5", "Lũy kế 2021-2023", "soon", "-0.5"])
      expect(elapsed(bad), bad).toBe("invalid");
  });

  it("never throws, and any period it reads is in (0, 1]", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary", maxLength: 30 }), fc.stringMatching(/^[0-9qm,./% a-z]{0,8}$/)),
        (text) => {
          const read = parsePeriodInput(text);
          if (read.ok && read.period) {
            expect(read.period.elapsed).toBeGreaterThan(0);
            expect(read.period.elapsed).toBeLessThanOrEqual(1);
          }
          const near = parseNearInput(text);
          if (near !== null) expect(near > 0 && near <= 1).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("a near threshold as a user types it", () => {
  it("reads a share or a percent", () => {
    expect(parseNearInput("0.9")).toBe(0.9);
    expect(parseNearInput("0,85")).toBe(0.85);
    expect(parseNearInput("90%")).toBe(0.9);
    expect(parseNearInput("90")).toBe(0.9);
    expect(parseNearInput("1")).toBe(1);
  });

  it("refuses zero, more than the whole target, and words", () => {
    for (const bad of ["0", "0%", "1.5", "101", "120%", "gần", ""]) expect(parseNearInput(bad), bad).toBeNull();
  });
});
