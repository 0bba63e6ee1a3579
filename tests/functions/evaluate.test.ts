import fc from "fast-check";
import { attainment } from "../../src/core/compute";
import { hasMessage } from "../../src/core/i18n";
import { planOf } from "../../src/core/rows";
import { parseTarget } from "../../src/core/targets";
import {
  ARGUMENTS,
  REASONS,
  attainmentCell,
  errorMessage,
  gapCell,
  isFunctionError,
  metCell,
  numberCell,
  overPlanCell,
  paceCell,
  statusCell,
  setExcelConvention,
  type Output,
} from "../../src/functions/evaluate";

// A Vietnamese Excel (decimal comma), as the people who keep these workbooks use: "720.493" is 720 493 there.
setExcelConvention("vi");

/** The error's code, reason and argument, for compact assertions. */
function failure(output: Output): string {
  if (!isFunctionError(output)) throw new Error(`expected an error, got ${String(output)}`);
  return [output.code, output.reason, output.argument].filter(Boolean).join(" ");
}

function numeric(output: Output): number {
  if (typeof output !== "number") throw new Error(`expected a number, got ${JSON.stringify(output)}`);
  return output;
}

const NEAR = "Gần đạt (≥ 90\u00a0% KH)";

describe("ATTAINMENT", () => {
  it("divides actual by plan: vocational enrolment 720.493 of 675.000", () => {
    expect(numeric(attainmentCell(720493, 675000))).toBeCloseTo(1.067397, 6);
    expect(numeric(attainmentCell(454, 579))).toBeCloseTo(0.7841, 4);
  });

  it("reads Vietnamese text numbers the same as numbers", () => {
    expect(attainmentCell("720.493", "675.000")).toBe(attainmentCell(720493, 675000));
    expect(attainmentCell("2.975,42", 2500)).toBe(2975.42 / 2500);
    expect(attainmentCell("78,41%", "100%")).toBe(0.7841);
  });

  it("inverts the ratio for lower-is-better, from the direction argument in either language", () => {
    const lower = 0.005 / 0.0003;
    expect(attainmentCell(0.0003, 0.005, "lower")).toBeCloseTo(lower, 9);
    expect(attainmentCell(0.0003, 0.005, "giảm")).toBe(attainmentCell(0.0003, 0.005, "lower"));
    expect(attainmentCell(0.0003, 0.005, "Giam")).toBe(attainmentCell(0.0003, 0.005, "lower"));
    expect(attainmentCell(0.0003, 0.005, -1)).toBe(attainmentCell(0.0003, 0.005, "lower"));
    expect(attainmentCell(0.0003, 0.005, "tăng")).toBeCloseTo(0.06, 9);
    expect(attainmentCell(0.0003, 0.005, "higher")).toBe(attainmentCell(0.0003, 0.005));
  });

  it("takes plan and direction from a target text, and an explicit direction overrides it", () => {
    expect(attainmentCell(0.0003, "Dưới 0,5%")).toBe(attainmentCell(0.0003, 0.005, "lower"));
    expect(attainmentCell(0.989, "≥ 95%")).toBeCloseTo(0.989 / 0.95, 12);
    expect(attainmentCell(0.0003, "Dưới 0,5%", "higher")).toBeCloseTo(0.06, 9);
  });

  it("gives #DIV/0! for a zero plan, and for a zero actual when lower is better", () => {
    expect(failure(attainmentCell(5, 0))).toBe("#DIV/0! zeroPlan plan");
    expect(failure(attainmentCell("5", "0"))).toBe("#DIV/0! zeroPlan plan");
    expect(failure(attainmentCell(0, "Dưới 0,5%"))).toBe("#DIV/0! zeroActual actual");
  });

  it("gives #VALUE! for unreadable text, TRUE/FALSE, negative plans and unknown directions", () => {
    expect(failure(attainmentCell("abc", 10))).toBe("#VALUE! notNumber actual");
    expect(failure(attainmentCell("20.226 lượt", 18000))).toBe("#VALUE! notNumber actual");
    expect(failure(attainmentCell(true, 10))).toBe("#VALUE! notNumber actual");
    expect(failure(attainmentCell(5, "Hoàn thành"))).toBe("#VALUE! target plan");
    expect(failure(attainmentCell(5, -10))).toBe("#VALUE! negative plan");
    expect(failure(attainmentCell(5, 10, "sideways"))).toBe("#VALUE! direction direction");
  });

  it("gives #N/A for a blank actual or plan", () => {
    for (const blank of [null, undefined, "", "   "]) {
      expect(failure(attainmentCell(blank, 10))).toBe("#N/A blank actual");
      expect(failure(attainmentCell(10, blank))).toBe("#N/A blank plan");
    }
  });

  it("reads a plain number plan exactly as the engine reads a number target", () => {
    const figure = fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: -5, max: 5 }));
    fc.assert(
      fc.property(figure, figure, fc.constantFrom(undefined, "lower", "higher"), (actual, plan, direction) => {
        const target = parseTarget(plan);
        if (!target) throw new Error("a finite number is always a target");
        const engine = attainment(actual, planOf(target), direction === undefined ? target.direction : direction);
        const cell = attainmentCell(actual, plan, direction);
        // A plan within a hair of zero overflows: Excel has no infinity, so the function says #NUM!.
        const expected = engine !== null && !Number.isFinite(engine) ? "#NUM!" : engine;
        expect(isFunctionError(cell) ? (cell.code === "#NUM!" ? "#NUM!" : null) : cell).toBe(expected);
      }),
    );
  });

  it("reads a cell holding a data type by its basic value", () => {
    expect(attainmentCell({ type: "Double", basicValue: 720493 }, 675000)).toBe(attainmentCell(720493, 675000));
  });
});

