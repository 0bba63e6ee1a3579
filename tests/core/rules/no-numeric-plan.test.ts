import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../../src/core/analyze";
import { issueMessage } from "../../../src/core/issues";
import type { CellValue } from "../../../src/core/snapshot";
import { check } from "../../helpers/rules";
import { sheet } from "../../helpers/table";
import { multiYear } from "../../helpers/years";

const CODE = "no-numeric-plan";

/** Four Programme 08 indicators with their results, each given the plan cell `plans[i]`. */
function programme08Rows(plans: CellValue[]): CellValue[][] {
  return [
    ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", plans[0]!, 720493],
    ["2", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", plans[1]!, 11959],
    ["3", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", plans[2]!, 98.9],
    ["4", "Tỷ lệ hộ nghèo cuối năm", "%", plans[3]!, 0.03],
  ];
}

describe("no-numeric-plan", () => {
  it("warns once, at the plan heading, when every plan reads 'Theo kế hoạch'", () => {
    const { issues, analysis } = check(CODE, programme08Rows(Array<CellValue>(4).fill("Theo kế hoạch")));
    expect(analysis.indicators.map((i) => i.status)).toEqual(["no_data", "no_data", "no_data", "no_data"]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ cell: "D1", severity: "warning", params: { count: 4 } });
    expect(issueMessage(issues[0]!, "vi")).toBe(
      "Cột kế hoạch (ô D1) không có số nào để đánh giá: kế hoạch của cả 4 chỉ tiêu trong bảng đều để trống, ghi bằng lời hoặc không đọc được, nên chưa đánh giá được chỉ tiêu nào. Hãy nhập số kế hoạch (như 675.000) hoặc chỉ tiêu có số (như ≥ 95%, Dưới 0,5%) vào cột này.",
    );
    expect(issueMessage(issues[0]!, "en")).toBe(
      "The plan column (cell D1) holds no figure to judge by: the plans of all 4 indicators in the table are blank, in words or unreadable, so no indicator can be assessed. Type the plan figures (such as 675,000) or targets with a figure (such as ≥ 95%, below 0.5%) in this column.",
    );
  });

  it("warns when the plans are blank, in words and placeholders together", () => {
    const { issues } = check(CODE, programme08Rows([null, "Hoàn thành", "-", "Theo KH"]));
    expect(issues.map((i) => [i.cell, i.params?.count])).toEqual([["D1", 4]]);
  });

  it("speaks of a table's only indicator as such", () => {
    const { issues } = check(CODE, programme08Rows([null]).slice(0, 1));
    expect(issueMessage(issues[0]!, "vi")).toContain("kế hoạch của chỉ tiêu duy nhất trong bảng để trống");
    expect(issueMessage(issues[0]!, "en")).toContain("the plan of the table's only indicator is blank");
  });

  it("is said at the plan heading merged over a two-level header", () => {
    const table = multiYear(["Năm 2021", "Năm 2022", "Năm 2023"], "Lũy kế 2021-2023", [
      ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", null, 236000, 241000, 243493, 720493, null],
      ["2", "Tỷ lệ hộ nghèo cuối năm", "%", "Theo kế hoạch", 0.19, 0.07, 0.03, 0.03, null],
    ]);
    const issues = analyzeSheet(table).issues.filter((i) => i.code === CODE);
    expect(issues.map((i) => [i.cell, i.params?.count])).toEqual([["D1", 2]]);
  });

  it("is said at the lower heading when the plan column is named under a period", () => {
    const table = sheet({
      header: [
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2024", null, "Đánh giá"],
        [null, null, null, "Kế hoạch", "Thực hiện", null],
      ],
      rows: [
        ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", null, 243493],
        ["2", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", null, 11959],
      ],
      merges: [
        { top: 1, left: 4, bottom: 1, right: 5 },
        ...[1, 2, 3, 6].map((c) => ({ top: 1, left: c, bottom: 2, right: c })),
      ],
    });
    const issues = analyzeSheet(table).issues.filter((i) => i.code === CODE);
    expect(issues.map((i) => i.cell)).toEqual(["D2"]);
  });

  it("says nothing once one indicator has a plan figure or a target with one", () => {
    expect(check(CODE, programme08Rows([675000, null, "Theo kế hoạch", null])).issues).toEqual([]);
    expect(check(CODE, programme08Rows([null, null, null, "Dưới 0,5%"])).issues).toEqual([]);
  });

  it("says nothing of a table without indicators", () => {
    const { issues, analysis } = check(CODE, [[null, "Tổng cộng", null, null, 720493]]);
    expect(analysis.table).not.toBeNull();
    expect(analysis.indicators).toEqual([]);
    expect(issues).toEqual([]);
  });
});
