import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { isCountUnit, isPerUnit } from "../../src/core/units";
import { sheet } from "../helpers/table";
import { check } from "../helpers/rules";
import { multiYear } from "../helpers/years";

const EN_HEADER = ["No.", "Indicator", "Unit", "Target 2021-2025", "Cumulative 2021-2023", "% of plan"];

describe("count units", () => {
  it("counts people, households, sessions and firms, whole and never negative", () => {
    for (const unit of ["người", "lượt người", "lượt", "hộ", "phiên", "chỗ", "đơn vị", "Người", "persons", "firms"])
      expect(isCountUnit(unit), unit).toBe(true);
  });

  it("does not count a figure per something, which is a level", () => {
    for (const unit of [
      "người/năm",
      "người/1000 dân",
      "lượt người/năm",
      "hộ/xã",
      "người per year",
      "người bình quân",
    ]) {
      expect(isCountUnit(unit), unit).toBe(false);
      expect(isPerUnit(unit), unit).toBe(true);
    }
    for (const unit of ["%", "tỷ đồng", "đồng/người/tháng"]) expect(isCountUnit(unit), unit).toBe(false);
  });
});

describe("a per-unit read as a level, not a count", () => {
  it("reads '1.125' doctors per 1000 people by the sheet's convention, and takes it for no evidence of one", () => {
    // The English headings are the only evidence: "1.125" per 1000 people is no count to read whole the Vietnamese
    // way, so it is 1.125, said at the cell as a guess by the headings.
    const analysis = analyzeSheet(
      sheet({ header: [EN_HEADER], rows: [["1", "Doctors per 1,000 people", "người/1000 dân", 1.2, "1.125"]] }),
    );
    expect(analysis.convention).toBe("en");
    expect(analysis.indicators[0]).toMatchObject({ actual: 1.125, measure: "level", status: "not_achieved" });
    const ambiguous = analysis.issues.filter((i) => i.code === "ambiguous-number");
    expect(ambiguous.map((i) => [i.cell, i.params?.why])).toEqual([["E2", "headers"]]);
  });

  it("still reads a count whole against the sheet's English figures: '720.493' people", () => {
    const analysis = analyzeSheet(
      sheet({
        header: [EN_HEADER],
        rows: [
          ["1", "Vocational enrolment", "người", 675000, "720.493"],
          ["2", "Social assistance spending", "billion VND", 3000, "2,975.42"],
        ],
      }),
    );
    expect(analysis.convention).toBe("en");
    expect(analysis.indicators.map((i) => i.actual)).toEqual([720493, 2975.42]);
  });

  it("does not call a negative figure per year a negative count", () => {
    const rows = [
      ["1", "Số hộ nghèo giảm bình quân", "hộ/năm", 300, -230],
      ["2", "Số hộ nghèo", "hộ", 1000, -690],
    ];
    expect(check("negative-count", rows).cells).toEqual(["E3"]);
  });

  it("holds a yearly average per person to the rounding it is shown with, not to an exact count", () => {
    // Social assistance: 2.907.970 person-times over 2021-2023, 969.323 a year on average (969.323,33).
    const table = multiYear(["Năm 2021", "Năm 2022", "Năm 2023"], "Lũy kế 2021-2023", [
      ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 675000, 221560, 242108, 256825, 720493, 1.067],
      ["2", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", 10000, 2918, 4310, 4731, 11959, 1.196],
      ["3", "Số phiên giao dịch việc làm", "phiên", 600, 198, 240, 243, 681, 1.135],
      ["4", "Lượt người được trợ giúp xã hội bình quân", "lượt người/năm", 950000, 1002400, 968250, 937320, 969323],
    ]);
    const analysis = analyzeSheet(table);
    expect(analysis.indicators[3]).toMatchObject({ measure: "level", actual: 969323 });
    expect(analysis.issues.filter((i) => i.code === "cumulative-mismatch")).toEqual([]);
  });
});