describe("OVERPLAN", () => {
  it("is the share above plan: 6,74 % for 720.493 against 675.000", () => {
    expect(numeric(overPlanCell(720493, 675000))).toBeCloseTo(0.0674, 4);
    expect(numeric(overPlanCell("720.493", "675.000"))).toBeCloseTo(0.067397, 6);
  });

  it("is 0 at or below plan", () => {
    expect(overPlanCell(454, 579)).toBe(0);
    expect(overPlanCell(100, 100)).toBe(0);
  });

  it("follows lower-is-better targets: 2,5 % unemployment against below 3 % is 20 % better", () => {
    expect(numeric(overPlanCell(0.025, "Dưới 3%"))).toBeCloseTo(0.2, 12);
    expect(overPlanCell(0.035, "Dưới 3%")).toBe(0);
  });

  it("shares ATTAINMENT's errors", () => {
    expect(failure(overPlanCell(5, 0))).toBe("#DIV/0! zeroPlan plan");
    expect(failure(overPlanCell(null, 10))).toBe("#N/A blank actual");
  });
});

describe("STATUS", () => {
  it("is strict for 'Dưới' and inclusive for '≤'", () => {
    // Exactly at a strict ceiling is not achieved, but at 100 % of it: near.
    expect(statusCell(0.005, "Dưới 0,5%")).toBe(NEAR);
    expect(statusCell(0.0049, "Dưới 0,5%")).toBe("Hoàn thành");
    expect(statusCell(0.005, "≤ 0,5%")).toBe("Hoàn thành");
    expect(statusCell(0.0051, "≤ 0,5%")).toBe(NEAR);
    expect(statusCell(0.006, "≤ 0,5%")).toBe("Chưa hoàn thành");
  });

  it("is inclusive for '≥' and strict for 'Trên'", () => {
    expect(statusCell(0.95, "≥ 95%")).toBe("Hoàn thành");
    expect(statusCell(0.9499, "≥ 95%")).toBe(NEAR);
    expect(statusCell(0.9, "Trên 90%")).toBe(NEAR);
    expect(statusCell(0.952, "Trên 90%")).toBe("Hoàn thành");
  });

  it("is near from 90 % of the target, or from the threshold given, which must be a share up to 100 %", () => {
    // The voluntary social insurance figure: 139 870 of 150 000 is 93,25 %.
    expect(statusCell(139870, 150000)).toBe(NEAR);
    expect(statusCell(139870, 150000, "en")).toBe("Near target (≥ 90% of plan)");
    expect(statusCell(139870, 150000, "vi", 0.95)).toBe("Chưa hoàn thành");
    expect(statusCell(139870, 150000, "vi", "93%")).toBe("Gần đạt (≥ 93\u00a0% KH)");
    expect(statusCell(135000, 150000, null, 0.9)).toBe(NEAR);
    expect(statusCell(134999, 150000, null, 0.9)).toBe("Chưa hoàn thành");
    expect(failure(statusCell(139870, 150000, "vi", 90))).toBe("#VALUE! near near");
    expect(failure(statusCell(139870, 150000, "vi", 0))).toBe("#VALUE! near near");
    expect(failure(statusCell(139870, 150000, "vi", "gần"))).toBe("#VALUE! notNumber near");
    const output = statusCell(1, 2, "vi", 90);
    if (!isFunctionError(output)) throw new Error("expected an error");
    expect(errorMessage(output, "vi")).toContain("(90)");
  });

  it("answers in the display language when no language is given", () => {
    expect(statusCell(454, 579, undefined, undefined, "en")).toBe("Not achieved");
    expect(statusCell(454, 579, "", null, "en")).toBe("Not achieved");
    expect(statusCell(454, 579, "vi", null, "en")).toBe("Chưa hoàn thành");
    expect(statusCell(null, 579, undefined, undefined, "en")).toBe("No data");
  });

  it("never calls a count with a plan of 0 or less achieved, as the validator does not", () => {
    expect(statusCell(5, 0)).toBe("Chưa có số liệu");
    expect(statusCell(5, -3, "en")).toBe("No data");
    expect(statusCell(0, "≥ 0%")).toBe("Hoàn thành");
  });

  it("reads a bare 0 % as a plan never filled in, as the validator does, but judges a written '≥ 0%' or '≤ 0%'", () => {
    expect(statusCell(0.9, "0%")).toBe("Chưa có số liệu");
    expect(failure(gapCell(0.9, "0%"))).toBe("#DIV/0! zeroPlan plan");
    expect(failure(metCell(0.9, "0%"))).toBe("#DIV/0! zeroPlan plan");
    expect(failure(metCell(5, 0))).toBe("#DIV/0! zeroPlan plan");
    expect(statusCell(0.025, "Trên 0%")).toBe("Hoàn thành");
    expect(gapCell(0.025, "Trên 0%")).toBeCloseTo(2.5, 10);
    expect(metCell(0.003, "≤ 0%")).toBe(false);
    expect(statusCell(0.003, "≤ 0%", "en")).toBe("Not achieved");
  });

  it("treats a number target as 'at least', and reads text actuals", () => {
    expect(statusCell(720493, 675000)).toBe("Hoàn thành");
    expect(statusCell("454", "579")).toBe("Chưa hoàn thành");
    expect(statusCell("0,03%", "Dưới 0,5%")).toBe("Hoàn thành");
  });

  it("answers in English when asked", () => {
    expect(statusCell(720493, 675000, "en")).toBe("Achieved");
    expect(statusCell(454, 579, "English")).toBe("Not achieved");
    expect(statusCell(454, 579, "tiếng Anh")).toBe("Not achieved");
    expect(statusCell(454, 579, "vi")).toBe("Chưa hoàn thành");
  });

  it("counts a blank actual or target as no data, as the validator does", () => {
    expect(statusCell(null, "≥ 95%")).toBe("Chưa có số liệu");
    expect(statusCell("", 10, "en")).toBe("No data");
    expect(statusCell(0.97, null)).toBe("Chưa có số liệu");
  });

  it("gives #VALUE! for unreadable targets, actuals and languages", () => {
    expect(failure(statusCell(0.97, "đạt yêu cầu"))).toBe("#VALUE! target target");
    expect(failure(statusCell("n/a", "≥ 95%"))).toBe("#VALUE! notNumber actual");
    expect(failure(statusCell(0.97, "≥ 95%", "fr"))).toBe("#VALUE! language language");
  });
});

