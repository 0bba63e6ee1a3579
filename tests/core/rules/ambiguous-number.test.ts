import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../../src/core/analyze";
import { issueMessage } from "../../../src/core/issues";
import type { CellValue } from "../../../src/core/snapshot";
import { programme08WithFaults } from "../../../src/samples/programme08";
import { sheet } from "../../helpers/table";

const EN_HEADER = ["No.", "Indicator", "Unit", "Target 2021-2025", "Cumulative 2021-2023", "% of plan"];
const VI_HEADER = ["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu giai đoạn 2021-2025", "Lũy kế 2021-2023", "Tỷ lệ %"];

function analysed(header: string[], rows: CellValue[][]) {
  const analysis = analyzeSheet(sheet({ header: [header], rows }));
  return { analysis, issues: analysis.issues.filter((i) => i.code === "ambiguous-number") };
}

describe("ambiguous-number", () => {
  it("reads a count whole against the sheet's English figures, and says so at the cell", () => {
    // Article figures: "2,975.42" and "98.9%" show English writing; "720.493" people can only be 720 493.
    const { analysis, issues } = analysed(EN_HEADER, [
      ["1", "Vocational enrolment", "persons", 675000, "720.493"],
      ["2", "Social assistance spending", "billion VND", 3000, "2,975.42"],
      ["3", "Health insurance coverage", "%", "95%", "98.9%"],
    ]);
    expect(analysis.convention).toBe("en");
    expect(analysis.indicators.map((i) => i.actual)).toEqual([720493, 2975.42, 0.989]);
    expect(analysis.indicators[0]).toMatchObject({ status: "achieved" });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ cell: "E2", severity: "info" });
    expect(issueMessage(issues[0]!, "vi")).toBe(
      'Ô E2 ghi "720.493", đọc được hai cách: đã đọc là 720.493, không phải 720,493, vì đơn vị "persons" đếm số nguyên, không có phần lẻ.',
    );
    expect(issueMessage(issues[0]!, "en")).toBe(
      'Cell E2 holds "720.493", which reads two ways: read as 720,493, not 720.493, as "persons" counts whole things, with no fraction.',
    );
    // The fix of the number stored as text writes the whole count, with no decimals.
    const fix = analysis.issues.find((i) => i.code === "number-as-text" && i.cell === "E2")!.fix;
    expect(fix).toMatchObject({ value: 720493, format: "#,##0" });
  });

  it("warns when only the headings' language decided a reading", () => {
    const { analysis, issues } = analysed(EN_HEADER, [
      ["1", "Social assistance spending", "billion VND", 2500, "1.975"],
    ]);
    expect(analysis.indicators[0]!.actual).toBe(1.975);
    expect(issues[0]).toMatchObject({ cell: "E2", severity: "warning", params: { why: "headers" } });
    expect(issueMessage(issues[0]!, "en")).toBe(
      'Cell E2 holds "1.975", which reads two ways: read as 1.975, not 1,975, by the table\'s English headings, as its figures do not show how numbers are written; if that is wrong, retype the number without a thousands separator.',
    );
  });

  it("notes a reading the Vietnamese way by default", () => {
    const { analysis, issues } = analysed(VI_HEADER, [["1", "Kinh phí trợ giúp xã hội", "tỷ đồng", 2500, "2.975"]]);
    expect(analysis.indicators[0]!.actual).toBe(2975);
    expect(issues[0]).toMatchObject({ cell: "E2", severity: "info", params: { why: "default" } });
    expect(issueMessage(issues[0]!, "vi")).toContain(
      "đã đọc là 2.975, không phải 2,975, theo cách viết số tiếng Việt (mặc định)",
    );
  });

  it("stays silent where the figures show the writing: Programme 08's '720.493' people", () => {
    const analysis = analyzeSheet(programme08WithFaults());
    expect(analysis.convention).toBe("vi");
    expect(analysis.issues.filter((i) => i.code === "ambiguous-number")).toEqual([]);
  });
});
