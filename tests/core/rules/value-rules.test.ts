import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../../src/core/analyze";
import { sheet, VI_HEADER } from "../../helpers/table";
import { check } from "../../helpers/rules";
import { issueMessage } from "../../../src/core/issues";

describe("number-as-text", () => {
  it("flags Vietnamese text numbers with a fix that shows the change", () => {
    const { issues } = check("number-as-text", [["1", "Tuyển sinh GDNN", "người", 675000, "720.493"]]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.fix).toEqual({ cell: "E2", row: 2, col: 5, value: 720493, format: "#,##0", before: "720.493" });
  });
  it("fixes a percent typed as text to a fraction formatted as percent", () => {
    const { issues } = check("number-as-text", [["1", "Tỷ lệ", "%", "≥ 75%", "78,41%"]]);
    expect(issues[0]!.fix).toMatchObject({ value: 0.7841, format: "0.00%" });
  });
  it("leaves a percent target such as '100%' in the plan column alone", () => {
    expect(check("number-as-text", [["1", "Tỷ lệ", "%", "100%", 100]]).issues).toEqual([]);
  });
});

describe("not-a-number and unreadable-target", () => {
  it("flags words where a figure belongs", () => {
    const r = check("not-a-number", [["1", "Số DN", "lượt", 18000, "20.226 lượt"]]);
    expect(r.cells).toEqual(["E2"]);
    expect(r.analysis.indicators[0]!.status).toBe("no_data");
    // A magnitude word makes a figure, not words: "khoảng 20 nghìn" is 20 000 (an estimate).
    const worded = check("not-a-number", [["1", "Số DN", "lượt", 18000, "khoảng 20 nghìn"]]);
    expect(worded.cells).toEqual([]);
    expect(worded.analysis.indicators[0]).toMatchObject({ actual: 20000, status: "achieved" });
  });
  it("flags a target text with figures it cannot read; a target in words is qualitative", () => {
    expect(check("unreadable-target", [["1", "Số DN", "lượt", "95%, 100%", 20]]).cells).toEqual(["D2"]);
    expect(check("unreadable-target", [["1", "Tỷ lệ", "%", "Trên 90%", 95]]).cells).toEqual([]);
    expect(check("unreadable-target", [["1", "Số DN", "lượt", "theo KH thành phố", 20]]).cells).toEqual([]);
    // Beside a plan figure: alone, it is no-numeric-plan's to say (tests/core/rules/no-numeric-plan.test.ts).
    const rows = [
      ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 675000, 720493],
      ["2", "Số DN", "lượt", "theo KH thành phố", 20],
    ];
    expect(check("qualitative-target", rows).cells).toEqual(["D3"]);
    expect(check("qualitative-target", rows.slice(1)).cells).toEqual([]);
  });
});

describe("missing-plan and missing-actual", () => {
  it("names the blank cell", () => {
    const rows = [
      ["1", "Số người đi làm việc ở nước ngoài", "người", null, 11959],
      ["2", "Số phiên", "phiên", 600, null],
    ];
    expect(check("missing-plan", rows).cells).toEqual(["D2"]);
    expect(check("missing-actual", rows).cells).toEqual(["E3"]);
    const [blank] = check("missing-actual", rows).issues;
    expect(issueMessage(blank!, "vi")).toBe('Chỉ tiêu "Số phiên" chưa có số thực hiện (ô E3 trống).');
    expect(issueMessage(blank!, "en")).toBe('Indicator "Số phiên" has no actual figure (cell E3 is blank).');
  });
  it("quotes what a cell holds in place of a figure, rather than calling it blank", () => {
    const rows = [
      ["1", "Số hộ thoát nghèo", "hộ", "N/A", "N/A"],
      ["2", "Số phiên", "phiên", "-", " – "],
      // One plan figure in the table: with none, no-numeric-plan says it for the column instead (its own test).
      ["3", "Tuyển sinh giáo dục nghề nghiệp", "người", 675000, 720493],
    ];
    const actual = check("missing-actual", rows).issues;
    expect(actual.map((i) => issueMessage(i, "vi"))).toEqual([
      'Chỉ tiêu "Số hộ thoát nghèo" chưa có số thực hiện (ô E2 ghi "N/A", không phải số liệu).',
      'Chỉ tiêu "Số phiên" chưa có số thực hiện (ô E3 ghi "–", không phải số liệu).',
    ]);
    expect(issueMessage(actual[0]!, "en")).toBe(
      'Indicator "Số hộ thoát nghèo" has no actual figure (cell E2 holds "N/A", not a figure).',
    );
    const plan = check("missing-plan", rows).issues;
    expect(issueMessage(plan[0]!, "vi")).toBe(
      'Chỉ tiêu "Số hộ thoát nghèo" chưa có kế hoạch (ô D2 ghi "N/A", không phải số liệu), nên không tính được tỷ lệ đạt.',
    );
    expect(issueMessage(plan[1]!, "en")).toBe(
      'Indicator "Số phiên" has no plan (cell D3 holds "-", not a figure), so attainment cannot be computed.',
    );
  });
});