describe("a target of a change a year", () => {
  it("is refused by every function that takes a target, as no level one figure is judged against", () => {
    const target = "Giảm 1-1,5%/năm";
    expect(failure(statusCell(0.0003, target))).toBe("#VALUE! perYear target");
    expect(failure(metCell(0.0003, target))).toBe("#VALUE! perYear target");
    expect(failure(gapCell(0.0003, target))).toBe("#VALUE! perYear target");
    expect(failure(attainmentCell(0.0003, target))).toBe("#VALUE! perYear plan");
    expect(failure(overPlanCell(70, "Tăng 8%/năm"))).toBe("#VALUE! perYear plan");
    expect(failure(paceCell(70, "Tăng 8%/năm", 2021, 2025, 2023, new Date(2024, 0, 1)))).toBe("#VALUE! perYear plan");
    const refused = statusCell(0.0003, target);
    if (!isFunctionError(refused)) throw new Error("expected an error");
    expect(errorMessage(refused, "vi")).toContain("“Giảm 1-1,5%/năm” là mức thay đổi mỗi năm");
    expect(errorMessage(refused, "en")).toContain("“Giảm 1-1,5%/năm” is a change a year");
  });

  it("refuses a count a year as well: 690 poor households are no fall of 2.000 a year", () => {
    expect(failure(statusCell(690, "Giảm bình quân 2.000 hộ/năm"))).toBe("#VALUE! perYear target");
    expect(failure(gapCell(4659, "Tăng 500 lao động mỗi năm"))).toBe("#VALUE! perYear target");
    expect(failure(attainmentCell(690, "Mỗi năm giảm 2.000 hộ nghèo"))).toBe("#VALUE! perYear plan");
  });

  it("still judges the level targets it is not", () => {
    expect(statusCell(0.0003, "Giảm 2%")).toBe("Hoàn thành");
    expect(statusCell(0.0003, "Dưới 0,5%")).toBe("Hoàn thành");
    expect(statusCell(690, "Giảm xuống dưới 2.000 hộ")).toBe("Hoàn thành");
    expect(statusCell(690, "Giảm còn 2.000 hộ")).toBe("Hoàn thành");
  });
});

