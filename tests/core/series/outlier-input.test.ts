import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseOutlierInput } from "../../../src/core/series/outlier-input";

describe("parseOutlierInput: outlier thresholds as a user types them", () => {
  it("reads the names of OutlierOptions and their short forms, with a decimal comma or point", () => {
    expect(parseOutlierInput("extreme=3,5, moderate=2")).toEqual({ ok: true, options: { extreme: 3.5, moderate: 2 } });
    expect(parseOutlierInput("years=6; jump=12.5")).toEqual({ ok: true, options: { minYears: 6, jumpPoints: 12.5 } });
    expect(parseOutlierInput("MinYears=7,magnitude=10,spread=0,2,points=0,5")).toEqual({
      ok: true,
      options: { minYears: 7, magnitude: 10, minSpread: 0.2, minSpreadPoints: 0.5 },
    });
  });

  it("names what it cannot read", () => {
    expect(parseOutlierInput("sd=3")).toEqual({ ok: false, reason: "key", key: "sd" });
    expect(parseOutlierInput("extreme")).toEqual({ ok: false, reason: "item", item: "extreme" });
    expect(parseOutlierInput("  ")).toEqual({ ok: false, reason: "item", item: "  " });
    expect(parseOutlierInput("extreme=ba")).toEqual({ ok: false, reason: "value", key: "extreme", value: "ba" });
  });

  it("refuses values that would make the check meaningless", () => {
    expect(parseOutlierInput("years=4")).toMatchObject({ ok: false, key: "minYears" });
    expect(parseOutlierInput("years=5,5")).toMatchObject({ ok: false, key: "minYears" });
    expect(parseOutlierInput("magnitude=1")).toMatchObject({ ok: false, key: "magnitude" });
    expect(parseOutlierInput("jump=0")).toMatchObject({ ok: false, key: "jumpPoints" });
    expect(parseOutlierInput("spread=1")).toMatchObject({ ok: false, key: "minSpread" });
    // A moderate outlier must be less extreme than an extreme one, against the defaults where one is left out.
    expect(parseOutlierInput("moderate=3")).toEqual({ ok: false, reason: "order", extreme: 3, moderate: 3 });
    expect(parseOutlierInput("extreme=1,5")).toEqual({ ok: false, reason: "order", extreme: 1.5, moderate: 2 });
    expect(parseOutlierInput("extreme=1,5,moderate=1")).toEqual({ ok: true, options: { extreme: 1.5, moderate: 1 } });
  });

  it("never throws, and whatever it accepts is a valid set of thresholds", () => {
    const word = fc.constantFrom("extreme", "moderate", "years", "magnitude", "jump", "spread", "points", "x", "");
    const value = fc.oneof(fc.string({ maxLength: 5 }), fc.double().map(String), fc.nat(20).map(String));
    const item = fc.tuple(word, fc.constantFrom("=", " = ", ""), value).map(([k, e, v]) => `${k}${e}${v}`);
    fc.assert(
      fc.property(fc.array(item, { maxLength: 5 }), fc.constantFrom(",", ";", ", "), (items, sep) => {
        const read = parseOutlierInput(items.join(sep));
        if (!read.ok) return;
        for (const v of Object.values(read.options)) expect(Number.isFinite(v) && v >= 0).toBe(true);
        expect((read.options.moderate ?? 2) < (read.options.extreme ?? 3)).toBe(true);
      }),
    );
  });
});
