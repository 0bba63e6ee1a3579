/**
 * The functions and the validator must never disagree: on every indicator of the Programme 08 table, the
 * functions given the indicator's figures return what the analysis computed, and the formulas a user would type
 * on the sheet's own cells do too.
 */
import { analyzeSheet } from "../../src/core/analyze";
import { bandLabel } from "../../src/core/band-text";
import { gapOf } from "../../src/core/gap-text";
import { t } from "../../src/core/i18n";
import { viewOf, type SheetSnapshot } from "../../src/core/snapshot";
import type { Indicator, SheetAnalysis } from "../../src/core/types";
import {
  attainmentCell,
  gapCell,
  isFunctionError,
  metCell,
  overPlanCell,
  paceCell,
  statusCell,
  setExcelConvention,
  type Output,
} from "../../src/functions/evaluate";

// A Vietnamese Excel (decimal comma), as the people who keep these workbooks use: "720.493" is 720 493 there.
setExcelConvention("vi");
import { programme08, programme08WithFaults, PROGRAMME08_ROWS } from "../../src/samples/programme08";
import { sheet as table, VI_HEADER } from "../helpers/table";

/** What the function should return where the engine has no figure. */
function expected(value: number | null): Output | "error" {
  return value === null ? "error" : value;
}

function actual(output: Output): Output | "error" {
  return isFunctionError(output) ? "error" : output;
}

/** The engine's gap as CHITIEU.GAP gives it: points for a rate, a fraction of plan otherwise. */
function expectedGap(indicator: Indicator): Output | "error" {
  const gap = gapOf(indicator);
  return gap === null ? "error" : gap.kind === "points" ? gap.points : gap.fraction;
}

/** The target as the indicator holds it: its text as written, or the plan figure for a number cell. */
function targetArgument(indicator: Indicator): string | number | null {
  return indicator.target?.text ?? indicator.plan;
}

interface SheetCells {
  actual: unknown;
  plan: unknown;
}

/** The raw cells a formula on the sheet would refer to, for one indicator row. */
function cellsOf(sheet: SheetSnapshot, analysis: SheetAnalysis, row: number): SheetCells {
  const view = viewOf(sheet);
  const columns = analysis.table?.columns;
  if (!columns?.actual || !columns.plan) throw new Error("the sample's table must be detected");
  return { actual: view.value(row, columns.actual), plan: view.value(row, columns.plan) };
}

const sheet = programme08();
const analysis = analyzeSheet(sheet);

describe("functions agree with the validator on Programme 08", () => {
  it("finds the 27 indicators to compare", () => {
    expect(analysis.indicators).toHaveLength(27);
  });

  it.each(analysis.indicators.map((i) => [i.row, i.name, i] as const))("row %i: %s", (_row, _name, indicator) => {
    const target = targetArgument(indicator);
    expect(actual(attainmentCell(indicator.actual, target))).toBe(expected(indicator.attainment));
    expect(actual(overPlanCell(indicator.actual, target))).toBe(expected(indicator.overPlan));
    expect(statusCell(indicator.actual, target)).toBe(bandLabel(indicator.band, analysis.near, "vi"));
    expect(statusCell(indicator.actual, target, "en")).toBe(bandLabel(indicator.band, analysis.near, "en"));
    expect(actual(gapCell(indicator.actual, target))).toBe(expectedGap(indicator));
    expect(metCell(indicator.actual, target)).toBe(indicator.status === "achieved");
  });

  it("counts 20 of 27 achieved, 11 of the 12 led and 1 of the 5 coordinated, as the summary does", () => {
    const statuses = analysis.indicators.map((i) => statusCell(i.actual, targetArgument(i)));
    const achieved = (from: number, to: number) => statuses.slice(from, to).filter((s) => s === "Hoàn thành").length;
    expect(achieved(0, 27)).toBe(analysis.summary.achieved);
    expect(achieved(0, 27)).toBe(20);
    expect(achieved(0, 12)).toBe(11);
    expect(achieved(12, 17)).toBe(1);
    // "nhóm phối hợp 1/5, 4 chỉ tiêu còn lại đạt trên 90%".
    expect(statuses.slice(12, 17).filter((s) => s === "Gần đạt (≥ 90\u00a0% KH)")).toHaveLength(4);
    expect(statuses.filter((s) => s === "Gần đạt (≥ 90\u00a0% KH)")).toHaveLength(analysis.summary.near);
  });

  it("gives the poverty rate's gap as +0,47 points, as the summary sheet shows it", () => {
    const poverty = analysis.indicators.find((i) => i.name.startsWith("Tỷ lệ hộ nghèo"))!;
    expect(poverty.gapPoints).toBe(0.47);
    expect(gapCell(poverty.actual, targetArgument(poverty))).toBe(0.47);
  });

  it("gives CHITIEU.PACE over 2021-2025 as of 2023 the engine's pace for the table's own 'Lũy kế 2021-2023'", () => {
    expect(analysis.period?.elapsed).toBe(0.6);
    const now = new Date(2025, 0, 1);
    const paced = analysis.indicators.filter((i) => i.pace !== null);
    expect(paced.length).toBeGreaterThan(10);
    // A level (đồng/tháng) is told from a quantity by its unit, which a function's arguments do not carry.
    for (const indicator of analysis.indicators.filter((i) => i.measure !== "level")) {
      const result = paceCell(indicator.actual, targetArgument(indicator), 2021, 2025, 2023, now);
      const where = `row ${indicator.row}`;
      if (indicator.pace === null) {
        // Rates and ceilings: #N/A, as the engine gives them no pace.
        expect(isFunctionError(result) && result.code, where).toBe("#N/A");
        continue;
      }
      if (typeof result !== "number") throw new Error(`${where}: expected a pace, got ${JSON.stringify(result)}`);
      expect(result >= 1 ? "on_track" : "behind", where).toBe(indicator.pace);
    }
  });

  it("agrees on the sheet's own cells, with whole-number percentages divided by 100 as the README shows", () => {
    for (const indicator of analysis.indicators) {
      const cells = cellsOf(sheet, analysis, indicator.row);
      const percentRow = indicator.unit === "%";
      const value = percentRow && typeof cells.actual === "number" ? cells.actual / 100 : cells.actual;
      const where = `row ${indicator.row}`;
      expect(actual(attainmentCell(value, cells.plan)), where).toBe(expected(indicator.attainment));
      expect(statusCell(value, cells.plan), where).toBe(bandLabel(indicator.band, analysis.near, "vi"));
      expect(actual(gapCell(value, cells.plan)), where).toBe(expectedGap(indicator));
    }
  });

  it("reads the vocational enrolment typed as text exactly as the validator does", () => {
    const faulty = programme08WithFaults();
    const faultyAnalysis = analyzeSheet(faulty);
    const row = PROGRAMME08_ROWS.vocational;
    const cells = cellsOf(faulty, faultyAnalysis, row);
    expect(cells.actual).toBe("720.493");
    const indicator = faultyAnalysis.indicators.find((i) => i.row === row);
    expect(attainmentCell(cells.actual, cells.plan)).toBe(indicator?.attainment);
    expect(attainmentCell(cells.actual, cells.plan)).toBe(analysis.indicators.find((i) => i.row === row)?.attainment);
  });

  it("flags the cells the validator reports as unreadable or missing, instead of computing from them", () => {
    const faulty = programme08WithFaults();
    const faultyAnalysis = analyzeSheet(faulty);
    const unreadable = cellsOf(faulty, faultyAnalysis, 15);
    expect(faultyAnalysis.issues.some((i) => i.code === "not-a-number" && i.cell === "G15")).toBe(true);
    expect(attainmentCell(unreadable.actual, unreadable.plan)).toMatchObject({ code: "#VALUE!", reason: "notNumber" });

    const missing = cellsOf(faulty, faultyAnalysis, 36);
    const indicator = faultyAnalysis.indicators.find((i) => i.row === 36);
    expect(indicator?.status).toBe("no_data");
    expect(statusCell(missing.actual, missing.plan)).toBe(t("vi", "common.status.no_data"));
    expect(attainmentCell(missing.actual, missing.plan)).toMatchObject({ code: "#N/A", reason: "blank" });
  });
});