describe("GAP", () => {
  it("gives a rate against a rate target in percentage points, positive when better, either way", () => {
    expect(gapCell(0.0003, "Dưới 0,5%")).toBe(0.47);
    expect(gapCell("0,03%", "Dưới 0,5%")).toBe(0.47);
    expect(gapCell(0.732, "≥ 72%")).toBe(1.2);
    expect(gapCell(0.989, "≥ 99,5%")).toBe(-0.6);
    expect(gapCell(0.02, "Giảm 1-1,5%")).toBe(-0.5);
    expect(gapCell(0, "Dưới 0,5%")).toBe(0.5);
    expect(gapCell(1, "100%")).toBe(0);
  });

  it("gives any other figure as the share over plan, negative when short", () => {
    expect(numeric(gapCell(720493, 675000))).toBeCloseTo(0.0674, 4);
    expect(numeric(gapCell("720.493", "675.000"))).toBeCloseTo(0.067397, 6);
    expect(numeric(gapCell(454, 579))).toBeCloseTo(-0.2159, 4);
    expect(numeric(gapCell(12, "Không quá 15"))).toBeCloseTo(0.25, 12);
    expect(gapCell(579, 579)).toBe(0);
  });

  it("fails as the ratio functions do", () => {
    expect(failure(gapCell(5, 0))).toBe("#DIV/0! zeroPlan plan");
    expect(failure(gapCell(5, -2))).toBe("#VALUE! negative plan");
    expect(failure(gapCell(null, 10))).toBe("#N/A blank actual");
    expect(failure(gapCell(10, ""))).toBe("#N/A blank target");
    expect(failure(gapCell("20.226 lượt", 10))).toBe("#VALUE! notNumber actual");
    expect(failure(gapCell(10, "đạt yêu cầu"))).toBe("#VALUE! target target");
    expect(failure(gapCell(98.9, "≥ 95%"))).toBe("#VALUE! percentScale actual");
    expect(failure(gapCell(1e308, 1e-10))).toBe("#NUM! overflow");
    expect(failure(gapCell({ code: "#DIV/0!" }, 10))).toBe("#DIV/0! inputError actual");
  });
});

describe("MET", () => {
  it("is TRUE/FALSE with the same comparators as STATUS", () => {
    expect(metCell(0.005, "Dưới 0,5%")).toBe(false);
    expect(metCell(0.005, "≤ 0,5%")).toBe(true);
    expect(metCell(0.95, "≥ 95%")).toBe(true);
    expect(metCell(0.9, "Trên 90%")).toBe(false);
    expect(metCell(0.012, "1-1,5%")).toBe(true);
    expect(metCell(720493, 675000)).toBe(true);
  });

  it("gives #N/A for a blank actual or target, #VALUE! for unreadable ones", () => {
    expect(failure(metCell(null, "≥ 95%"))).toBe("#N/A blank actual");
    expect(failure(metCell(0.9, ""))).toBe("#N/A blank target");
    expect(failure(metCell("abc", "≥ 95%"))).toBe("#VALUE! notNumber actual");
    expect(failure(metCell(0.9, "abc"))).toBe("#VALUE! target target");
  });
});

