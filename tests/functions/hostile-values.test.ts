/**
 * Values Excel can pass that no careful user types: dates past year 9999, ratios that overflow, error cells inside
 * the ranges, ragged matrices. Each gives that position its own error; no function throws.
 */
import fc from "fast-check";
import { ATTAINMENT, MET, NUMBER, OVERPLAN, PACE, STATUS } from "../../src/functions/functions";
import { setExcelConvention } from "../../src/functions/evaluate";

// A Vietnamese Excel (decimal comma), as the people who keep these workbooks use: "720.493" is 720 493 there.
setExcelConvention("vi");

class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

beforeEach(() => {
  vi.stubGlobal("CustomFunctions", { Error: StubError });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const column = (...values: unknown[]) => values.map((v) => [v]);
const cells = (result: unknown[][]) => result.map((row) => row[0]);
const errorOf = (value: unknown) =>
  value instanceof StubError ? `${value.code} ${value.message ?? ""}`.trim() : value;

describe("PACE with dates and years beyond Excel's range", () => {
  it("gives #VALUE! in that row only, naming the argument and the value", () => {
    const result = PACE(
      column(0.6, 0.6, 0.6, 0.6),
      [[1]],
      column(2021, 2021, 1e308, 2021),
      [[2025]],
      column(2023, 1e9, 2023, -5),
    );
    const [onTrack, farAsOf, farStart, negativeAsOf] = cells(result).map(errorOf);
    expect(onTrack).toBe(1);
    expect(farAsOf).toBe(
      "#VALUE! Giá trị tính đến (1000000000) nằm ngoài khoảng ngày Excel dùng được (1/1/1900 đến 31/12/9999, hoặc năm 1900–9999).",
    );
    expect(farStart).toMatch(/^#VALUE! Giá trị bắt đầu \(1e\+308\) nằm ngoài khoảng ngày/);
    expect(negativeAsOf).toMatch(/^#VALUE! Giá trị tính đến \(-5\) nằm ngoài khoảng ngày/);
  });

  it("still reads dates up to 31 December 9999", () => {
    const lastDay = 2_958_465;
    // Ten whole days, five of them gone by the end of the as-of day.
    const [value] = cells(PACE([[0.5]], [[1]], [[lastDay - 9]], [[lastDay]], [[lastDay - 5]]));
    expect(value).toBeCloseTo(1, 10);
  });
});

describe("overflowing ratios", () => {
  it("are #NUM!, never Infinity", () => {
    expect(cells(ATTAINMENT(column(1e308, 1), column(1e-10, 5e-324))).map(errorOf)).toEqual(["#NUM!", "#NUM!"]);
    expect(cells(OVERPLAN([[1e308]], [[1e-10]])).map(errorOf)).toEqual(["#NUM!"]);
    expect(cells(PACE([[1e308]], [[1e-10]], [[2021]], [[2025]], [[2023]])).map(errorOf)).toEqual(["#NUM!"]);
  });
});

describe("error cells inside the input ranges", () => {
  const divZero = { code: "#DIV/0!" };
  it("give that row the same error and leave the other rows their results", () => {
    const result = cells(ATTAINMENT(column(720493, divZero, 454), column(675000, 10000, 579)));
    expect(result[0]).toBeCloseTo(1.067397, 6);
    expect(errorOf(result[1])).toBe("#DIV/0!");
    expect(result[2]).toBeCloseTo(0.7841, 4);
  });

  it("names the argument and the error, and turns errors a function cannot return into #VALUE!", () => {
    const [ref] = cells(STATUS([[{ code: "#REF!" }]], [["≥ 95%"]]));
    expect(errorOf(ref)).toBe("#VALUE! Ô thực hiện đang có lỗi #REF!; hãy sửa ô đó trước.");
    const [na] = cells(MET([[0.97]], [[{ code: "#N/A" }]]));
    expect(errorOf(na)).toBe("#N/A Ô chỉ tiêu đang có lỗi #N/A; hãy sửa ô đó trước.");
  });

  it("reads an error data type the same way, and never shows [object Object]", () => {
    const entityError = { type: "Error", basicValue: "#NUM!", errorType: "Num" };
    expect(cells(NUMBER(column("720.493", entityError))).map(errorOf)).toEqual([720493, "#NUM!"]);
    const [odd] = cells(ATTAINMENT([[{ some: "object" }]], [[1]]));
    expect(errorOf(odd)).toBe("#VALUE! Giá trị thực hiện “{…}” không đọc được thành số.");
  });
});

/** Anything Excel can hand a custom function for one cell. */
const excelValue = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, 5e-324, 1e308, -1e308, 2_958_465, 1900, 9999, 1e-10),
  fc.integer({ min: 1890, max: 10_100 }),
  fc.string(),
  fc.constantFrom("≥ 95%", "Dưới 0,5%", "720.493", "1-1,5%", "tăng", "giảm", "vi", "en", "", "  "),
  fc.boolean(),
  fc.constant(null),
  fc
    .constantFrom("#DIV/0!", "#VALUE!", "#N/A", "#NUM!", "#NULL!", "#REF!", "#NAME?", "#SPILL!")
    .map((code) => ({ code })),
  fc.record({ type: fc.constant("Double"), basicValue: fc.double() }),
  fc.record({ type: fc.constant("Error"), basicValue: fc.constantFrom("#DIV/0!", "#REF!") }),
);
/** A range, possibly ragged or empty, as Excel or a careless caller passes it. */
const range = fc.array(fc.array(excelValue, { maxLength: 3 }), { maxLength: 3 });
const optionalRange = fc.option(range, { nil: undefined });

function expectExcelResult(result: unknown[][]): void {
  expect(result.length).toBeGreaterThan(0);
  for (const row of result) {
    expect(row.length).toBeGreaterThan(0);
    for (const value of row) {
      if (value instanceof StubError) {
        expect(value.code).toMatch(/^#(VALUE!|N\/A|DIV\/0!|NUM!|NULL!)$/);
        expect(value.message ?? "").not.toContain("[object Object]");
        continue;
      }
      if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
      else expect(["string", "boolean"]).toContain(typeof value);
    }
  }
}

describe("no function throws for any value Excel can pass", () => {
  it("holds for every function over numbers, texts, booleans, blanks, errors and ragged ranges", () => {
    fc.assert(
      fc.property(range, range, optionalRange, range, optionalRange, (a, b, c, d, e) => {
        expectExcelResult(ATTAINMENT(a, b, c));
        expectExcelResult(OVERPLAN(a, b, c));
        expectExcelResult(STATUS(a, b, c));
        expectExcelResult(MET(a, b));
        expectExcelResult(NUMBER(a, c));
        expectExcelResult(PACE(a, b, d, d, e));
        expectExcelResult(PACE(a, b, c ?? d, e ?? d, e));
      }),
      { numRuns: 400 },
    );
  });
});
