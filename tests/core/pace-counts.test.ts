import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { paceCounts } from "../../src/core/counts";
import { meetingParagraph } from "../../src/core/narrative/write";
import { buildSummaryPlan } from "../../src/core/summary/build";
import { programme08 } from "../../src/samples/programme08";
import { sheet, VI_HEADER } from "../helpers/table";

describe("paceCounts: the one count of ahead, on track and behind every host shows", () => {
  it("counts Programme 08's 'Lũy kế 2021-2023' (60 % of 2021-2025) as the summary sheet and paragraph do", () => {
    const analysis = analyzeSheet(programme08());
    const counts = paceCounts(analysis.period, analysis.indicators);
    // The commune model (78,41 %) and voluntary social insurance (93,25 %) are past the 60 % elapsed, not achieved.
    expect(counts).toEqual({ ahead: 12, onTrack: 2, behind: 0 });
    // Ahead is folded out of on track, not added to it: together they are the engine's on-track count.
    expect(counts!.ahead + counts!.onTrack).toBe(analysis.summary.onTrack);
    expect(meetingParagraph(analysis, "vi")).toContain("trong đó 12 chỉ tiêu hoàn thành trước thời hạn");
    const plan = buildSummaryPlan(analysis, { lang: "vi", generatedAt: "x" });
    const heading = plan.cells.find((c) => c.value === "Tiến độ")!;
    const shown = [1, 2, 3].map(
      (i) => plan.cells.find((c) => c.row === heading.row + i && c.col === heading.col + 1)?.value,
    );
    expect(shown).toEqual([counts!.ahead, counts!.onTrack, counts!.behind]);
  });

  it("gives none for the whole period, no period, or a quarter's own figures", () => {
    const whole = analyzeSheet(programme08(), { period: { label: "cả năm", elapsed: 1, cell: null, source: "user" } });
    expect(paceCounts(whole.period, whole.indicators)).toBeNull();
    const none = analyzeSheet(programme08(), { period: null });
    expect(paceCounts(none.period, none.indicators)).toBeNull();
    const header = [...VI_HEADER];
    header[3] = "Kế hoạch năm 2024";
    header[4] = "Thực hiện Quý III/2024";
    const quarter = analyzeSheet(
      sheet({ header: [header], rows: [["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 225000, 58000]] }),
    );
    expect(quarter.period?.quarterOnly).toBe(true);
    expect(paceCounts(quarter.period, quarter.indicators)).toBeNull();
  });
});
