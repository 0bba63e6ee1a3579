import { analyzeSheet } from "../../src/core/analyze";
import { otherSheetIssues } from "../../src/core/conclusions/other-sheets";
import { issuesOnSheet } from "../../src/core/issues";
import { programme08 } from "../../src/samples/programme08";
import { sheet } from "../helpers/table";
import { OWN_SUMMARY_CELLS, OWN_SUMMARY_RIGHT, OWN_SUMMARY_WRONG, ownSummarySheet } from "../helpers/own-summary";

const table = analyzeSheet(programme08("Bieu 01"));
const notes = { name: "Ghi chú", origin: { row: 1, col: 1 }, values: [["Họp giao ban quý III"]] };

describe("what the workbook's other sheets state about the table", () => {
  it("checks the counts of a summary of the user's own among them", () => {
    const issues = otherSheetIssues(table, [notes, ownSummarySheet(OWN_SUMMARY_WRONG)]);
    expect(issues.filter((i) => i.code === "stated-conclusion-mismatch").map((i) => i.cell)).toEqual([
      "'Tổng hợp'!C5",
      "'Tổng hợp'!D5",
    ]);
    const right = otherSheetIssues(table, [ownSummarySheet(OWN_SUMMARY_RIGHT)]);
    expect(right.map((i) => `${i.code}@${i.cell}`)).toEqual(
      OWN_SUMMARY_CELLS.map((cell) => `stated-conclusion-confirmed@${cell}`),
    );
  });

  it("claims nothing when another of them holds an indicator table too", () => {
    expect(otherSheetIssues(table, [ownSummarySheet(OWN_SUMMARY_WRONG), programme08("Bieu 02")])).toEqual([]);
  });

  it("claims nothing when another of them holds a table only its saved column mapping makes out", () => {
    // Headings no detection knows: a table all the same once the user has said which column is which.
    const ownWords = sheet({
      name: "Số liệu",
      header: [["Mục", "Nội dung", "Tính theo", "Giao", "Được"]],
      rows: [
        ["1", "Số phiên giao dịch việc làm", "phiên", 600, 681],
        ["2", "Số doanh nghiệp tham gia", "doanh nghiệp", 20000, 20226],
        ["3", "Tỷ lệ hộ nghèo", "%", "Dưới 0,5%", 0.03],
      ],
    });
    const wrong = ownSummarySheet(OWN_SUMMARY_WRONG);
    expect(otherSheetIssues(table, [wrong, ownWords]).length).toBeGreaterThan(0);
    const mapped = { ...ownWords, mapping: { number: "A", name: "B", unit: "C", plan: "D", actual: "E" } };
    expect(otherSheetIssues(table, [wrong, mapped])).toEqual([]);
  });

  it("claims nothing for a sheet without a table", () => {
    expect(otherSheetIssues(analyzeSheet(notes), [ownSummarySheet(OWN_SUMMARY_WRONG)])).toEqual([]);
  });

  it("leaves issues about another sheet out of those on the checked sheet", () => {
    const issues = [...table.issues, ...otherSheetIssues(table, [ownSummarySheet(OWN_SUMMARY_WRONG)])];
    expect(issuesOnSheet(issues)).toEqual(table.issues);
  });
});
