/**
 * The checks over the years on .xlsx files as a district office would send them: written with ExcelJS, read back
 * by the command line's reader, then checked. Every fault is reported at its cell and nothing else is.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { issueMessage } from "../../src/core/issues";
import type { CellValue, SheetSnapshot } from "../../src/core/snapshot";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { addSnapshotSheet } from "../../src/xlsx/write-snapshot";
import { tempDir } from "../cli/fixtures";
import { sheet } from "../helpers/table";
import { multiYear } from "../helpers/years";

/** Five years of a district's labour figures with the cumulative 2019-2023, three faults typed in. */
function fiveYears(): SheetSnapshot {
  const rows: CellValue[][] = [
    // 2021 typed with an extra zero (221.560); the cumulative was summed before the slip.
    ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 1100000, 190420, 208113, 2215600, 242108, 256825, 1119026],
    // The cumulative typed 1.071 for 1.017.
    ["2", "Số phiên giao dịch việc làm", "phiên", 1000, 160, 176, 198, 240, 243, 1071],
    ["3", "Số người tham gia BHXH tự nguyện", "người", 150000, 61200, 79800, 98450, 121300, 139870, 139870],
    // 2022 typed 79,6 for 93,6.
    ["4", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "≥ 95%", 89.2, 90.9, 92.1, 79.6, 94.5, 94.5],
    ["5", "Tỷ lệ hộ nghèo cuối năm", "%", "Dưới 0,5%", 1.2, 0.66, 0.19, 0.07, 0.03, 0.03],
    ["6", "Mức chuẩn trợ giúp xã hội", "đồng/tháng", 360000, 270000, 270000, 373000, 373000, 440000, 440000],
    ["7", "Số lượt doanh nghiệp tham gia phiên giao dịch", "lượt", 30000, 4980, 5420, 6250, 7104, 6872, 30626],
    ["8", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", 15000, 1650, 1820, 2918, 4310, 4731, 15429],
    ["9", "Kinh phí trợ giúp xã hội", "tỷ đồng", 5000, 890.2, 935.8, 960.5, 1002.3, 1012.62, 4801.42],
    ["10", "Số người được tuyển dụng qua phiên giao dịch", "người", 80000, 12050, 13420, 14870, 16992, 18446, 75778],
  ];
  const years = ["Năm 2019", "Năm 2020", "Năm 2021", "Năm 2022", "Năm 2023"];
  return { ...multiYear(years, "Lũy kế 2019-2023", rows), name: "Bieu 03" };
}

/** A nine-month report against the same nine months of last year, one stated ratio wrong. */
function nineMonths(): SheetSnapshot {
  return sheet({
    name: "9 thang",
    header: [
      ["TT", "Chỉ tiêu", "ĐVT", "KH năm 2024", "TH 9 tháng 2024", "Cùng kỳ năm 2023", "So sánh (%)", null],
      [null, null, null, null, null, null, "So với KH", "So với cùng kỳ"],
    ],
    rows: [
      ["1", "Số doanh nghiệp thành lập mới", "doanh nghiệp", 1200, 950, 880, 79.2, 108],
      ["2", "Số lao động được giải quyết việc làm", "người", 160000, 128450, 121300, 80.3, 115.9],
      ["3", "Tỷ lệ lao động qua đào tạo", "%", "≥ 75%", 73.5, 72.1, 98, 101.9],
    ],
    merges: [
      { top: 1, left: 7, bottom: 1, right: 8 },
      ...[1, 2, 3, 4, 5, 6].map((c) => ({ top: 1, left: c, bottom: 2, right: c })),
    ],
  });
}

let path: string;
beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  addSnapshotSheet(workbook, fiveYears());
  addSnapshotSheet(workbook, nineMonths());
  path = join(await tempDir(), "huyen-soc-son.xlsx");
  await workbook.xlsx.writeFile(path);
});

async function checked(name: string) {
  const sheets = await readWorkbook(path);
  const snapshot = sheets.find((s) => s.name === name)!.snapshot!;
  return analyzeSheet(snapshot).issues.filter((i) => i.code !== "result-column-chosen");
}

describe("checks over the years on .xlsx files", () => {
  it("reports the typed extra zero, the cumulative slips and the rate's jump, and nothing else", async () => {
    const issues = await checked("Bieu 03");
    expect(issues.map((i) => [i.cell, i.code, i.severity])).toEqual([
      ["G3", "series-outlier", "warning"],
      ["J3", "cumulative-mismatch", "warning"],
      ["J4", "cumulative-mismatch", "warning"],
      ["H6", "series-outlier", "warning"],
      // The poor-household rate's small whole percents are read as before, said to be read so once for the row.
      ["E7", "percent-scale-guessed", "info"],
    ]);
    expect(issueMessage(issues[0]!, "vi")).toContain("gõ thừa một chữ số 0");
    expect(issueMessage(issues[2]!, "vi")).toBe(
      "Lũy kế ở ô J4 là 1.071 phiên, nhưng tổng các năm 2019–2023 là 1.017 phiên.",
    );
    expect(issueMessage(issues[3]!, "en")).toContain("down 12.5 percentage points");
  });

  it("reports the stated same-period ratio that current ÷ same period contradicts", async () => {
    const issues = await checked("9 thang");
    expect(issues.map((i) => [i.cell, i.code])).toEqual([
      ["E1", "period-found"],
      ["H4", "same-period-mismatch"],
    ]);
    expect(issueMessage(issues[0]!, "vi")).toContain("9 tháng");
    expect(issueMessage(issues[1]!, "vi")).toContain("= 105,89\u00a0%");
  });
});
