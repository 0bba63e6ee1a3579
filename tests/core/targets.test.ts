import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold } from "../../src/core/text";
import { isZeroPlan, meets, parseDirection, parseTarget } from "../../src/core/targets";
import type { Comparator, Direction, Target } from "../../src/core/types";
import { programme08 } from "../../src/samples/programme08";

type Expected = [Comparator, number, number | null, boolean, Direction];

const target = ([comparator, value, upper, percent, direction]: Expected, text: string): Target => ({
  comparator,
  value,
  upper,
  percent,
  direction,
  text,
});

const VIETNAMESE: [string, Expected][] = [
  ["≥ 95%", [">=", 0.95, null, true, "higher"]],
  ["≥95%", [">=", 0.95, null, true, "higher"]],
  ["≥ 95 %", [">=", 0.95, null, true, "higher"]],
  [">= 95", [">=", 95, null, false, "higher"]],
  ["=> 95", [">=", 95, null, false, "higher"]],
  ["> 90%", [">", 0.9, null, true, "higher"]],
  ["Trên 90%", [">", 0.9, null, true, "higher"]],
  ["Hơn 90%", [">", 0.9, null, true, "higher"]],
  ["Ít nhất 80%", [">=", 0.8, null, true, "higher"]],
  ["Tối thiểu 50", [">=", 50, null, false, "higher"]],
  ["Tối thiểu 50 xã", [">=", 50, null, false, "higher"]],
  ["Không dưới 90%", [">=", 0.9, null, true, "higher"]],
  ["Không thấp hơn 90%", [">=", 0.9, null, true, "higher"]],
  ["Từ 95% trở lên", [">=", 0.95, null, true, "higher"]],
  ["95% trở lên", [">=", 0.95, null, true, "higher"]],
  ["Đạt 100%", [">=", 1, null, true, "higher"]],
  ["100%", [">=", 1, null, true, "higher"]],
  ["95%", [">=", 0.95, null, true, "higher"]],
  ["675.000", [">=", 675000, null, false, "higher"]],
  ["Tăng 10%", [">=", 0.1, null, true, "higher"]],
  ["Dưới 0,5%", ["<", 0.005, null, true, "lower"]],
  ["Dưới 1,5%", ["<", 0.015, null, true, "lower"]],
  ["Thấp hơn 3%", ["<", 0.03, null, true, "lower"]],
  ["Không quá 3%", ["<=", 0.03, null, true, "lower"]],
  ["Không vượt quá 3%", ["<=", 0.03, null, true, "lower"]],
  ["Tối đa 2%", ["<=", 0.02, null, true, "lower"]],
  ["2% trở xuống", ["<=", 0.02, null, true, "lower"]],
  ["≤ 1,5%", ["<=", 0.015, null, true, "lower"]],
  ["=< 2", ["<=", 2, null, false, "lower"]],
  ["<= 2", ["<=", 2, null, false, "lower"]],
  ["< 0,5%", ["<", 0.005, null, true, "lower"]],
  ["Giảm xuống dưới 1%", ["<", 0.01, null, true, "lower"]],
  ["Giảm còn 2%", ["<=", 0.02, null, true, "lower"]],
  ["Giảm xuống 2%", ["<=", 0.02, null, true, "lower"]],
  ["Giảm 2%", ["<=", 0.02, null, true, "lower"]],
  ["1-1,5%", [">=", 0.01, 0.015, true, "higher"]],
  ["1% - 1,5%", [">=", 0.01, 0.015, true, "higher"]],
  ["1 – 1,5%", [">=", 0.01, 0.015, true, "higher"]],
  ["từ 1 đến 1,5%", [">=", 0.01, 0.015, true, "higher"]],
  ["1,5-1%", [">=", 0.01, 0.015, true, "higher"]],
  ["Không quá 1-1,5%", ["<=", 0.01, 0.015, true, "lower"]],
  ["≥ -5%", [">=", -0.05, null, true, "higher"]],
  ["Đạt 95 phần trăm", [">=", 0.95, null, true, "higher"]],
  ["Đến năm 2025 đạt 95%", [">=", 0.95, null, true, "higher"]],
  ["Giai đoạn 2021-2025: ≥ 95%", [">=", 0.95, null, true, "higher"]],
  ["≥ 95% (690 hộ)", [">=", 0.95, null, true, "higher"]],
  ["Giảm 2% so với 2020", ["<=", 0.02, null, true, "lower"]],
  ["Giảm = 2%", ["=", 0.02, null, true, "lower"]],
  ["= 100%", ["=", 1, null, true, "higher"]],
  ["Trên 1.000 người", [">", 1000, null, false, "higher"]],
  ["Tối thiểu 2.975,42", [">=", 2975.42, null, false, "higher"]],
];

