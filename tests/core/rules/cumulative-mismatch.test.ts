import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../../src/core/analyze";
import { issueMessage } from "../../../src/core/issues";
import type { CellValue } from "../../../src/core/snapshot";
import { programme08, programme08WithFaults } from "../../../src/samples/programme08";
import { multiYear } from "../../helpers/years";

const YEARS = ["Năm 2021", "Năm 2022", "Năm 2023"];

/** Programme 08 figures over three years with the cumulative 2021-2023: flows add up, stocks and rates carry 2023. */
function rows(): CellValue[][] {
  return [
    ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 675000, 221560, 242108, 256825, 720493, 1.067],
    ["2", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", 10000, 2918, 4310, 4731, 11959, 1.196],
    ["3", "Số phiên giao dịch việc làm", "phiên", 600, 198, 240, 243, 681, 1.135],
    ["4", "Số lượt doanh nghiệp tham gia phiên giao dịch", "lượt", 18000, 6250, 7104, 6872, 20226, 1.124],
    ["5", "Kinh phí trợ giúp xã hội", "tỷ đồng", 2500, 960.5, 1002.3, 1012.62, 2975.42, 1.19],
    ["6", "Số quận, huyện không còn hộ nghèo", "đơn vị", 15, 6, 12, 18, 18, 1.2],
    ["7", "Số người tham gia bảo hiểm xã hội tự nguyện", "người", 150000, 98450, 121300, 139870, 139870, 0.932],
    ["8", "Tỷ lệ hộ nghèo cuối năm", "%", "Dưới 0,5%", 0.19, 0.07, 0.03, 0.03, null],
    ["9", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "≥ 95%", 92.1, 93.6, 98.9, 98.9, 1.041],
    ["10", "Tỷ lệ lao động qua đào tạo", "%", "≥ 75%", 70.5, 72.1, 73.5, 73.5, 0.98],
  ];
}

function mismatches(table: ReturnType<typeof multiYear>) {
  const analysis = analyzeSheet(table);
  return { analysis, issues: analysis.issues.filter((i) => i.code === "cumulative-mismatch") };
}

