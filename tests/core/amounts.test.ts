import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAmount, unitMagnitude } from "../../src/core/numbers";

describe("parseAmount: figures written with magnitude words", () => {
  it.each<[string, number, boolean]>([
    ["20 nghìn", 20_000, false],
    ["20 ngàn", 20_000, false],
    ["20 nghin", 20_000, false],
    ["1,5 triệu", 1_500_000, false],
    ["2 tỷ", 2_000_000_000, false],
    ["2 tỉ", 2_000_000_000, false],
    ["2.975,42 tỷ đồng", 2_975_420_000_000, false],
    ["440 nghìn đồng", 440_000, false],
    ["1,2 nghìn tỷ đồng", 1_200_000_000_000, false],
    ["khoảng 20 nghìn lượt", 20_000, true],
    ["Khoảng 48 nghìn", 48_000, true],
    ["ước khoảng 2,9 triệu lượt người", 2_900_000, true],
    ["khoảng 0,03%", 0.0003, true],
    ["khoảng 11.959", 11_959, true],
  ])("reads %j as %d (estimate: %s)", (text, value, estimate) => {
    expect(parseAmount(text)).toMatchObject({ value, estimate, percent: text.endsWith("%") });
  });

  it("reads plain text numbers as parseNumber does", () => {
    expect(parseAmount("720.493")).toEqual({ value: 720_493, percent: false, estimate: false, magnitude: 0 });
    expect(parseAmount("78,41%")).toEqual({ value: 0.7841, percent: true, estimate: false, magnitude: 0 });
  });

  it("reads ChiTieu's own percent, with its no-break space before the sign, exactly as one typed with a space", () => {
    for (const figure of ["66,7", "78,41", "0,03", "106,74", "khoảng 98,9"]) {
      const typed = parseAmount(`${figure} %`);
      expect(typed).not.toBeNull();
      expect(parseAmount(`${figure}\u00a0%`)).toEqual(typed);
      // The narrow no-break space (U+202F) that French keyboards and some editors put before "%".
      expect(parseAmount(`${figure}\u202f%`)).toEqual(typed);
    }
    expect(parseAmount("66,7\u00a0%")).toEqual({ value: 0.667, percent: true, estimate: false, magnitude: 0 });
  });

  it("reads a figure in the unit of its row when the unit carries the same magnitude", () => {
    expect(parseAmount("2.975,42 tỷ", "vi", unitMagnitude("tỷ đồng"))?.value).toBe(2975.42);
    expect(parseAmount("1,5 triệu", "vi", unitMagnitude("nghìn người"))?.value).toBe(1500);
    expect(unitMagnitude("Tỷ đồng")).toBe(9);
    expect(unitMagnitude("tỷ lệ %")).toBe(0);
    expect(unitMagnitude("lượt người")).toBe(0);
  });

  it.each(["48.308 người", "đang tổng hợp", "20 tỷ lệ", "2 tỷ (ước)", "khoảng", "20 nghìn 5", "1,5% triệu", "nghìn"])(
    "leaves %j unread",
    (text) => {
      expect(parseAmount(text)).toBeNull();
    },
  );

  it("never throws, and reads a magnitude as its power of ten", () => {
    const words = fc.constantFrom(
      "nghìn",
      "ngàn",
      "triệu",
      "tỷ",
      "tỉ",
      "nghìn tỷ",
      "khoảng",
      "%",
      "đồng",
      "-",
      ",",
      ".",
    );
    const text = fc
      .array(fc.oneof(words, fc.string({ maxLength: 6 }), fc.nat().map(String), fc.double().map(String)), {
        maxLength: 6,
      })
      .map((parts) => parts.join(" "));
    fc.assert(
      fc.property(text, fc.constantFrom("vi" as const, "en" as const), fc.integer({ min: -3, max: 15 }), (t, c, m) => {
        const read = parseAmount(t, c, m);
        expect(read === null || Number.isFinite(read.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.constantFrom(3, 6, 9), (n, magnitude) => {
        const word = { 3: "nghìn", 6: "triệu", 9: "tỷ" }[magnitude];
        expect(parseAmount(`${n} ${word}`)?.value).toBe(n * 10 ** magnitude);
      }),
    );
  });
});
