/** What the summary writer sets stays within Excel's limits, so one odd row never costs the whole workbook. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { SummaryPlan } from "../../src/core/summary/plan";
import { EXCEL_LIMITS, fitCellText } from "../../src/xlsx/excel-limits";
import { summaryWorkbook } from "../../src/xlsx/write-summary";

const LONG_NAME = "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2021-2025 giảm bình quân ".repeat(27);

function oddPlan(sheetName: string): SummaryPlan {
  return {
    sheetName,
    cells: [
      { row: 1, col: 1, value: "TT", style: { bold: true } },
      { row: 1, col: 2, value: "Chỉ tiêu", style: { bold: true } },
      { row: 2, col: 1, value: 1 },
      { row: 2, col: 2, value: LONG_NAME, style: { wrap: true } },
      { row: 3, col: 1, value: 2 },
      { row: 3, col: 2, value: "x".repeat(40_000) },
    ],
    merges: [],
    columnWidths: [6, 44, 400],
    headerRow: 1,
    charts: [],
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: 1, last: 1 } },
  };
}

describe("summary writer within Excel's limits", () => {
  it("writes a workbook with a 2 000-character indicator name, a 40 000-character text and a wide column", async () => {
    expect(LONG_NAME.length).toBeGreaterThan(2000);
    const longSheet = "Báo cáo kết quả thực hiện chỉ tiêu của Công an huyện Sóc Sơn";
    const bytes = await summaryWorkbook([oddPlan(longSheet), oddPlan(longSheet)]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual(["Báo cáo kết quả thực hiện chỉ t", "Báo cáo kết quả thực hiện c (2)"]);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).height).toBe(EXCEL_LIMITS.rowHeightPt);
    expect(sheet.getCell("B2").value).toBe(LONG_NAME);
    const text = sheet.getCell("B3").value as string;
    expect(text).toHaveLength(EXCEL_LIMITS.cellTextChars);
    expect(text.endsWith("x…")).toBe(true);
    expect(sheet.getColumn(3).width).toBe(EXCEL_LIMITS.columnWidthChars);
  });

  it("cuts a text without splitting a character made of two UTF-16 units", () => {
    const emoji = "😀".repeat(20_000);
    const cut = fitCellText(emoji);
    expect(cut.length).toBeLessThanOrEqual(EXCEL_LIMITS.cellTextChars);
    expect(cut.endsWith("😀…")).toBe(true);
    expect(fitCellText("Hoàn thành")).toBe("Hoàn thành");
  });
});
