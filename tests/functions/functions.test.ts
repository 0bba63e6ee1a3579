/**
 * The Excel-facing layer, with the two globals Excel provides stubbed: CustomFunctions.Error (as a plain class
 * that records code and message) and, where a test needs it, Office.context.displayLanguage.
 */
import { ATTAINMENT, MET, NUMBER, OVERPLAN, PACE, STATUS } from "../../src/functions/functions";

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

describe("ranges", () => {
  it("spills one result per row of a column, in the same shape", () => {
    const result = ATTAINMENT(column(720493, 11959, 454), column(675000, 10000, 579));
    expect(result).toHaveLength(3);
    expect(result.every((row) => row.length === 1)).toBe(true);
    expect(result[0]?.[0]).toBeCloseTo(1.067397, 6);
    expect(result[1]?.[0]).toBeCloseTo(1.1959, 4);
    expect(result[2]?.[0]).toBeCloseTo(0.7841, 4);
  });

  it("applies a single cell to every row, and a row of options across a column", () => {
    expect(ATTAINMENT(column(0.0003, 0.0099), [["Dưới 0,5%"]])).toEqual([[0.005 / 0.0003], [0.005 / 0.0099]]);
    const grid = STATUS(column(0.0049, 0.006), [["Dưới 0,5%", "≤ 0,55%"]]);
    expect(grid).toEqual([
      ["Hoàn thành", "Hoàn thành"],
      // 0,6 % against a 0,55 % ceiling is 91,7 % of it: near.
      ["Chưa hoàn thành", "Gần đạt (≥ 90\u00a0% KH)"],
    ]);
  });

  it("keeps a rectangular block's shape", () => {
    const result = MET(
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
      [[3]],
    );
    expect(result).toEqual([
      [false, false, true],
      [true, true, true],
    ]);
  });

  it("returns one #VALUE! naming the sizes when ranges do not line up", () => {
    const result = ATTAINMENT(column(1, 2, 3), column(1, 2, 3, 4));
    expect(result).toHaveLength(1);
    const error = result[0]?.[0] as unknown as StubError;
    expect(error).toBeInstanceOf(StubError);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(
      "Các vùng ô có kích thước khác nhau (3×1, 4×1). Dùng các vùng cùng kích thước, hoặc một ô.",
    );
  });

  it("treats an omitted optional argument as blank", () => {
    expect(OVERPLAN(column(720493), column(675000), undefined)[0]?.[0]).toBeCloseTo(0.0674, 4);
    expect(NUMBER(column("2.975,42", "78,41%"))).toEqual([[2975.42], [0.7841]]);
  });
});

describe("errors", () => {
  it("turns failures into Excel errors inside the spilled range, with a Vietnamese tooltip by default", () => {
    const result = ATTAINMENT(column(720493, "abc", null, 5), column(675000, 10, 10, 0));
    expect(result[0]?.[0]).toBeCloseTo(1.0674, 4);
    const [value, blank, zero] = [result[1]?.[0], result[2]?.[0], result[3]?.[0]] as unknown as StubError[];
    expect(value).toEqual(new StubError("#VALUE!", "Giá trị thực hiện “abc” không đọc được thành số."));
    expect(blank).toEqual(new StubError("#N/A", "Ô thực hiện đang trống."));
    // Excel does not show custom messages with #DIV/0!, so none is sent.
    expect(zero).toEqual(new StubError("#DIV/0!"));
  });

  it("writes tooltips in Office's display language", () => {
    vi.stubGlobal("Office", { context: { displayLanguage: "en-US" } });
    const error = STATUS([[0.9]], [["≥ 95%"]], [["fr"]])[0]?.[0] as unknown as StubError;
    expect(error.message).toBe("The language “fr” is not understood. Use “vi” (Vietnamese) or “en” (English).");
  });

  it("reports an unreadable target text", () => {
    const error = MET([[0.9]], [["đạt yêu cầu"]])[0]?.[0] as unknown as StubError;
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("“đạt yêu cầu”");
  });
});

describe("PACE", () => {
  it("spills over a column with fixed period arguments", () => {
    const result = PACE(column(405000, 720493), column(675000, 675000), [[2021]], [[2025]], [[2023]]);
    expect(result[0]?.[0]).toBeCloseTo(1, 12);
    expect(result[1]?.[0]).toBeCloseTo(720493 / 675000 / 0.6, 12);
  });
});
