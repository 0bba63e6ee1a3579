import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amountsText, percentText } from "../../src/core/figures";
import { formatNumber, guessConvention, parseAmount, parseNumber } from "../../src/core/numbers";
import type { Convention } from "../../src/core/types";
import { programme08WithFaults } from "../../src/samples/programme08";

describe("parseNumber", () => {
  it.each<[string, number, boolean]>([
    ["720.493", 720493, false],
    ["675.000", 675000, false],
    ["2.975,42", 2975.42, false],
    ["78,41%", 0.7841, true],
    ["78,41 %", 0.7841, true],
    ["0,03 %", 0.0003, true],
    ["66,7\u00a0%", 0.667, true],
    ["98,9%", 0.989, true],
    ["-1.234,5", -1234.5, false],
    ["1.234.567", 1234567, false],
    ["2.907.969", 2907969, false],
    ["0,5", 0.5, false],
    ["1,5", 1.5, false],
    ["1,2345", 1.2345, false],
    ["0.500", 0.5, false],
    ["720493", 720493, false],
    ["0", 0, false],
    ["100%", 1, true],
  ])("reads the Vietnamese text %j as %d", (text, value, percent) => {
    expect(parseNumber(text)).toEqual({ value, percent });
  });

  it.each<[string, number, boolean]>([
    ["720,493", 720493, false],
    ["2,975.42", 2975.42, false],
    ["78.41%", 0.7841, true],
    ["0.03 %", 0.0003, true],
    ["-1,234.5", -1234.5, false],
    ["1,234,567", 1234567, false],
    ["1.5", 1.5, false],
  ])("reads the English text %j as %d", (text, value, percent) => {
    expect(parseNumber(text, "en")).toEqual({ value, percent });
  });

  it.each<[string, number]>([
    ["2.975,42", 2975.42],
    ["1.234.567", 1234567],
    ["1,5", 1.5],
    ["78,41%", 0.7841],
  ])("reads %j the one way it can be read, whatever the sheet's convention", (text, value) => {
    expect(parseNumber(text, "vi")?.value).toBe(value);
    expect(parseNumber(text, "en")?.value).toBe(value);
  });

  it.each<[string, number, number]>([
    ["1.234", 1234, 1.234],
    ["1,234", 1.234, 1234],
    ["12.500", 12500, 12.5],
    ["720.493", 720493, 720.493],
  ])("reads the ambiguous %j by the convention (vi %d, en %d)", (text, vi, en) => {
    expect(parseNumber(text)?.value).toBe(vi);
    expect(parseNumber(text, "vi")?.value).toBe(vi);
    expect(parseNumber(text, "en")?.value).toBe(en);
  });

  it.each<[string, number]>([
    ["  720.493  ", 720493],
    ["720\u00a0493", 720493],
    ["720\u202f493", 720493],
    ["1\u00a0234\u00a0567,5", 1234567.5],
    ["1 234,5", 1234.5],
    ["+5", 5],
    ["\u22125", -5],
    ["-0,5%", -0.005],
    ["(1.234)", -1234],
    ["(2.975,42)", -2975.42],
    ["(78,41%)", -0.7841],
    ["-0", 0],
  ])("tolerates %j", (text, value) => {
    expect(parseNumber(text)?.value).toBe(value);
  });

  it.each([
    "",
    "   ",
    "\u00a0",
    "khoảng 48 nghìn",
    "48 nghìn",
    "720.493 người",
    "12 hộ",
    "1e3",
    "1E-5",
    "Infinity",
    "NaN",
    "0x10",
    "1.23.4",
    "1,23,4",
    "1,5,3",
    "1.234,5,6",
    "1,234.5.6",
    "1.2,3.4",
    "1 23",
    "1 234 5",
    "1 234.567,8",
    ".5",
    "5.",
    ",5",
    "%",
    "-",
    "--5",
    "+-5",
    "-(5)",
    "(5",
    "5%%",
    "% 5",
    "5 5",
    "Hoàn thành",
    "#DIV/0!",
    "1'234",
  ])("rejects %j", (text) => {
    expect(parseNumber(text)).toBeNull();
    expect(parseNumber(text, "en")).toBeNull();
  });

  it("keeps percentages exact instead of dividing (78,41% is 0.7841, not 0.7841000000000001)", () => {
    expect(parseNumber("78,41%")?.value).toBe(0.7841);
    expect(parseNumber("0,07%")?.value).toBe(0.0007);
    expect(parseNumber("57,3%")?.value).toBe(0.573);
  });

  it("rejects a number too large to represent", () => {
    expect(parseNumber("9".repeat(400))).toBeNull();
  });

  it("reads the Programme 08 fault cells: the number typed as text, not the estimate in words", () => {
    const values = programme08WithFaults().values;
    expect(parseNumber(String(values[8]?.[6]))).toEqual({ value: 720493, percent: false });
    expect(parseNumber(String(values[14]?.[6]))).toBeNull();
  });

  it("never throws and returns a finite number or null, on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), fc.constantFrom<Convention>("vi", "en"), (s, c) => {
        const parsed = parseNumber(s, c);
        expect(parsed === null || Number.isFinite(parsed.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("accepts or rejects a text of digits, marks, spaces and signs the same way in both conventions", () => {
    const chars = fc.constantFrom(..."0123456789.,.,  \u00a0%+-()e");
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 16 }), (s) => {
        const vi = parseNumber(s, "vi");
        const en = parseNumber(s, "en");
        expect(vi === null).toBe(en === null);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("formatNumber", () => {
  it.each<[number, Convention, Parameters<typeof formatNumber>[2], string]>([
    [720493, "vi", {}, "720.493"],
    [2975.42, "vi", {}, "2.975,42"],
    [0.7841, "vi", { percent: true }, "78,41%"],
    [0.0003, "vi", { percent: true }, "0,03%"],
    [-1234.5, "vi", {}, "-1.234,5"],
    [1234567, "vi", {}, "1.234.567"],
    [720493, "en", {}, "720,493"],
    [2975.42, "en", {}, "2,975.42"],
    [0.7841, "en", { percent: true }, "78.41%"],
    [1.067, "vi", { percent: true, decimals: 1 }, "106,7%"],
    [0.0674, "vi", { percent: true, decimals: 2 }, "6,74%"],
    [1234.5, "vi", { grouping: false }, "1234,5"],
    [675000, "vi", { decimals: 2 }, "675.000,00"],
    [2975.42, "en", { decimals: 0 }, "2,975"],
    [0.1 + 0.2, "vi", {}, "0,3"],
    [1.005, "en", { decimals: 2 }, "1.01"],
    [999.996, "vi", { decimals: 2 }, "1.000,00"],
    [-0.0001, "vi", { decimals: 2 }, "0,00"],
    [1e-7, "en", {}, "0.0000001"],
    [1e-12, "en", {}, "0"],
    [9007199254740991, "en", {}, "9,007,199,254,740,991"],
    [1e21, "vi", {}, "1.000.000.000.000.000.000.000"],
    [123456789012.345, "en", {}, "123,456,789,012.345"],
    [0, "vi", { percent: true }, "0%"],
  ])("formats %d in %s %j as %j", (value, convention, options, text) => {
    expect(formatNumber(value, convention, options)).toBe(text);
  });

  it("shows non-finite values as themselves rather than a made-up number", () => {
    expect(formatNumber(Number.NaN, "vi")).toBe("NaN");
    expect(formatNumber(Number.POSITIVE_INFINITY, "en")).toBe("Infinity");
  });
});

describe("amountsText", () => {
  it("writes a total and its plan at the decimals of the more precise", () => {
    expect(amountsText([18.96, 18.8], "vi")).toEqual(["18,96", "18,80"]);
    expect(amountsText([349, 350.5], "vi")).toEqual(["349,0", "350,5"]);
    expect(amountsText([720493, 675000], "vi")).toEqual(["720.493", "675.000"]);
    expect(amountsText([2975.42, 2800], "en")).toEqual(["2,975.42", "2,800.00"]);
  });

  it("rounds to two decimals first, so a sum's floating-point noise adds none", () => {
    expect(amountsText([4.8 + 6.36 + 7.8, 5 + 6.3 + 7.5], "vi")).toEqual(["18,96", "18,80"]);
    expect(amountsText([17910.000000000004, 17500], "vi")).toEqual(["17.910", "17.500"]);
  });
});

describe("format then parse", () => {
  const conventions = fc.constantFrom<Convention>("vi", "en");
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

  it("returns the integer, in both conventions, with and without grouping", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), conventions, fc.boolean(), (n, c, grouping) => {
        expect(parseNumber(formatNumber(n, c, { grouping }), c)).toEqual({ value: n, percent: false });
      }),
      { numRuns: 1000 },
    );
  });

  it("returns a decimal with up to 6 places", () => {
    const decimals = fc
      .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 999999 }), fc.integer({ min: 0, max: 6 }))
      .map(([whole, frac, places]) => Number(`${whole}.${String(frac).padStart(6, "0").slice(0, places) || "0"}`));
    fc.assert(
      fc.property(decimals, conventions, fc.boolean(), (x, c, grouping) => {
        const parsed = parseNumber(formatNumber(x, c, { grouping }), c);
        expect(parsed?.percent).toBe(false);
        expect(close(parsed?.value ?? Number.NaN, x)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("returns a percentage as the same fraction", () => {
    const fractions = fc.integer({ min: -1e8, max: 1e8 }).map((n) => n / 1e6);
    fc.assert(
      fc.property(fractions, conventions, (x, c) => {
        const text = formatNumber(x, c, { percent: true });
        const parsed = parseNumber(text, c);
        expect(text.endsWith("%")).toBe(true);
        expect(parsed?.percent).toBe(true);
        expect(close(parsed?.value ?? Number.NaN, x)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("returns a percent the paragraph writes, its no-break space included, as the fraction it was", () => {
    const fractions = fc.integer({ min: 0, max: 1e6 }).map((n) => n / 1e4);
    fc.assert(
      fc.property(fractions, conventions, (x, c) => {
        const text = percentText(x, c);
        expect(parseNumber(text, c)).toEqual({ value: x, percent: true });
        expect(parseAmount(text, c)?.value).toBe(x);
      }),
      { numRuns: 1000 },
    );
  });

  it("returns any double to 15 significant digits", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), conventions, (x, c) => {
        const parsed = parseNumber(formatNumber(x, c), c);
        expect(Math.abs((parsed?.value ?? Number.NaN) - x)).toBeLessThanOrEqual(Math.max(1e-10, Math.abs(x) * 1e-14));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("guessConvention", () => {
  it("finds Vietnamese in the Programme 08 figures", () => {
    expect(guessConvention(["720.493", "675.000", "78,41 %", "0,03 %", "22.263", "98,9 %", "2.975,42"])).toBe("vi");
  });

  it("finds English in English figures", () => {
    expect(guessConvention(["720,493", "675,000", "78.41%", "2,975.42"])).toBe("en");
  });

  it("follows the majority of unambiguous samples and ignores the rest", () => {
    expect(guessConvention(["1,5", "2,5", "3.5", "1.234", "abc", ""])).toBe("vi");
    expect(guessConvention(["1.5", "2.5", "3,5", "1,234"])).toBe("en");
  });

  it("has no evidence from plain digits, ambiguous groups, words or an even split", () => {
    expect(guessConvention([])).toBeNull();
    expect(guessConvention(["720493", "12", "Hoàn thành"])).toBeNull();
    expect(guessConvention(["1.234", "12.500", "1,234"])).toBeNull();
    expect(guessConvention(["1,5", "1.5"])).toBeNull();
  });

  it("takes a count's text that reads two ways for the convention that reads it whole", () => {
    // 720.493 or 11.959 people cannot be; 675,000 reads whole both ways (675 or 675 000), so it says nothing.
    expect(guessConvention([], ["720.493", "11.959"])).toBe("vi");
    expect(guessConvention([], ["720,493"])).toBe("en");
    expect(guessConvention([], ["675,000", "675.000"])).toBeNull();
    expect(guessConvention(["78.41%"], ["720.493", "11.959"])).toBe("vi");
    expect(guessConvention(["1.234"])).toBeNull();
  });

  it("reads any iterable once", () => {
    function* samples() {
      yield "2.975,42";
      yield "720.493";
    }
    expect(guessConvention(samples())).toBe("vi");
  });

  const sample = fc.oneof(
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.integer({ min: -1e8, max: 1e8 }).map((n) => n / 1000),
  );

  it("returns the convention of formatted samples when one of them is unambiguous", () => {
    // 1234.5 formats as "1.234,5" or "1,234.5": both marks, so it reads one way only.
    fc.assert(
      fc.property(fc.array(sample, { maxLength: 20 }), fc.constantFrom<Convention>("vi", "en"), (xs, c) => {
        const texts = [...xs, 1234.5].map((x) => formatNumber(x, c));
        expect(guessConvention(texts)).toBe(c);
      }),
    );
  });

  it("never names the wrong convention for samples formatted in one", () => {
    fc.assert(
      fc.property(fc.array(sample, { maxLength: 20 }), fc.constantFrom<Convention>("vi", "en"), (xs, c) => {
        expect([c, null]).toContain(guessConvention(xs.map((x) => formatNumber(x, c))));
      }),
    );
  });
});
