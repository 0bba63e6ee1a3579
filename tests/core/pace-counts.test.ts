import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { hasPace, paceCounts } from "../../src/core/counts";
import { meetingParagraph } from "../../src/core/narrative/write";
import { buildSummaryPlan } from "../../src/core/summary/build";
import { programme08 } from "../../src/samples/programme08";
import { sheet, VI_HEADER } from "../helpers/table";

/** The summary sheet's pace counts, read under its "Tiến độ" heading; [] where it has no pace block. */
function paceBlock(plan: ReturnType<typeof buildSummaryPlan>): unknown[] {
  const heading = plan.cells.find(
    (c) =>
      c.value === "Tiến độ" &&
      plan.cells.some((d) => d.value === "Hoàn thành trước thời hạn" && d.row === c.row + 1 && d.col === c.col),
  );
  if (!heading) return [];
  return [1, 2, 3].map((i) => plan.cells.find((c) => c.row === heading.row + i && c.col === heading.col + 1)?.value);
}

describe("paceCounts: the one count of ahead, on track and behind every host shows", () => {
  it("counts Programme 08's 'Lũy kế 2021-2023' (60 % of 2021-2025) as the summary sheet and paragraph do", () => {
    const analysis = analyzeSheet(programme08());
    const counts = paceCounts(analysis.period, analysis.summary);
    // The commune model (78,41 %) and voluntary social insurance (93,25 %) are past the 60 % elapsed, not achieved.
    expect(counts).toEqual({ ahead: 12, onTrack: 2, behind: 0 });
    // The summary counts them so as it reads the rows: the JSON report and every host give the same three.
    expect(analysis.summary).toMatchObject({ ahead: 12, onTrack: 2, behind: 0 });
    expect(meetingParagraph(analysis, "vi")).toContain("trong đó 12 chỉ tiêu hoàn thành trước thời hạn");
    const plan = buildSummaryPlan(analysis, { lang: "vi", generatedAt: "x" });
    expect(paceBlock(plan)).toEqual([12, 2, 0]);
  });

  it("counts each group's pace as it reads the rows: Group I's two poverty rates are achieved but have none", () => {
    const groups = analyzeSheet(programme08()).summary.byGroup;
    expect(groups.map((g) => [g.achieved, g.ahead, g.onTrack, g.behind])).toEqual([
      [11, 9, 1, 0],
      [1, 0, 1, 0],
      [8, 3, 0, 0],
    ]);
  });

  it("gives none for the whole period, no period, or a quarter's own figures", () => {
    const whole = analyzeSheet(programme08(), { period: { label: "cả năm", elapsed: 1, cell: null, source: "user" } });
    expect(paceCounts(whole.period, whole.summary)).toBeNull();
    const none = analyzeSheet(programme08(), { period: null });
    expect(paceCounts(none.period, none.summary)).toBeNull();
    expect(none.summary).toMatchObject({ ahead: 0, onTrack: 0, behind: 0 });
    const header = [...VI_HEADER];
    header[3] = "Kế hoạch năm 2024";
    header[4] = "Thực hiện Quý III/2024";
    const quarter = analyzeSheet(
      sheet({ header: [header], rows: [["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 225000, 58000]] }),
    );
    expect(quarter.period?.quarterOnly).toBe(true);
    expect(paceCounts(quarter.period, quarter.summary)).toBeNull();
  });
});

describe("hasPace: whether the summary sheet, its Pace column and the paragraph show pace at all", () => {
  // Programme 08's insurance and unemployment rates, "Lũy kế 2021-2023": a part period, but rates have no pace.
  const header = [...VI_HEADER];
  header[3] = "Chỉ tiêu giai đoạn 2021-2025";
  header[4] = "Lũy kế 2021-2023";
  const rates = analyzeSheet(
    sheet({
      header: [header],
      rows: [
        ["1", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "≥ 95%", 98.9],
        ["2", "Tỷ lệ lực lượng lao động tham gia bảo hiểm xã hội", "%", "≥ 45%", 41.2],
        ["3", "Tỷ lệ thất nghiệp khu vực thành thị", "%", "Dưới 3%", 2.5],
      ],
    }),
  );

  it("is false for a part period of rates alone: no pace block, no Pace column, no pace sentence", () => {
    expect(rates.period?.elapsed).toBe(0.6);
    expect(rates.summary).toMatchObject({ indicators: 3, achieved: 2, ahead: 0, onTrack: 0, behind: 0 });
    // The judging facts still have their counts (the period is a part one); the reports show none of them.
    const counts = paceCounts(rates.period, rates.summary);
    expect(counts).toEqual({ ahead: 0, onTrack: 0, behind: 0 });
    expect(hasPace(counts)).toBe(false);
    const plan = buildSummaryPlan(rates, { lang: "vi", generatedAt: "x" });
    expect(plan.cells.filter((c) => typeof c.value === "string" && /tiến độ|thời hạn/i.test(c.value))).toEqual([]);
    const withPace = buildSummaryPlan(analyzeSheet(programme08()), { lang: "vi", generatedAt: "x" });
    expect(plan.columnWidths).toHaveLength(withPace.columnWidths.length - 1);
    const vi = meetingParagraph(rates, "vi");
    expect(vi).toMatch(/^Lũy kế giai đoạn 2021–2023, 2\/3 chỉ tiêu hoàn thành \(66,7\u00a0%\)\./);
    expect(vi).not.toMatch(/tiến độ|thời hạn/);
    expect(meetingParagraph(rates, "en")).not.toMatch(/pace|ahead|behind|schedule/i);
  });

  it("is true as soon as one quantity has a pace, and all three show it", () => {
    const analysis = analyzeSheet(programme08());
    expect(hasPace(paceCounts(analysis.period, analysis.summary))).toBe(true);
    const plan = buildSummaryPlan(analysis, { lang: "vi", generatedAt: "x" });
    expect(plan.cells.filter((c) => c.value === "Tiến độ")).toHaveLength(2);
    expect(meetingParagraph(analysis, "vi")).toContain("hoàn thành trước thời hạn");
  });
});