describe("cumulative-mismatch", () => {
  it("detects the year columns and the cumulative column with the years it covers", () => {
    const { analysis } = mismatches(multiYear(YEARS, "Lũy kế 2021-2023", rows()));
    expect(analysis.table!.years.map((y) => [y.col, y.year])).toEqual([
      [5, 2021],
      [6, 2022],
      [7, 2023],
    ]);
    expect(analysis.table!.cumulative).toMatchObject({ col: 8, from: 2021, to: 2023 });
  });

  it("accepts a table whose flows add up and whose stocks and rates carry the latest year", () => {
    const { analysis, issues } = mismatches(multiYear(YEARS, "Lũy kế 2021-2023", rows()));
    expect(issues).toEqual([]);
    expect(analysis.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("flags a cumulative count that is not the sum of its years, at the cumulative cell, with both figures", () => {
    const table = rows();
    table[0]![7] = 702493;
    table[0]![8] = 1.041;
    const { issues } = mismatches(multiYear(YEARS, "Lũy kế 2021-2023", table));
    expect(issues.map((i) => i.cell)).toEqual(["H3"]);
    expect(issues[0]!.severity).toBe("warning");
    expect(issueMessage(issues[0]!, "vi")).toBe(
      "Lũy kế ở ô H3 là 702.493 người, nhưng tổng các năm 2021–2023 là 720.493 người.",
    );
    expect(issueMessage(issues[0]!, "en")).toBe(
      "The cumulative figure in cell H3 is 702,493 người, but the years 2021–2023 add up to 720,493 người.",
    );
  });

  it("flags a rate whose cumulative is not its latest year, naming the year", () => {
    const table = rows();
    table[8]![7] = 89.9;
    table[8]![8] = 0.946;
    const { issues } = mismatches(multiYear(YEARS, "Lũy kế 2021-2023", table));
    expect(issues.map((i) => i.cell)).toEqual(["H11"]);
    expect(issueMessage(issues[0]!, "vi")).toBe("Lũy kế ở ô H11 là 89,9%, nhưng số năm 2023 là 98,9%.");
    expect(issueMessage(issues[0]!, "en")).toBe("The cumulative figure in cell H11 is 89.9%, but 2023 shows 98.9%.");
  });

  it("flags a stock whose cumulative is neither its latest year nor a sum, against the closer of the two", () => {
    const table = rows();
    table[6]![7] = 193870;
    table[6]![8] = null;
    const { issues } = mismatches(multiYear(YEARS, "Lũy kế 2021-2023", table));
    expect(issues.map((i) => i.cell)).toEqual(["H9"]);
    expect(issueMessage(issues[0]!, "en")).toContain("2023 shows 139,870");
  });

  it("allows display rounding: years shown to one decimal against a cumulative typed from them", () => {
    const table = rows();
    table[4] = ["5", "Kinh phí trợ giúp xã hội", "tỷ đồng", 2500, 960.54, 1002.33, 1012.55, 2975.4, 1.19];
    const formats = { E7: "#,##0.0", F7: "#,##0.0", G7: "#,##0.0", H7: "#,##0.0" };
    expect(mismatches(multiYear(YEARS, "Lũy kế 2021-2023", table, formats)).issues).toEqual([]);
    table[4]![7] = 2976.4;
    expect(mismatches(multiYear(YEARS, "Lũy kế 2021-2023", table, formats)).issues.map((i) => i.cell)).toEqual(["H7"]);
  });

  it("learns an average for rates when the table's rates average their years", () => {
    const table = rows();
    table[7]![7] = 0.0967;
    table[8]![7] = 94.87;
    table[9]![7] = 72.03;
    table[7]![8] = null;
    table[8]![8] = null;
    table[9]![8] = null;
    expect(mismatches(multiYear(YEARS, "Lũy kế 2021-2023", table)).issues).toEqual([]);
    table[9]![7] = 73.5;
    const { issues } = mismatches(multiYear(YEARS, "Lũy kế 2021-2023", table));
    expect(issues.map((i) => i.cell)).toEqual(["H12"]);
  });

  it("judges a kind with too few rows by its usual relation once the other rows show what the column covers", () => {
    const table = rows().slice(0, 5);
    table.push(["6", "Tỷ lệ lao động qua đào tạo", "%", "≥ 75%", 70.5, 72.1, 73.5, 80, null]);
    const { issues } = mismatches(multiYear(YEARS, "Lũy kế", table));
    expect(issues.map((i) => i.cell)).toEqual(["H8"]);
    expect(issueMessage(issues[0]!, "vi")).toContain("73,5%");
  });

  it("says nothing when the cumulative covers a year the table has no column for", () => {
    const { analysis, issues } = mismatches(
      multiYear(
        ["Năm 2021", "Năm 2022"],
        "Lũy kế 2021-2023",
        rows().map((r) => [...r.slice(0, 6), ...r.slice(7)]),
      ),
    );
    expect(analysis.table!.cumulative).toMatchObject({ from: 2021, to: 2023 });
    expect(issues).toEqual([]);
  });

  it("says nothing when the table's rows follow no relation (the column holds more than the years shown)", () => {
    const table = rows().map((r): CellValue[] => {
      const cumulative = r[7];
      return [...r.slice(0, 7), typeof cumulative === "number" ? cumulative * 1.3 : null, null];
    });
    expect(mismatches(multiYear(YEARS, "Lũy kế đến nay", table)).issues).toEqual([]);
  });

  it("raises nothing on the Programme 08 sample, clean or with its faults", () => {
    for (const snapshot of [programme08(), programme08WithFaults()])
      expect(analyzeSheet(snapshot).issues.filter((i) => i.code === "cumulative-mismatch")).toEqual([]);
    const table = analyzeSheet(programme08()).table!;
    expect(table.years.map((y) => y.year)).toEqual([2021, 2022]);
    expect(table.cumulative).toMatchObject({ col: 7, from: 2021, to: 2023 });
  });
});