describe("functions agree with the validator on plans of 0", () => {
  const zeroPlans = analyzeSheet(
    table({
      header: [VI_HEADER],
      rows: [
        ["1", "Tỷ lệ hộ gia đình sử dụng nước sạch", "%", 0, "90%", null, "Chưa hoàn thành"],
        ["2", "Tỷ lệ xã có mô hình hỗ trợ", "%", "0%", "90%", null, null],
        ["3", "Số căn nhà đại đoàn kết", "căn", 0, 12, null, null],
        ["4", "Tỷ lệ tăng trưởng tín dụng chính sách", "%", "Trên 0%", "2,5%", null, null],
        ["5", "Tỷ lệ hộ tái nghèo", "%", "≤ 0%", "0,3%", null, null],
      ],
    }),
  );

  it.each(zeroPlans.indicators.map((i) => [i.row, i.name, i] as const))("row %i: %s", (_row, _name, indicator) => {
    const target = targetArgument(indicator);
    expect(statusCell(indicator.actual, target)).toBe(bandLabel(indicator.band, zeroPlans.near, "vi"));
    expect(actual(gapCell(indicator.actual, target))).toBe(expectedGap(indicator));
    expect(actual(metCell(indicator.actual, target))).toBe(
      indicator.status === "no_data" ? "error" : indicator.status === "achieved",
    );
  });

  it("finds the three plans never filled in as no data, and judges the two written targets", () => {
    expect(zeroPlans.indicators.map((i) => i.band)).toEqual([
      "no_data",
      "no_data",
      "no_data",
      "achieved",
      "not_achieved",
    ]);
  });
});

describe("functions agree with the validator on a result exactly on pace", () => {
  // Two of three years gone, two thirds of the plan done: a share the engine keeps as 0.666666667.
  const onPace = analyzeSheet(
    table({
      header: [["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giai đoạn 2021-2023", "Lũy kế 2021-2022"]],
      rows: [
        ["1", "Số người được hỗ trợ việc làm", "người", 675000, 450000],
        ["2", "Số phiên giao dịch việc làm", "phiên", 99, 66],
        ["3", "Số lao động được đào tạo", "người", 3000, 1999],
      ],
    }),
  );

  it("calls it on track in both, and a hair short behind in both", () => {
    expect(onPace.period?.elapsed).toBe(0.666666667);
    const now = new Date(2025, 0, 1);
    expect(onPace.indicators.map((i) => i.pace)).toEqual(["on_track", "on_track", "behind"]);
    const paces = onPace.indicators.map((i) => paceCell(i.actual, i.plan, 2021, 2023, 2022, now) as number);
    expect(paces.map((p) => (p >= 1 ? "on_track" : "behind"))).toEqual(["on_track", "on_track", "behind"]);
  });
});
