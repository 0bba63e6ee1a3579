import { describe, expect, it } from "vitest";
import { columnLetter } from "../../src/core/address";
import { analyzeSheet } from "../../src/core/analyze";
import { issueMessage } from "../../src/core/issues";
import { parsePeriodInput } from "../../src/core/judging-input";
import { meetingParagraph } from "../../src/core/narrative/write";
import { sheetReport } from "../../src/core/report";
import { buildSummaryPlan } from "../../src/core/summary/build";
import { QUARTER_ROWS, quarterTable } from "../helpers/quarter";

/** The quantities: about a quarter of the year's plan each, in the third quarter alone. */
const QUANTITIES = ["1", "2", "3", "4", "5", "6", "10"];

describe("a third-quarter table of a year plan (seed figures scaled to one year)", () => {
  const analysis = analyzeSheet(quarterTable());

  it("finds the quarter's column under the merged 'Thực hiện' and reads it as the quarter's own figures", () => {
    expect(analysis.table?.headerRows).toEqual(QUARTER_ROWS.header);
    expect(columnLetter(analysis.table!.columns.actual!)).toBe("E");
    expect(analysis.period).toEqual({
      label: "Quý III/2024",
      elapsed: 0.75,
      cell: "E6",
      source: "detected",
      meaning: { kind: "quarter", quarter: 3, year: 2024 },
      plan: { from: 2024, to: 2024 },
      quarterOnly: true,
    });
  });

  it("judges each figure against the year's plan but paces none of them", () => {
    // 58.000 of 225.000 enrolled is 25,78 % of the year's plan: a quarter's worth, not behind.
    const vocational = analysis.indicators.find((i) => i.row === QUARTER_ROWS.vocational)!;
    expect(vocational.attainment).toBeCloseTo(0.2578, 4);
    expect(vocational.status).toBe("not_achieved");
    expect(analysis.indicators.every((i) => i.pace === null)).toBe(true);
    expect(analysis.indicators.filter((i) => i.status === "not_achieved").map((i) => i.number)).toEqual(QUANTITIES);
    // 0,03 % poor households under a ceiling of 0,5 %, 98,9 % insured against ≥ 95 %: rates stand as they are.
    expect(analysis.indicators.find((i) => i.row === QUARTER_ROWS.poverty)!.status).toBe("achieved");
    expect(analysis.summary).toMatchObject({ indicators: 10, achieved: 3, notAchieved: 7, onTrack: 0, behind: 0 });
    expect(analysis.summary.byGroup.map((g) => [g.achieved, g.indicators, g.onTrack, g.behind])).toEqual([
      [2, 8, 0, 0],
      [1, 2, 0, 0],
    ]);
  });

  it("says so at the header cell, the only note on a clean table", () => {
    expect(analysis.issues.map((i) => [i.code, i.cell])).toEqual([["period-found", "E6"]]);
    const note = analysis.issues[0]!;
    expect(issueMessage(note, "vi")).toContain('"Quý III/2024", số liệu được đọc là của riêng quý này');
    expect(issueMessage(note, "en")).toContain("figures read as this quarter's own");
  });

  it("names the quarter in the paragraph and claims no pace, in either language", () => {
    const vi = meetingParagraph(analysis, "vi");
    expect(vi).toMatch(/^Quý III năm 2024, so với kế hoạch năm, 3\/10 chỉ tiêu hoàn thành \(30\u00a0%\)\. /);
    expect(vi).toContain(
      "7 chỉ tiêu chưa hoàn thành: Tuyển sinh giáo dục nghề nghiệp (58.000/225.000 người, đạt 25,78\u00a0% kế hoạch năm)",
    );
    expect(vi).not.toMatch(/tiến độ|thời hạn/);
    const en = meetingParagraph(analysis, "en");
    expect(en).toMatch(/^In Q3 2024, against the year's plan, 3 of 10 indicators are achieved \(30%\)\. /);
    expect(en).not.toMatch(/pace|ahead of|on track|behind/i);
  });

  it("reports the period as the quarter's own in JSON, and leaves the pace block off the summary sheet", () => {
    expect(sheetReport(analysis, "vi").period).toEqual({
      label: "quý III năm 2024",
      elapsed: 0.75,
      cell: "E6",
      source: "detected",
      quarterOnly: true,
    });
    const plan = buildSummaryPlan(analysis, { lang: "vi", generatedAt: "10/10/2024 09:00" });
    expect(plan.cells.some((c) => c.value === "Tiến độ" || c.value === "Đúng tiến độ")).toBe(false);
  });

  it("paces the same figures headed as the nine months to date: all seven quantities behind 75 %", () => {
    const cumulative = analyzeSheet(quarterTable("Lũy kế 9 tháng năm 2024"));
    expect(cumulative.period).toMatchObject({ elapsed: 0.75, cell: "E6" });
    expect(cumulative.period?.quarterOnly).toBeUndefined();
    expect(cumulative.indicators.filter((i) => i.pace === "behind").map((i) => i.number)).toEqual(QUANTITIES);
    expect(meetingParagraph(cumulative, "vi")).toContain("7 chỉ tiêu chậm tiến độ");
    expect(sheetReport(cumulative, "en").period).toMatchObject({ quarterOnly: false });
  });

  it("reads 'Tính đến Quý III/2024' under the merged 'Thực hiện' as the nine months to date, and says so", () => {
    const toDate = analyzeSheet(quarterTable("Tính đến Quý III/2024"));
    expect(columnLetter(toDate.table!.columns.actual!)).toBe("E");
    expect(toDate.period).toMatchObject({
      label: "Tính đến Quý III/2024",
      elapsed: 0.75,
      cell: "E6",
      meaning: { kind: "months", months: 9, year: 2024 },
    });
    expect(toDate.period?.quarterOnly).toBeUndefined();
    expect(toDate.summary).toMatchObject({ onTrack: 0, behind: 7 });
    expect(meetingParagraph(toDate, "vi")).toMatch(/^9 tháng năm 2024, 3\/10 chỉ tiêu hoàn thành/);
    expect(meetingParagraph(toDate, "en")).toMatch(/^In the first 9 months of 2024, 3 of 10 indicators/);
    expect(sheetReport(toDate, "vi").period).toMatchObject({ label: "9 tháng năm 2024", quarterOnly: false });
  });

  it("paces them when the user says the column runs nine months, and not at all with 'không'", () => {
    const nine = parsePeriodInput("9 tháng");
    if (!nine.ok) throw new Error("9 tháng reads as a period");
    const set = analyzeSheet(quarterTable(), { period: nine.period });
    expect(set.period?.quarterOnly).toBeUndefined();
    expect(set.summary).toMatchObject({ onTrack: 0, behind: 7 });
    expect(set.issues.some((i) => i.code === "period-found")).toBe(false);
    const none = analyzeSheet(quarterTable(), { period: null });
    expect(none.period).toBeNull();
    expect(meetingParagraph(none, "vi")).toMatch(/^Đến nay, 3\/10 chỉ tiêu hoàn thành/);
  });
});