describe("NUMBER", () => {
  it("reads Vietnamese texts by default", () => {
    expect(numberCell("2.975,42")).toBe(2975.42);
    expect(numberCell("78,41%")).toBe(0.7841);
    expect(numberCell("720.493")).toBe(720493);
    expect(numberCell("2.907.969")).toBe(2907969);
    expect(numberCell("(1.234,5)")).toBe(-1234.5);
  });

  it("reads English texts, with the convention deciding only ambiguous ones", () => {
    expect(numberCell("2,975.42")).toBe(2975.42);
    expect(numberCell("78.41%")).toBe(0.7841);
    expect(numberCell("720,493", "en")).toBe(720493);
    expect(numberCell("1.234", "en")).toBe(1.234);
    expect(numberCell("1.234", "vi")).toBe(1234);
    expect(numberCell("1.234", "Tiếng Việt")).toBe(1234);
  });

  it("reads magnitude words and estimates as the validator does", () => {
    expect(numberCell("khoảng 48 nghìn lượt người")).toBe(48000);
    expect(numberCell("2.975,42 tỷ đồng")).toBe(2_975_420_000_000);
    expect(numberCell("1,5 triệu")).toBe(1_500_000);
    expect(attainmentCell("khoảng 20 nghìn", "18 nghìn")).toBeCloseTo(20 / 18, 12);
  });

  it("passes numbers through and reports what it cannot read", () => {
    expect(numberCell(42.5)).toBe(42.5);
    expect(failure(numberCell("20.226 lượt"))).toBe("#VALUE! notNumber text");
    expect(failure(numberCell("12 người"))).toBe("#VALUE! notNumber text");
    expect(failure(numberCell(""))).toBe("#N/A blank text");
    expect(failure(numberCell("1.234", "fr"))).toBe("#VALUE! convention convention");
  });
});