describe("parseTarget: Vietnamese", () => {
  it.each(VIETNAMESE)("reads %j", (text, expected) => {
    expect(parseTarget(text)).toEqual(target(expected, text));
  });

  it.each(VIETNAMESE.filter(([text]) => fold(text) !== text.toLowerCase()))(
    "reads %j typed without diacritics",
    (text, expected) => {
      const plain = text
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/g, "d")
        .replace(/Đ/g, "D");
      expect(parseTarget(plain)).toEqual(target(expected, plain));
      expect(parseTarget(plain.toUpperCase())).toEqual(target(expected, plain.toUpperCase()));
    },
  );

  it.each([
    ["Duoi 0,5%", "<", 0.005],
    ["Tren 90%", ">", 0.9],
    ["It nhat 80%", ">=", 0.8],
    ["Toi da 2%", "<=", 0.02],
    ["Khong qua 3%", "<=", 0.03],
    ["DƯỚI 0,5%", "<", 0.005],
  ])("reads %j as %s %d", (text, comparator, value) => {
    expect(parseTarget(text)).toMatchObject({ comparator, value, percent: true });
  });

  it("keeps the text as written, trimmed", () => {
    expect(parseTarget("  Dưới 0,5%\u00a0")?.text).toBe("Dưới 0,5%");
  });
});

describe("parseTarget: English", () => {
  it.each<[string, Expected]>([
    ["at least 95%", [">=", 0.95, null, true, "higher"]],
    ["At least 95%", [">=", 0.95, null, true, "higher"]],
    ["above 90%", [">", 0.9, null, true, "higher"]],
    ["more than 90%", [">", 0.9, null, true, "higher"]],
    ["95% or more", [">=", 0.95, null, true, "higher"]],
    ["no less than 90%", [">=", 0.9, null, true, "higher"]],
    ["below 0.5%", ["<", 0.005, null, true, "lower"]],
    ["less than 0.5%", ["<", 0.005, null, true, "lower"]],
    ["at most 3%", ["<=", 0.03, null, true, "lower"]],
    ["no more than 3%", ["<=", 0.03, null, true, "lower"]],
    ["not more than 3%", ["<=", 0.03, null, true, "lower"]],
    ["reduce to 1%", ["<=", 0.01, null, true, "lower"]],
    ["from 1 to 1.5%", [">=", 0.01, 0.015, true, "higher"]],
    ["675,000", [">=", 675000, null, false, "higher"]],
  ])("reads %j", (text, expected) => {
    expect(parseTarget(text, { convention: "en" })).toEqual(target(expected, text));
  });

  it("reads an ambiguous group by the sheet's convention", () => {
    expect(parseTarget("Tối thiểu 1.500")?.value).toBe(1500);
    expect(parseTarget("at least 1.500", { convention: "en" })?.value).toBe(1.5);
    expect(parseTarget("at least 1,500", { convention: "en" })?.value).toBe(1500);
  });
});

