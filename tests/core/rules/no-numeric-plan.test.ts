import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../../src/core/analyze";
import { issueMessage } from "../../../src/core/issues";
import { meetingParagraph } from "../../../src/core/narrative/write";
import type { CellValue, SheetSnapshot } from "../../../src/core/snapshot";
import { programme08, PROGRAMME08_ROWS } from "../../../src/samples/programme08";
import { check } from "../../helpers/rules";
import { sheet } from "../../helpers/table";
import { multiYear } from "../../helpers/years";

const CODE = "no-numeric-plan";

/** The sheet (from A1) with column `col` taken out, as deleting it leaves it: the columns right of it move left. */
function withoutColumn(table: SheetSnapshot, col: number): SheetSnapshot {
  const cut = <T>(rows: T[][]) => rows.map((r) => r.filter((_, i) => i !== col - 1));
  const merges = (table.merges ?? []).flatMap((m) =>
    m.left === col && m.right === col
      ? []
      : [{ ...m, left: m.left > col ? m.left - 1 : m.left, right: m.right >= col ? m.right - 1 : m.right }],
  );
  return { ...table, values: cut(table.values), formats: table.formats && cut(table.formats), merges };
}

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
      "Kế hoạch của cả 4 chỉ tiêu trong bảng (ô D2:D5) đều để trống, ghi bằng lời hoặc không đọc được: không có số nào trong cột kế hoạch (ô D1), nên chưa đánh giá được chỉ tiêu nào. Hãy nhập số kế hoạch (như 675.000) hoặc chỉ tiêu có số (như ≥ 95%, Dưới 0,5%) vào cột kế hoạch.",
    );
    expect(issueMessage(issues[0]!, "en")).toBe(
      "The plans of all 4 indicators in the table (cells D2:D5) are blank, in words or unreadable: there is no figure in the plan column (cell D1), so no indicator can be assessed. Type the plan figures (such as 675,000) or targets with a figure (such as ≥ 95%, below 0.5%) in the plan column.",
    );
  });

  it("warns when the plans are blank, in words and placeholders together", () => {
    const { issues } = check(CODE, programme08Rows([null, "Hoàn thành", "-", "Theo KH"]));
    expect(issues.map((i) => [i.cell, i.params?.count])).toEqual([["D1", 4]]);
  });

  it("takes the place of both the blank-plan warnings and the notes on targets in words", () => {
    const rows = programme08Rows([null, "Hoàn thành", "-", "Theo KH"]);
    expect(check("missing-plan", rows).issues).toEqual([]);
    expect(check("qualitative-target", rows).issues).toEqual([]);
    // One plan figure and both come back, each on its own cells.
    const judged = programme08Rows([null, "Hoàn thành", "-", "Dưới 0,5%"]);
    expect(check("missing-plan", judged).cells).toEqual(["D2", "D4"]);
    expect(check("qualitative-target", judged).cells).toEqual(["D3"]);
  });

  it("counts a long table's indicators with thousands grouped, as every other count is written", () => {
    // A commune's list of 1,500 households to support, each row's plan left to 'Theo kế hoạch'.
    const rows = Array.from({ length: 1500 }, (_, i): CellValue[] => [
      String(i + 1),
      `Số người được hỗ trợ học nghề, hộ số ${i + 1}`,
      "người",
      "Theo kế hoạch",
      1 + (i % 3),
    ]);
    const { issues } = check(CODE, rows);
    expect(issues.map((i) => i.params?.count)).toEqual([1500]);
    expect(issueMessage(issues[0]!, "vi")).toContain("Kế hoạch của cả 1.500 chỉ tiêu trong bảng (ô D2:D1501)");
    expect(issueMessage(issues[0]!, "en")).toContain("The plans of all 1,500 indicators in the table (cells D2:D1501)");
  });

  it("speaks of a table's only indicator as such", () => {
    const { issues } = check(CODE, programme08Rows([null]).slice(0, 1));
    expect(issueMessage(issues[0]!, "vi")).toContain("Kế hoạch của chỉ tiêu duy nhất trong bảng (ô D2) để trống");
    expect(issueMessage(issues[0]!, "en")).toContain("The plan of the table's only indicator (cell D2) is blank");
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

  it("says nothing once one indicator has a plan figure or a target with one, and leaves the blanks to missing-plan", () => {
    const rows = programme08Rows([675000, null, "Theo kế hoạch", null]);
    expect(check(CODE, rows).issues).toEqual([]);
    expect(check("missing-plan", rows).cells).toEqual(["D3", "D5"]);
    expect(check(CODE, programme08Rows([null, null, null, "Dưới 0,5%"])).issues).toEqual([]);
  });

  it("says nothing of a table without indicators, with a plan column or without one", () => {
    const { issues, analysis } = check(CODE, [[null, "Tổng cộng", null, null, 720493]]);
    expect(analysis.table).not.toBeNull();
    expect(analysis.indicators).toEqual([]);
    expect(issues).toEqual([]);
    const noPlan = check(CODE, [[null, "Tổng cộng", null, 720493]], {}, ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện"]);
    expect(noPlan.analysis.table?.columns.plan).toBeUndefined();
    expect(noPlan.issues).toEqual([]);
  });
});

describe("no-numeric-plan on the Programme 08 table (seed article), and the per-row warnings under it", () => {
  it("says once, naming the plan cells, what 27 blank plans would say 27 times", () => {
    const table = programme08();
    // Every indicator's plan cleared; the section rows' cells in the column are blank already.
    for (let row = PROGRAMME08_ROWS.firstIndicator; row <= PROGRAMME08_ROWS.lastIndicator; row++)
      table.values[row - 1]![3] = null;
    const analysis = analyzeSheet(table);
    expect(analysis.summary).toMatchObject({ indicators: 27, achieved: 0, noData: 27 });
    const issues = analysis.issues.filter((i) => i.code === CODE);
    expect(issues.map((i) => [i.cell, i.params?.count, i.params?.cells])).toEqual([["D6", 27, "D9:D37"]]);
    expect(analysis.issues.filter((i) => i.code === "missing-plan")).toEqual([]);
  });

  it("says why in the paragraph instead of 0/27 with 27 indicators lacking data", () => {
    const table = programme08();
    for (let row = PROGRAMME08_ROWS.firstIndicator; row <= PROGRAMME08_ROWS.lastIndicator; row++)
      table.values[row - 1]![3] = null;
    const analysis = analyzeSheet(table);
    expect(meetingParagraph(analysis, "vi")).toBe(
      "Lũy kế giai đoạn 2021–2023, chưa đánh giá được 27 chỉ tiêu vì không chỉ tiêu nào có kế hoạch bằng số (cột D).",
    );
    expect(meetingParagraph(analysis, "en")).toBe(
      "In 2021–2023 (cumulative), none of the 27 indicators can be assessed, as no plan in column D is a figure.",
    );
  });

  it("leaves the targets in words to it, as it names their cells, rather than a note on each of 27 rows", () => {
    const table = programme08();
    for (let row = PROGRAMME08_ROWS.firstIndicator; row <= PROGRAMME08_ROWS.lastIndicator; row++)
      if (table.values[row - 1]![3] !== null) table.values[row - 1]![3] = "Theo kế hoạch";
    const analysis = analyzeSheet(table);
    expect(analysis.issues.filter((i) => i.code === CODE)).toHaveLength(1);
    expect(analysis.issues.filter((i) => i.code === "qualitative-target")).toEqual([]);
  });

  it("keeps the note on a target in words when another indicator has a plan figure", () => {
    const { cells } = check("qualitative-target", programme08Rows([675000, "Theo kế hoạch", null, null]));
    expect(cells).toEqual(["D3"]);
  });

  it("keeps the per-row warnings when some indicator has a plan figure", () => {
    const table = programme08();
    // The vocational enrolment row keeps its plan of 675.000; the others are cleared.
    for (let row = PROGRAMME08_ROWS.vocational + 1; row <= PROGRAMME08_ROWS.lastIndicator; row++)
      table.values[row - 1]![3] = null;
    const analysis = analyzeSheet(table);
    expect(analysis.indicators.find((i) => i.row === PROGRAMME08_ROWS.vocational)?.plan).toBe(675000);
    expect(analysis.issues.filter((i) => i.code === CODE)).toEqual([]);
    expect(analysis.issues.filter((i) => i.code === "missing-plan")).toHaveLength(26);
  });

  it("says it at the name column's heading of a table with no plan column", () => {
    const analysis = analyzeSheet(withoutColumn(programme08(), 4));
    expect(analysis.table?.columns.plan).toBeUndefined();
    expect(analysis.summary).toMatchObject({ indicators: 27, achieved: 0, noData: 27 });
    const issues = analysis.issues.filter((i) => i.code === CODE);
    expect(issues.map((i) => [i.cell, i.severity, i.params?.count])).toEqual([["B6", "warning", 27]]);
    expect(meetingParagraph(analysis, "vi")).toBe(
      "Lũy kế giai đoạn 2021–2023, chưa đánh giá được 27 chỉ tiêu vì hàng tiêu đề 6–7 không có cột kế hoạch.",
    );
    expect(meetingParagraph(analysis, "en")).toBe(
      "In 2021–2023 (cumulative), none of the 27 indicators can be assessed, as header row 6–7 has no plan column.",
    );
    expect(issueMessage(issues[0]!, "vi")).toBe(
      "Bảng không có cột kế hoạch (tiêu đề như Kế hoạch, KH, Mục tiêu hay Chỉ tiêu giai đoạn 2021-2025; nếu kế hoạch ở cột có tiêu đề khác, hãy chỉ định cột bằng tay) cho 27 chỉ tiêu ở cột tên chỉ tiêu (ô B6), nên chưa đánh giá được chỉ tiêu nào. Hãy nhập số kế hoạch (như 675.000) hoặc chỉ tiêu có số (như ≥ 95%, Dưới 0,5%) vào cột kế hoạch.",
    );
    expect(issueMessage(issues[0]!, "en")).toBe(
      "The table has no plan column (headed such as Plan, Target, Kế hoạch or KH; if the plans are under another heading, map the column by hand) for the 27 indicators in its name column (cell B6), so no indicator can be assessed. Type the plan figures (such as 675,000) or targets with a figure (such as ≥ 95%, below 0.5%) in the plan column.",
    );
  });

  it("speaks of the only indicator of a one-level table with no plan column", () => {
    const header = ["TT", "Chỉ tiêu", "Đơn vị tính", "Kết quả thực hiện", "Cơ quan chủ trì"];
    const { issues } = check(
      CODE,
      [["1", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", 11959, "Sở LĐTB&XH"]],
      {},
      header,
    );
    expect(issues.map((i) => i.cell)).toEqual(["B1"]);
    expect(issueMessage(issues[0]!, "vi")).toContain("cho chỉ tiêu duy nhất ở cột tên chỉ tiêu (ô B1)");
    expect(issueMessage(issues[0]!, "en")).toContain("for the only indicator in its name column (cell B1)");
  });
});