describe("PACE", () => {
  const now = new Date(2023, 6, 2);

  it("is 1 when 60 % of the plan is done with 3 of 5 years gone", () => {
    expect(numeric(paceCell(405000, 675000, 2021, 2025, 2023, now))).toBeCloseTo(1, 12);
  });

  it("divides attainment by the elapsed share: vocational enrolment through 2023 is well ahead", () => {
    expect(numeric(paceCell(720493, 675000, 2021, 2025, 2023, now))).toBeCloseTo(720493 / 675000 / 0.6, 12);
    expect(numeric(paceCell(454, 579, 2021, 2025, 2023, now))).toBeCloseTo(454 / 579 / 0.6, 12);
  });

  it("counts today as a fraction of the year when as_of is omitted", () => {
    const elapsed = (Date.UTC(2023, 6, 2) - Date.UTC(2023, 0, 1)) / (Date.UTC(2024, 0, 1) - Date.UTC(2023, 0, 1));
    expect(numeric(paceCell(405000, 675000, 2021, 2025, null, now))).toBeCloseTo(0.6 / ((2 + elapsed) / 5), 12);
  });

  it("works on Excel dates", () => {
    const start = 44197; // 1 January 2021
    const end = 46022; // 31 December 2025
    const asOf = 45291; // 31 December 2023
    // The end and as-of days count whole: 1 095 of the 1 826 days of 2021-2025 are gone at the end of 31/12/2023.
    expect(numeric(paceCell(405000, 675000, start, end, asOf, now))).toBeCloseTo(0.6 / (1095 / 1826), 12);
    // The engine reads "Số liệu đến 31/12/2023" as 3 of 5 years: the function agrees on either side of the pace.
    expect(numeric(paceCell(404700, 675000, start, end, asOf, now))).toBeLessThan(1);
    expect(numeric(paceCell(405000, 675000, start, end, asOf, now))).toBeGreaterThan(1);
    const today = (Date.UTC(2023, 6, 2) - Date.UTC(1899, 11, 30)) / 86_400_000;
    expect(numeric(paceCell(405000, 675000, start, end, null, now))).toBeCloseTo(
      0.6 / ((today - start) / (end + 1 - start)),
      12,
    );
  });

  it("is plain attainment once the period is over", () => {
    expect(paceCell(720493, 675000, 2021, 2025, 2030, now)).toBe(attainmentCell(720493, 675000));
  });

  it("reports a period that has not started, is empty or mixes years and dates", () => {
    expect(failure(paceCell(1, 10, 2021, 2025, 2020, now))).toBe("#N/A notStarted asOf");
    expect(failure(paceCell(1, 10, 44197, 46022, 44000, now))).toBe("#N/A notStarted asOf");
    expect(failure(paceCell(1, 10, 46022, 44197, 45000, now))).toBe("#VALUE! period end");
    expect(failure(paceCell(1, 10, 2021, 46022, null, now))).toBe("#VALUE! periodScale start");
    expect(failure(paceCell(1, 10, 44197, 46022, 2023, now))).toBe("#VALUE! periodScale asOf");
    expect(failure(paceCell(1, 10, null, 2025, 2023, now))).toBe("#N/A blank start");
    expect(failure(paceCell(1, 0, 2021, 2025, 2023, now))).toBe("#DIV/0! zeroPlan plan");
  });

  it("gives no pace for a rate or a ceiling, as the engine does", () => {
    expect(failure(paceCell(0.732, "≥ 72%", 2021, 2025, 2023, now))).toBe("#N/A paceRate plan");
    expect(failure(paceCell("0,03%", "Dưới 0,5%", 2021, 2025, 2023, now))).toBe("#N/A paceRate plan");
    expect(failure(paceCell(3, "Không quá 5", 2021, 2025, 2023, now))).toBe("#N/A paceCeiling plan");
    expect(numeric(paceCell(454, "Trên 579", 2021, 2025, 2023, now))).toBeCloseTo(454 / 579 / 0.6, 12);
  });
});

describe("error messages", () => {
  it("has a message for every reason and a name for every argument, in both languages", () => {
    for (const reason of REASONS) expect(hasMessage(`functions.error.${reason}`), reason).toBe(true);
    for (const argument of ARGUMENTS) expect(hasMessage(`functions.argument.${argument}`), argument).toBe(true);
  });

  it("names the argument and the value", () => {
    const error = attainmentCell("abc", 10);
    if (!isFunctionError(error)) throw new Error("expected an error");
    expect(errorMessage(error, "vi")).toBe("Giá trị thực hiện “abc” không đọc được thành số.");
    expect(errorMessage(error, "en")).toBe("The actual “abc” is not a number.");
  });

  it("shows an as-of date as a date, not as Excel's serial number", () => {
    const error = paceCell(1, 10, 44197, 46022, 44000, new Date(2023, 0, 1));
    if (!isFunctionError(error)) throw new Error("expected an error");
    expect(errorMessage(error, "en")).toBe(
      "The period has not started at the as-of point (2020-06-18), so there is no pace yet.",
    );
  });
});

describe("a percent typed as a whole number against a percentage target", () => {
  it("is refused with a message instead of being read as thousands of percent", () => {
    expect(failure(statusCell(41.2, "≥ 45%"))).toBe("#VALUE! percentScale actual");
    expect(failure(metCell(98.9, "≥ 95%"))).toBe("#VALUE! percentScale actual");
    expect(failure(attainmentCell(98.9, "≥ 95%"))).toBe("#VALUE! percentScale actual");
    const output = statusCell(41.2, "≥ 45%");
    if (!isFunctionError(output)) throw new Error("expected an error");
    expect(errorMessage(output, "vi")).toContain("0,412");
    expect(errorMessage(output, "en")).toContain("41.2%");
  });

  it("reads fractions and plain-number plans as before", () => {
    expect(statusCell(0.412, "≥ 45%")).toBe(NEAR);
    expect(statusCell(0.39, "≥ 45%")).toBe("Chưa hoàn thành");
    expect(metCell(0.989, "≥ 95%")).toBe(true);
    expect(numeric(attainmentCell(98.9, 95))).toBeCloseTo(1.0411, 4);
  });
});
