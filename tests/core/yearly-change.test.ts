import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { indicatorGapText } from "../../src/core/gap-text";
import { meetingParagraph } from "../../src/core/narrative/write";
import { buildSummaryPlan } from "../../src/core/summary/build";
import { parseTarget } from "../../src/core/targets";
import type { Indicator, Target } from "../../src/core/types";
import { changeAttainment, changeStatus, changeUnit, yearlyChange } from "../../src/core/yearly-change";
import { sheet, VI_HEADER } from "../helpers/table";
import { multiYear } from "../helpers/years";

const POVERTY = "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều";
const NEAR_POOR = "Tỷ lệ hộ cận nghèo";
const INCOME = "Thu nhập bình quân đầu người";

/**
 * The seed article's poverty figures by year: 0,03 % of households poor at the end of 2023 and 0,99 % near-poor;
 * the earlier years are made up, falling as they did. The rates are kept as whole percents, as departments type
 * them under a "%" unit.
 */
const ROWS = [
  ["1", POVERTY, "%", "Giảm 1-1,5%/năm", 0.43, 0.21, 0.03, 0.03, null],
  ["2", NEAR_POOR, "%", "giảm 0,5 điểm %/năm", 2.5, 1.73, 0.99, 0.99, null],
  ["3", INCOME, "triệu đồng/người/năm", "Tăng 8%/năm", 60, 64.2, 69, 69, null],
  ["4", "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "≥ 95%", 92.1, 95.6, 98.9, 98.9, null],
];

function byName(indicators: Indicator[], name: string): Indicator {
  const found = indicators.find((i) => i.name === name);
  if (!found) throw new Error(`no indicator ${name}`);
  return found;
}

describe("a target of a change a year, judged by the row's years", () => {
  const analysis = analyzeSheet(multiYear(["Năm 2021", "Năm 2022", "Năm 2023"], "Lũy kế 2021-2023", ROWS));
  const poverty = byName(analysis.indicators, POVERTY);
  const nearPoor = byName(analysis.indicators, NEAR_POOR);
  const income = byName(analysis.indicators, INCOME);

  it("judges the poverty rate by its fall in points a year, not as under a 1,5 % ceiling", () => {
    // 0,43 % to 0,03 % over 2021–2023 is 0,2 points a year against a commitment of at least 1: 20 %.
    expect(poverty.actual).toBeCloseTo(0.0003, 10);
    expect(poverty.change).toEqual({
      from: 2021,
      to: 2023,
      first: 0.0043,
      last: 0.0003,
      perYear: -0.002,
      kind: "points",
    });
    expect(poverty.attainment).toBeCloseTo(0.2, 9);
    expect([poverty.status, poverty.band, poverty.plan, poverty.gapPoints, poverty.pace]).toEqual([
      "not_achieved",
      "not_achieved",
      null,
      null,
      null,
    ]);
    expect(poverty.measure).toBe("rate");
    expect(indicatorGapText(poverty, "vi")).toBe("còn thiếu 80\u00a0%");
  });

  it("meets a commitment in points when the rate falls at least that much a year", () => {
    // 2,5 % to 0,99 % is 0,755 points a year against 0,5.
    expect(nearPoor.change?.perYear).toBeCloseTo(-0.00755, 12);
    expect(nearPoor.attainment).toBeCloseTo(1.51, 9);
    expect([nearPoor.status, nearPoor.band]).toEqual(["achieved", "achieved"]);
  });

  it("reads %/năm of a quantity as a compounded relative change, near at 90 % of the commitment", () => {
    // 60 to 69 million over two years is 7,24 % a year: 90,5 % of "Tăng 8%/năm".
    expect(income.change?.kind).toBe("relative");
    expect(income.change?.perYear).toBeCloseTo(Math.sqrt(69 / 60) - 1, 9);
    expect(income.attainment).toBeCloseTo((Math.sqrt(69 / 60) - 1) / 0.08, 9);
    expect([income.status, income.band, income.actual]).toEqual(["not_achieved", "near", 69]);
    expect(income.measure).not.toBe("rate");
  });

  it("leaves a level target as it was", () => {
    const coverage = analysis.indicators[3]!;
    expect(coverage.change).toBeUndefined();
    expect([coverage.status, coverage.gapPoints]).toEqual(["achieved", 3.9]);
  });

  it("says the change beside its commitment in the paragraph, never a ceiling", () => {
    const vi = meetingParagraph(analysis, "vi");
    expect(vi).toContain(
      `${POVERTY} (giảm bình quân 0,2 điểm phần trăm/năm giai đoạn 2021–2023, cam kết giảm 1–1,5 điểm phần trăm/năm)`,
    );
    expect(vi).toContain(`${INCOME} (tăng bình quân 7,24\u00a0%/năm giai đoạn 2021–2023, cam kết tăng 8\u00a0%/năm)`);
    expect(vi).not.toContain("mức trần");
    const en = meetingParagraph(analysis, "en");
    expect(en).toContain(
      `${POVERTY} (down 0.2 percentage points a year on average over 2021–2023, against a committed fall of 1–1.5 percentage points a year)`,
    );
    expect(en).not.toContain("ceiling");
  });

  it("shows on the summary sheet the target as written, the share of the committed change and its gap", () => {
    const plan = buildSummaryPlan(analysis, { lang: "vi", generatedAt: "25/11/2026 09:00" });
    const row = plan.cells.find((c) => c.col === 2 && c.value === POVERTY)!.row;
    const at = (col: number) => plan.cells.find((c) => c.row === row && c.col === col)?.value;
    expect(at(4)).toBe("Giảm 1-1,5%/năm");
    expect(at(6)).toBeCloseTo(0.2, 9);
    expect(at(7)).toBe("còn thiếu 80\u00a0%");
    expect(at(8)).toBe("Chưa hoàn thành");
  });

  it("takes a rate's cumulative column as its last year when the year columns stop before it", () => {
    // As in the Programme 08 sample: Năm 2021, Năm 2022 and "Lũy kế 2021-2023" holding the 2023 rate.
    const rows = ROWS.map((row) => [...row.slice(0, 6), row[7]!, null]);
    const shorter = analyzeSheet(multiYear(["Năm 2021", "Năm 2022"], "Lũy kế 2021-2023", rows));
    expect(byName(shorter.indicators, POVERTY).change).toMatchObject({ from: 2021, to: 2023, perYear: -0.002 });
    // A quantity's cumulative is a sum, no year's figure: income is judged over 2021–2022 only.
    expect(byName(shorter.indicators, INCOME).change).toMatchObject({ from: 2021, to: 2022 });
  });
});

/**
 * Counts a year, from the seed article's 2023 figures: 690 poor and 22.263 near-poor households at the end of 2023,
 * and 11.959 workers sent abroad over 2021–2023 (the cumulative column), split by year as made up here.
 */
const POOR_HOUSEHOLDS = "Số hộ nghèo";
const NEAR_POOR_HOUSEHOLDS = "Số hộ cận nghèo";
const ABROAD = "Số người lao động đi làm việc có thời hạn ở nước ngoài";
const COUNT_ROWS = [
  ["1", POOR_HOUSEHOLDS, "hộ", "Giảm bình quân 2.000 hộ/năm", 4750, 2600, 690, 690, null],
  ["2", NEAR_POOR_HOUSEHOLDS, "hộ", "Mỗi năm giảm 5.000 hộ cận nghèo", 30000, 26500, 22263, 22263, null],
  ["3", ABROAD, "người", "Tăng 500 lao động mỗi năm", 3200, 4100, 4659, 11959, null],
  ["4", "Số hộ nghèo cuối giai đoạn", "hộ", "Giảm xuống dưới 2.000 hộ", 4750, 2600, 690, 690, null],
];

describe("a count a year, judged by the row's years in its own unit", () => {
  const analysis = analyzeSheet(multiYear(["Năm 2021", "Năm 2022", "Năm 2023"], "Lũy kế 2021-2023", COUNT_ROWS));
  const poor = byName(analysis.indicators, POOR_HOUSEHOLDS);
  const nearPoor = byName(analysis.indicators, NEAR_POOR_HOUSEHOLDS);
  const abroad = byName(analysis.indicators, ABROAD);

  it("judges 2.000 households a year as a fall of that many, not as a plan of 2.000", () => {
    // 4.750 to 690 over 2021–2023 is 2.030 fewer households a year: 101,5 % of the commitment.
    expect(poor.change).toEqual({ from: 2021, to: 2023, first: 4750, last: 690, perYear: -2030, kind: "absolute" });
    expect(poor.attainment).toBeCloseTo(1.015, 12);
    expect([poor.status, poor.band, poor.plan, poor.pace, poor.gapPoints]).toEqual([
      "achieved",
      "achieved",
      null,
      null,
      null,
    ]);
    expect(poor.measure).not.toBe("rate");
    expect(indicatorGapText(poor, "vi")).toBe("vượt 1,5 %");
  });

  it("falls short of a yearly fall of 5.000 when the households fell by 3.868,5 a year", () => {
    expect(nearPoor.change?.perYear).toBe(-3868.5);
    expect(nearPoor.attainment).toBeCloseTo(0.7737, 12);
    expect([nearPoor.status, nearPoor.band]).toEqual(["not_achieved", "not_achieved"]);
  });

  it("judges a rise by the year columns, not the cumulative sum", () => {
    // 3.200 to 4.659 is 729,5 more a year; the 11.959 in "Lũy kế" is the three years added up, no year's figure.
    expect(abroad.change).toMatchObject({ from: 2021, to: 2023, perYear: 729.5, kind: "absolute" });
    expect(abroad.attainment).toBeCloseTo(1.459, 12);
    expect(abroad.status).toBe("achieved");
    expect(abroad.actual).toBe(11959);
  });

  it("keeps a level with a verb of falling a level", () => {
    const level = analysis.indicators[3]!;
    expect(level.change).toBeUndefined();
    expect(level.target).not.toHaveProperty("perYear");
    expect([level.plan, level.direction, level.status]).toEqual([2000, "lower", "achieved"]);
  });

  it("prints the commitment whole in the summary's plan column, wrapped rather than cut at its edges", () => {
    const plan = buildSummaryPlan(analysis, { lang: "vi", generatedAt: "25/11/2026 09:00" });
    const row = plan.cells.find((c) => c.col === 2 && c.value === NEAR_POOR_HOUSEHOLDS)!.row;
    const target = plan.cells.find((c) => c.row === row && c.col === 4)!;
    expect(target.value).toBe("Mỗi năm giảm 5.000 hộ cận nghèo");
    expect("Mỗi năm giảm 5.000 hộ cận nghèo".length).toBeGreaterThan(plan.columnWidths[3]!);
    expect(target.style).toMatchObject({ wrap: true, horizontal: "right", border: true });
  });

  it("shows in the summary's actual column the change a year it judged, worded as the paragraph, not the level", () => {
    const vi = buildSummaryPlan(analysis, { lang: "vi", generatedAt: "25/11/2026 09:00" });
    const en = buildSummaryPlan(analysis, { lang: "en", generatedAt: "2026-11-25 09:00" });
    const rowOf = (plan: typeof vi, name: string) => plan.cells.find((c) => c.col === 2 && c.value === name)!.row;
    const cell = (plan: typeof vi, name: string, col: number) =>
      plan.cells.find((c) => c.row === rowOf(plan, name) && c.col === col)!;
    // The seed's 690 poor households at the end of 2023 beside "Giảm bình quân 2.000 hộ/năm" read as 690 of 2.000.
    expect(cell(vi, POOR_HOUSEHOLDS, 5).value).toBe("giảm bình quân 2.030 hộ/năm giai đoạn 2021–2023");
    expect(cell(vi, POOR_HOUSEHOLDS, 5).style).toMatchObject({ wrap: true, horizontal: "right", border: true });
    expect(cell(vi, POOR_HOUSEHOLDS, 6).value).toBeCloseTo(1.015, 12);
    expect(cell(vi, POOR_HOUSEHOLDS, 7).value).toBe("vượt 1,5\u00a0%");
    expect(meetingParagraph(analysis, "vi")).toContain(`${cell(vi, NEAR_POOR_HOUSEHOLDS, 5).value}, cam kết`);
    // Not the 11.959 of the cumulative column, which the yearly rise is not judged by.
    expect(cell(vi, ABROAD, 5).value).toBe("tăng bình quân 729,5 người/năm giai đoạn 2021–2023");
    expect(cell(en, POOR_HOUSEHOLDS, 5).value).toBe("down 2,030 hộ a year on average over 2021–2023");
    expect(meetingParagraph(analysis, "en")).toContain(`${cell(en, NEAR_POOR_HOUSEHOLDS, 5).value}, against`);
    // A level keeps its figure, as a number.
    expect(cell(vi, "Số hộ nghèo cuối giai đoạn", 5)).toMatchObject({ value: 690, format: "#,##0" });
    // The column takes the change in two lines from the name column; the table prints as wide as before.
    expect(vi.columnWidths[4]).toBeGreaterThanOrEqual(24);
    const plain = buildSummaryPlan(
      analyzeSheet(multiYear(["Năm 2021", "Năm 2022", "Năm 2023"], "Lũy kế 2021-2023", [ROWS[3]!])),
      {
        lang: "vi",
        generatedAt: "25/11/2026 09:00",
      },
    );
    const sum = (widths: number[]) => widths.reduce((a, b) => a + b, 0);
    expect(sum(vi.columnWidths)).toBe(sum(plain.columnWidths));
    expect(plain.columnWidths[4]).toBe(14);
  });

  it("shows the rate's change in points a year in the actual column", () => {
    const rates = analyzeSheet(multiYear(["Năm 2021", "Năm 2022", "Năm 2023"], "Lũy kế 2021-2023", ROWS));
    const plan = buildSummaryPlan(rates, { lang: "vi", generatedAt: "25/11/2026 09:00" });
    const row = plan.cells.find((c) => c.col === 2 && c.value === POVERTY)!.row;
    expect(plan.cells.find((c) => c.row === row && c.col === 5)!.value).toBe(
      "giảm bình quân 0,2 điểm phần trăm/năm giai đoạn 2021–2023",
    );
  });

  it("states the change in the row's unit beside its commitment in the paragraph", () => {
    // The paragraph names the indicators not achieved, with the change they fell short by.
    expect(meetingParagraph(analysis, "vi")).toContain(
      `${NEAR_POOR_HOUSEHOLDS} (giảm bình quân 3.868,5 hộ/năm giai đoạn 2021–2023, cam kết giảm 5.000 hộ/năm)`,
    );
    expect(meetingParagraph(analysis, "en")).toContain(
      `${NEAR_POOR_HOUSEHOLDS} (down 3,868.5 hộ a year on average over 2021–2023, against a committed fall of 5,000 hộ a year)`,
    );
  });

  it("names the change once a year when the row's unit already says a year", () => {
    const rows = [
      ["1", NEAR_POOR_HOUSEHOLDS, "hộ/năm", "Mỗi năm giảm 5.000 hộ cận nghèo", 30000, 26500, 22263, 22263, null],
      ["2", ABROAD, "người / năm", "Tăng 1.000 người/năm", 3200, 4100, 4659, 11959, null],
      [
        "3",
        "Số lao động được tạo việc làm",
        "lao động/year",
        "Tăng 5.000 lao động/năm",
        160500,
        162300,
        165000,
        487800,
      ],
    ];
    const perYearUnits = analyzeSheet(multiYear(["Năm 2021", "Năm 2022", "Năm 2023"], "Lũy kế 2021-2023", rows));
    const vi = meetingParagraph(perYearUnits, "vi");
    expect(vi).toContain(
      `${NEAR_POOR_HOUSEHOLDS} (giảm bình quân 3.868,5 hộ/năm giai đoạn 2021–2023, cam kết giảm 5.000 hộ/năm)`,
    );
    // 3.200 to 4.659 is 729,5 more a year, 73 % of the 1.000 committed.
    expect(vi).toContain(
      `${ABROAD} (tăng bình quân 729,5 người/năm giai đoạn 2021–2023, cam kết tăng 1.000 người/năm)`,
    );
    expect(vi).toContain("(tăng bình quân 2.250 lao động/năm giai đoạn 2021–2023, cam kết tăng 5.000 lao động/năm)");
    expect(vi).not.toMatch(/năm\/năm|year\/năm/);
    const en = meetingParagraph(perYearUnits, "en");
    expect(en).toContain(
      "(up 729.5 người a year on average over 2021–2023, against a committed rise of 1,000 người a year)",
    );
    expect(en).toContain(
      "(up 2,250 lao động a year on average over 2021–2023, against a committed rise of 5,000 lao động a year)",
    );
    expect(en).not.toMatch(/\/năm|\/year/);
  });

  it("takes only a trailing 'a year' off a unit", () => {
    expect(
      ["hộ/năm", "lao động / năm", "người/year", "lượt người mỗi năm", "hộ hằng năm", "households per year"].map(
        changeUnit,
      ),
    ).toEqual(["hộ", "lao động", "người", "lượt người", "hộ", "households"]);
    expect(["triệu đồng/người/năm", "hộ"].map(changeUnit)).toEqual(["triệu đồng/người", "hộ"]);
    expect(["năm học", "người/năm 2025", "người/nam"].map(changeUnit)).toEqual(["năm học", "người/năm 2025", "người"]);
  });

  it("is not judged, and says why, when the row gives one year", () => {
    const rows = [["1", POOR_HOUSEHOLDS, "hộ", "Mỗi năm giảm 2.000 hộ nghèo", 690, null, null]];
    const single = analyzeSheet(sheet({ header: [VI_HEADER], rows }));
    const [only] = single.indicators;
    expect([only!.status, only!.attainment, only!.change, only!.plan]).toEqual(["no_data", null, undefined, null]);
    expect(single.issues.filter((i) => i.code === "change-target")).toHaveLength(1);
  });
});

describe("a target of a change a year with no second year", () => {
  it("is not judged against the level it would read as, and is counted as no data", () => {
    const rows = [
      ["1", POVERTY, "%", "Giảm 1-1,5%/năm", 0.03, null, null],
      ["2", "Tỷ lệ hộ nghèo (chuẩn cũ)", "%", "Dưới 0,5%", 0.03, null, null],
    ];
    const analysis = analyzeSheet(sheet({ header: [VI_HEADER], rows }));
    const [poverty, level] = analysis.indicators;
    expect([poverty!.status, poverty!.band, poverty!.attainment, poverty!.change]).toEqual([
      "no_data",
      "no_data",
      null,
      undefined,
    ]);
    expect(level!.status).toBe("achieved");
    expect(analysis.summary).toMatchObject({ indicators: 2, achieved: 1, noData: 1 });
    expect(meetingParagraph(analysis, "vi")).toContain(`1 chỉ tiêu chưa có số liệu: ${POVERTY}.`);
  });

  it("is not judged when only one year of the row has a figure", () => {
    const rows = [["1", POVERTY, "%", "Giảm 1-1,5%/năm", null, null, 0.03, 0.03, null]];
    const analysis = analyzeSheet(multiYear(["Năm 2021", "Năm 2022", "Năm 2023"], "Lũy kế 2021-2023", rows));
    expect(analysis.indicators[0]!.status).toBe("no_data");
  });
});

describe("yearly change arithmetic", () => {
  const target = (text: string) => parseTarget(text) as Target;

  it("averages points for a rate and compounds a quantity", () => {
    expect(yearlyChange({ year: 2021, value: 0.0043 }, { year: 2023, value: 0.0003 }, "points")?.perYear).toBe(-0.002);
    expect(yearlyChange({ year: 2021, value: 100 }, { year: 2023, value: 121 }, "relative")?.perYear).toBe(0.1);
    expect(yearlyChange({ year: 2023, value: 1 }, { year: 2023, value: 2 }, "points")).toBeNull();
    expect(yearlyChange({ year: 2021, value: 0 }, { year: 2023, value: 5 }, "relative")).toBeNull();
    // A count changes by its difference, from 0 as from any figure.
    expect(yearlyChange({ year: 2021, value: 0 }, { year: 2023, value: 5 }, "absolute")?.perYear).toBe(2.5);
  });

  it("reads a rise against a fall commitment as negative attainment, not achieved", () => {
    const change = yearlyChange({ year: 2021, value: 0.01 }, { year: 2023, value: 0.012 }, "points")!;
    expect(changeAttainment(change, target("Giảm 1-1,5%/năm"))).toBeCloseTo(-0.1, 12);
    expect(changeStatus(change, target("Giảm 1-1,5%/năm"))).toBe("not_achieved");
    expect(changeStatus(null, target("Giảm 1-1,5%/năm"))).toBe("no_data");
  });

  it("meets a fall at the low end of the range exactly, and a cap on a rise as a ceiling", () => {
    const fall = yearlyChange({ year: 2021, value: 0.05 }, { year: 2023, value: 0.03 }, "points")!;
    expect(changeStatus(fall, target("Giảm 1-1,5%/năm"))).toBe("achieved");
    const rise = yearlyChange({ year: 2021, value: 100 }, { year: 2022, value: 102 }, "relative")!;
    expect(changeStatus(rise, target("Tăng không quá 4%/năm"))).toBe("achieved");
    expect(changeAttainment(rise, target("Tăng không quá 4%/năm"))).toBeCloseTo(2, 9);
  });
});