describe("parseTarget: cells", () => {
  it("reads a number cell as an at-least target with no text", () => {
    expect(parseTarget(675000)).toEqual({
      comparator: ">=",
      value: 675000,
      upper: null,
      percent: false,
      direction: "higher",
      text: null,
    });
    expect(parseTarget(0.95)?.value).toBe(0.95);
  });

  it.each<[string, Parameters<typeof parseTarget>[0]]>([
    ["null", null],
    ["true", true],
    ["an error", { error: "#N/A" }],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["empty text", ""],
    ["blank text", "   "],
    ["words only", "Hoàn thành"],
    ["a standard", "Đạt chuẩn"],
    ["a percent sign alone", "%"],
    ["a bad number", "≥ 1.23.4%"],
    ["two unrelated numbers", "95%, 100%"],
    ["a date", "31/12/2025"],
    ["a second figure", "≥ 95% và 690 hộ"],
    ["a percentage then a count", "95% - 690 hộ"],
  ])("returns null for %s", (_label, input) => {
    expect(parseTarget(input)).toBeNull();
  });

  it("reads every target of the Programme 08 table", () => {
    const values = programme08().values;
    const plans = values.slice(8, 37).map((row) => row[3]);
    const texts = plans.filter((plan): plan is string => typeof plan === "string");
    expect(texts.length).toBeGreaterThan(5);
    for (const plan of plans) {
      if (plan !== null && plan !== undefined) expect(parseTarget(plan), String(plan)).not.toBeNull();
    }
  });

  it("agrees with the statuses Programme 08 states for its rate targets", () => {
    const rows = programme08().values.filter((row) => row[2] === "%" && typeof row[3] === "string");
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) {
      const parsed = parseTarget(row[3] ?? null) as Target;
      // The sample keeps rates in percent units (98,9 for 98,9 %); the target is a fraction.
      const actual = (row[6] as number) / 100;
      expect(meets(actual, parsed), `${row[1]}: ${row[3]} vs ${row[6]}`).toBe(row[8] === "Hoàn thành");
    }
  });

  it("never throws on arbitrary text or numbers", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 40 }),
          fc.string({ unit: fc.constantFrom(..."0123456789.,%-–≥≤<>= ()/đĐdướiTrên"), maxLength: 20 }),
          fc.double(),
          fc.constant(null),
          fc.boolean(),
        ),
        (input) => {
          const parsed = parseTarget(input);
          if (parsed !== null) {
            expect(Number.isFinite(parsed.value)).toBe(true);
            if (parsed.upper !== null) expect(parsed.upper).toBeGreaterThanOrEqual(parsed.value);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("meets", () => {
  const parsed = (text: string) => parseTarget(text) as Target;

  it("is strict below a 'Dưới' target and inclusive for 'Không quá'", () => {
    expect(meets(0.005, parsed("Dưới 0,5%"))).toBe(false);
    expect(meets(0.0049, parsed("Dưới 0,5%"))).toBe(true);
    expect(meets(0.005, parsed("Không quá 0,5%"))).toBe(true);
    expect(meets(0.0051, parsed("Không quá 0,5%"))).toBe(false);
  });

  it("is strict above a 'Trên' target and inclusive for '≥'", () => {
    expect(meets(0.9, parsed("Trên 90%"))).toBe(false);
    expect(meets(0.9001, parsed("Trên 90%"))).toBe(true);
    expect(meets(0.95, parsed("≥ 95%"))).toBe(true);
    expect(meets(0.9499, parsed("≥ 95%"))).toBe(false);
  });

  it("absorbs float noise at the boundary", () => {
    expect(meets(0.1 + 0.2, { ...parsed("≥ 30%") })).toBe(true);
    expect(meets(0.95, parsed("≥ 95%"))).toBe(true);
    expect(meets(98.9 / 100 - 0.039, parsed("≥ 95%"))).toBe(true);
    expect(meets(0.1 + 0.2, parsed("Dưới 30%"))).toBe(false);
    expect(meets(0.3, parsed("Trên 30%"))).toBe(false);
  });

  it("checks a plan number as at least", () => {
    const plan = parseTarget(675000) as Target;
    expect(meets(720493, plan)).toBe(true);
    expect(meets(675000, plan)).toBe(true);
    expect(meets(674999, plan)).toBe(false);
  });

  it("checks a higher range at its low end and a lower range at its high end", () => {
    expect(meets(0.01, parsed("1-1,5%"))).toBe(true);
    expect(meets(0.02, parsed("1-1,5%"))).toBe(true);
    expect(meets(0.0099, parsed("1-1,5%"))).toBe(false);
    expect(meets(0.015, parsed("Giảm 1-1,5%"))).toBe(true);
    expect(meets(0.0003, parsed("Giảm 1-1,5%"))).toBe(true);
    expect(meets(0.016, parsed("Giảm 1-1,5%"))).toBe(false);
  });

  it("needs '=' within tolerance, or inside the range", () => {
    expect(meets(1, parsed("= 100%"))).toBe(true);
    expect(meets(1.01, parsed("= 100%"))).toBe(false);
    const range: Target = { ...parsed("1-1,5%"), comparator: "=" };
    expect(meets(0.012, range)).toBe(true);
    expect(meets(0.016, range)).toBe(false);
  });

  it("does not meet anything with a non-finite actual", () => {
    expect(meets(Number.NaN, parsed("Dưới 0,5%"))).toBe(false);
    expect(meets(Number.POSITIVE_INFINITY, parsed("≥ 95%"))).toBe(false);
  });
});

describe("parseTarget: a change a year", () => {
  const perYear = ([comparator, value, upper, percent, direction]: Expected, text: string): Target => ({
    ...target([comparator, value, upper, percent, direction], text),
    perYear: true,
  });

  it.each<[string, Expected]>([
    // The commitment is the low end: "giảm 1-1,5" is met by a fall of at least 1 a year.
    ["Giảm 1-1,5%/năm", [">=", 0.01, 0.015, true, "lower"]],
    ["Giam 1-1,5%/nam", [">=", 0.01, 0.015, true, "lower"]],
    ["giảm bình quân 1%/năm", [">=", 0.01, null, true, "lower"]],
    ["Tăng 8%/năm", [">=", 0.08, null, true, "higher"]],
    ["giảm 0,5 điểm %/năm", [">=", 0.005, null, true, "lower"]],
    ["mỗi năm giảm 1-1,5%", [">=", 0.01, 0.015, true, "lower"]],
    ["Hằng năm tăng 5%", [">=", 0.05, null, true, "higher"]],
    ["Giảm 1-1,5%/năm giai đoạn 2021-2025", [">=", 0.01, 0.015, true, "lower"]],
    ["Tăng trên 8%/năm", [">", 0.08, null, true, "higher"]],
    ["Tăng không quá 4%/năm", ["<=", 0.04, null, true, "higher"]],
    ["reduce by 1% a year", [">=", 0.01, null, true, "lower"]],
  ])("reads %j as a yearly change, not a level", (text, expected) => {
    expect(parseTarget(text)).toEqual(perYear(expected, text));
  });

  it.each<[string, Expected]>([
    // A count a year is a change in the row's own unit: 2 000 fewer poor households each year, not a plan of 2 000.
    ["Mỗi năm giảm 2.000 hộ nghèo", [">=", 2000, null, false, "lower"]],
    ["Giảm bình quân 2.000 hộ/năm", [">=", 2000, null, false, "lower"]],
    ["Giam binh quan 2.000 ho/nam", [">=", 2000, null, false, "lower"]],
    ["Tăng 500 lao động mỗi năm", [">=", 500, null, false, "higher"]],
    ["Hằng năm tăng 10.000-15.000 lượt người", [">=", 10000, 15000, false, "higher"]],
    ["Giảm ít nhất 2 nghìn hộ/năm", [">=", 2000, null, false, "lower"]],
    ["Giảm 2.000 hộ/năm giai đoạn 2021-2025", [">=", 2000, null, false, "lower"]],
  ])("reads the count %j as a yearly change", (text, expected) => {
    expect(parseTarget(text)).toEqual(perYear(expected, text));
  });

  it.each<[string, Expected]>([
    ["Reduce by 2,000 poor households a year", [">=", 2000, null, false, "lower"]],
    ["Increase by 500 workers per year", [">=", 500, null, false, "higher"]],
    ["cut 1,500-2,000 households each year", [">=", 1500, 2000, false, "lower"]],
  ])("reads the English count %j as a yearly change", (text, expected) => {
    expect(parseTarget(text, { convention: "en" })).toEqual(perYear(expected, text));
  });

  it.each<[string, Expected]>([
    ["Giảm 2%", ["<=", 0.02, null, true, "lower"]],
    ["Dưới 0,5%", ["<", 0.005, null, true, "lower"]],
    ["Tăng 10%", [">=", 0.1, null, true, "higher"]],
    ["Giảm 2% so với năm 2020", ["<=", 0.02, null, true, "lower"]],
    // A rate that is itself a yearly figure (growth) names no change of the figure.
    ["≥ 7%/năm", [">=", 0.07, null, true, "higher"]],
    ["Tăng trưởng GRDP 7,5%/năm", [">=", 0.075, null, true, "higher"]],
    // A count without "a year", or one whose verb names the level to reach, is a plan of that many.
    ["2.000 hộ", [">=", 2000, null, false, "higher"]],
    ["Giảm còn 2.000 hộ", ["<=", 2000, null, false, "lower"]],
    ["Giảm xuống dưới 2.000 hộ", ["<", 2000, null, false, "lower"]],
    ["Giảm còn dưới 50 vụ/năm", ["<", 50, null, false, "lower"]],
    ["Giảm xuống 2.000 hộ/năm", ["<=", 2000, null, false, "lower"]],
    ["Tăng lên 500 lao động mỗi năm", [">=", 500, null, false, "higher"]],
    ["Giảm còn 1%/năm", ["<=", 0.01, null, true, "lower"]],
    // A count a year without a verb of change is a yearly level: 150 000 workers given jobs each year.
    ["Giải quyết việc làm cho 150.000 lao động/năm", [">=", 150000, null, false, "higher"]],
    ["Đào tạo nghề 2.000 người mỗi năm", [">=", 2000, null, false, "higher"]],
    // "Tăng cường" is "strengthen", not "increase": the count a year is still a level.
    ["Tăng cường đào tạo 500 người/năm", [">=", 500, null, false, "higher"]],
  ])("keeps %j a level", (text, expected) => {
    const parsed = parseTarget(text);
    expect(parsed).toEqual(target(expected, text));
    expect(parsed).not.toHaveProperty("perYear");
  });

  it.each<[string, Expected]>([
    ["2,000 households", [">=", 2000, null, false, "higher"]],
    ["Reduce to 2,000 households a year", ["<=", 2000, null, false, "lower"]],
    ["Reduce to below 2,000 households", ["<", 2000, null, false, "lower"]],
    ["Train 2,000 workers a year", [">=", 2000, null, false, "higher"]],
  ])("keeps the English %j a level", (text, expected) => {
    const parsed = parseTarget(text, { convention: "en" });
    expect(parsed).toEqual(target(expected, text));
    expect(parsed).not.toHaveProperty("perYear");
  });
});

describe("parseDirection", () => {
  it.each<[string, Direction]>([
    ["lower", "lower"],
    ["Lower is better", "lower"],
    ["low", "lower"],
    ["giảm", "lower"],
    ["Giảm", "lower"],
    ["giam", "lower"],
    ["Thấp hơn là tốt", "lower"],
    ["thap", "lower"],
    ["Chỉ tiêu nghịch", "lower"],
    ["-1", "lower"],
    ["\u22121", "lower"],
    ["higher", "higher"],
    ["HIGH", "higher"],
    ["tăng", "higher"],
    ["Tang", "higher"],
    ["cao", "higher"],
    ["thuận", "higher"],
    ["1", "higher"],
    ["+1", "higher"],
  ])("reads %j as %s", (text, direction) => {
    expect(parseDirection(text)).toBe(direction);
  });

  it.each(["", "abc", "Tăng/giảm", "2", "0", "Hoàn thành"])("has no direction for %j", (text) => {
    expect(parseDirection(text)).toBeNull();
  });
});

describe("isZeroPlan", () => {
  const zero = (input: string | number) => isZeroPlan(parseTarget(input)!);

  it("reads a count plan of 0 or less however written, and a bare 0 %, as a plan never filled in", () => {
    expect([0, -3, "0", "0%", "0 %", "Đạt 0%", "Trên 0 hộ"].map(zero)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it("judges a percent target that writes its comparator, and every ceiling, and any plan above 0", () => {
    expect(
      ["≥ 0%", "Trên 0%", "Không dưới 0%", "= 0%", "≤ 0%", "Dưới 0,5%", "Không quá 0%", "5%", 5].map(zero),
    ).toEqual([false, false, false, false, false, false, false, false, false]);
  });
});