describe("zero-plan and negative-count", () => {
  it("flags a zero plan and a negative count", () => {
    expect(check("zero-plan", [["1", "Số căn nhà", "căn", 0, 12]]).cells).toEqual(["D2"]);
    expect(check("negative-count", [["1", "Số hộ", "hộ", 100, -5]]).cells).toEqual(["E2"]);
  });
  it("judges a 0 typed as the plan of a % row as a missing plan: no data, without a stated-status mismatch", () => {
    const rows = [
      ["1", "Tỷ lệ hộ gia đình sử dụng nước sạch", "%", 0, 90, null, "Chưa hoàn thành"],
      ["2", "Tỷ lệ xã có mô hình hỗ trợ", "%", "0%", "90%", null, "Hoàn thành"],
      ["3", "Số căn nhà đại đoàn kết", "căn", 0, 12, null, "Hoàn thành"],
    ];
    const { cells, analysis } = check("zero-plan", rows);
    expect(cells).toEqual(["D2", "D3", "D4"]);
    expect(analysis.indicators.map((i) => [i.status, i.band, i.gapPoints])).toEqual([
      ["no_data", "no_data", null],
      ["no_data", "no_data", null],
      ["no_data", "no_data", null],
    ]);
    expect(analysis.issues.filter((i) => i.code === "stated-status-mismatch")).toEqual([]);
    expect(analysis.summary).toMatchObject({ indicators: 3, achieved: 0, noData: 3 });
  });
  it("keeps judging a % row whose target writes its comparator at 0, in points and without a zero-plan error", () => {
    const rows = [
      ["1", "Tỷ lệ tăng trưởng tín dụng chính sách", "%", "Trên 0%", "2,5%", null, "Hoàn thành"],
      ["2", "Tỷ lệ hộ tái nghèo", "%", "≤ 0%", "0,3%", null, "Hoàn thành"],
      ["3", "Tỷ lệ tai nạn lao động chết người tăng thêm", "%", "Không quá 0%", "0%", null, "Hoàn thành"],
    ];
    const { cells, analysis } = check("zero-plan", rows);
    expect(cells).toEqual([]);
    expect(analysis.indicators.map((i) => [i.status, i.gapPoints])).toEqual([
      ["achieved", 2.5],
      ["not_achieved", -0.3],
      ["achieved", 0],
    ]);
    expect(analysis.issues.filter((i) => i.code === "stated-status-mismatch").map((i) => i.cell)).toEqual(["G3"]);
  });
  it("does not call a negative money figure a negative count", () => {
    expect(check("negative-count", [["1", "Chênh lệch thu chi", "tỷ đồng", 100, -5]]).cells).toEqual([]);
  });
});

describe("formula-error", () => {
  it("names the error and the cell", () => {
    const r = check("formula-error", [["1", "Số phiên", "phiên", 600, 681, { error: "#DIV/0!" }]]);
    expect(r.cells).toEqual(["F2"]);
    expect(issueMessage(r.issues[0]!, "vi")).toContain("#DIV/0!");
  });
  it("catches #REF!, #VALUE! and #N/A too", () => {
    const rows = ["#REF!", "#VALUE!", "#N/A"].map((e, i) => [
      String(i + 1),
      `Chỉ tiêu ${i}`,
      "người",
      10,
      { error: e },
    ]);
    expect(check("formula-error", rows).cells).toEqual(["E2", "E3", "E4"]);
  });
});

describe("missing-unit", () => {
  it("flags an indicator with no unit", () => {
    expect(check("missing-unit", [["1", "Số phiên", null, 600, 681]]).cells).toEqual(["C2"]);
  });
});

describe("percent-scale-mixed", () => {
  it("flags 95 beside 97 % in one row", () => {
    const r = check("percent-scale-mixed", [["1", "Tỷ lệ bao phủ BHYT", "%", 95, 0.97]], { E2: "0%" });
    expect(r.cells).toEqual(["D2"]);
    expect(r.analysis.indicators[0]!.plan).toBeCloseTo(0.95, 10);
    expect(r.analysis.indicators[0]!.actual).toBeCloseTo(0.97, 10);
  });
  it("flags a plain 0.97 beside a plain 95", () => {
    expect(check("percent-scale-mixed", [["1", "Tỷ lệ", "%", 95, 0.97]]).cells).toEqual(["E2"]);
  });
  it("accepts a row written one way", () => {
    expect(check("percent-scale-mixed", [["1", "Tỷ lệ", "%", 95, 97]]).issues).toEqual([]);
    expect(check("percent-scale-mixed", [["1", "Tỷ lệ", "%", 0.95, 0.97]], { D2: "0%", E2: "0%" }).issues).toEqual([]);
  });
});

describe("rate-above-100", () => {
  it("flags a coverage rate above 100 %", () => {
    expect(check("rate-above-100", [["1", "Tỷ lệ bao phủ BHYT", "%", "≥ 95%", 104]]).cells).toEqual(["E2"]);
  });
  it("leaves growth rates alone", () => {
    expect(check("rate-above-100", [["1", "Tỷ lệ tăng trưởng", "%", "≥ 95%", 104]]).issues).toEqual([]);
  });
});

describe("number-as-text on a formula", () => {
  it("reports it but offers no fix, so the formula is never replaced by a constant", () => {
    const snapshot = sheet({ header: [VI_HEADER], rows: [["1", "Tuyển sinh", "người", 675000, "720.493"]] });
    snapshot.formulas = snapshot.values.map((row, r) =>
      row.map((_, c) => (r === 1 && c === 4 ? '=TEXT(F2,"#.##0")' : null)),
    );
    const issue = analyzeSheet(snapshot).issues.find((i) => i.code === "number-as-text")!;
    expect(issue.cell).toBe("E2");
    expect(issue.fix).toBeUndefined();
  });
});
