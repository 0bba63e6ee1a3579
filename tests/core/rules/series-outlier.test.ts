import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../../src/core/analyze";
import { issueMessage } from "../../../src/core/issues";
import type { CellValue } from "../../../src/core/snapshot";
import { programme08, programme08WithFaults } from "../../../src/samples/programme08";
import { multiYear } from "../../helpers/years";

const FIVE = ["Năm 2019", "Năm 2020", "Năm 2021", "Năm 2022", "Năm 2023"];

/** Five years of a labour department's figures: steady growth, a stock, rates, a flat allowance. */
function rows(): CellValue[][] {
  return [
    ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 1100000, 190420, 208113, 221560, 242108, 256825, 1119026],
    ["2", "Số phiên giao dịch việc làm", "phiên", 1000, 160, 176, 198, 240, 243, 1017],
    ["3", "Số người tham gia BHXH tự nguyện", "người", 150000, 61200, 79800, 98450, 121300, 139870, 139870],
    ["4", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "≥ 95%", 89.2, 90.9, 92.1, 93.6, 94.5, 94.5],
    ["5", "Tỷ lệ hộ nghèo cuối năm", "%", "Dưới 0,5%", 1.2, 0.66, 0.19, 0.07, 0.03, 0.03],
    ["6", "Mức chuẩn trợ giúp xã hội", "đồng/tháng", 360000, 270000, 270000, 373000, 373000, 440000, 440000],
  ];
}

function outliers(table: CellValue[][], options = {}) {
  const analysis = analyzeSheet(multiYear(FIVE, "Lũy kế 2019-2023", table), { outliers: options });
  return { analysis, issues: analysis.issues.filter((i) => i.code === "series-outlier") };
}

describe("series-outlier", () => {
  it("raises nothing on steady growth, a falling rate, a stock or an allowance raised by decree", () => {
    const { analysis, issues } = outliers(rows());
    expect(issues).toEqual([]);
    expect(analysis.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("flags a typed extra zero at its cell with the value, its neighbours and the ratio", () => {
    const table = rows();
    table[0]![6] = 2215600;
    table[0]![9] = 3113066;
    const { issues } = outliers(table);
    const found = issues.filter((i) => i.cell === "G3");
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
    expect(issueMessage(found[0]!, "vi")).toBe(
      "Năm 2021 ở ô G3 là 2.215.600 người: gấp 9,87 lần các năm bên cạnh, có thể gõ thừa một chữ số 0 (năm 2020: 208.113 người; năm 2022: 242.108 người).",
    );
    expect(issueMessage(found[0]!, "en")).toBe(
      "The 2021 figure in cell G3 is 2,215,600 người: 9.87 times the years beside it, perhaps a zero typed too many (2020: 208,113 người; 2022: 242,108 người).",
    );
  });

  it("flags a value far from the trend as extreme (warning) or moderate (info)", () => {
    const table = rows();
    table[1]![6] = 420;
    let found = outliers(table).issues.filter((i) => i.cell === "G4");
    expect(found.map((i) => [i.severity, i.params.kind])).toEqual([["warning", "extreme"]]);
    expect(issueMessage(found[0]!, "en")).toContain("standard deviations from the trend");
    table[1]![6] = 262;
    found = outliers(table).issues.filter((i) => i.cell === "G4");
    expect(found.map((i) => [i.severity, i.params.kind])).toEqual([["info", "moderate"]]);
  });

  it("flags a rate jumping far beyond its usual yearly change, in points", () => {
    const table = rows();
    table[3]![7] = 79.6;
    const { issues } = outliers(table);
    expect(issues.map((i) => i.cell)).toEqual(["H6"]);
    expect(issueMessage(issues[0]!, "vi")).toContain("giảm 12,5 điểm % so với năm trước");
    expect(issueMessage(issues[0]!, "vi")).toContain("năm 2021: 92,1%; năm 2023: 94,5%");
  });

  it("reads a rate's plain fractions as its row is read: 0,796 beside '≥ 95%' is 79,6 %, a jump of 12,5 points", () => {
    const table = rows();
    table[3] = ["4", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "≥ 95%", 0.892, 0.909, 0.921, 0.796, 0.945, 0.945];
    const { issues } = outliers(table);
    expect(issues.map((i) => i.cell)).toEqual(["H6"]);
    expect(issueMessage(issues[0]!, "vi")).toContain("giảm 12,5 điểm % so với năm trước");
    expect(issueMessage(issues[0]!, "vi")).toContain("năm 2021: 92,1%; năm 2023: 94,5%");
  });

  it("takes its thresholds from the analysis options", () => {
    const table = rows();
    table[1]![6] = 262;
    expect(outliers(table, { moderate: 2.8 }).issues.filter((i) => i.cell === "G4")).toEqual([]);
    expect(outliers(rows(), { jumpPoints: 0.5 }).issues.map((i) => i.params.kind)).toContain("jump");
  });

  it("raises nothing on the Programme 08 sample, clean or with its faults", () => {
    for (const snapshot of [programme08(), programme08WithFaults()])
      expect(analyzeSheet(snapshot).issues.filter((i) => i.code === "series-outlier")).toEqual([]);
  });
});
