/** The bundled sample workbook, built from the Programme 08 figures; scripts/make-samples.ts writes it. */
import ExcelJS from "exceljs";
import { programme08WithFaults, PROGRAMME08_ROWS } from "../src/samples/programme08";
import { addSnapshotSheet } from "../src/xlsx/write-snapshot";

const FONT = "Times New Roman";
const WIDTHS = [6, 48, 11, 16, 12, 12, 14, 11, 16, 20, 14];
const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const BOX: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };

function styleTable(sheet: ExcelJS.Worksheet): void {
  const [headerTop, headerBottom] = PROGRAMME08_ROWS.header;
  const lastRow = PROGRAMME08_ROWS.totals;
  WIDTHS.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => (cell.font = { name: FONT, size: 12 }));
  });
  for (const r of [1, 2, 3]) sheet.getCell(r, 1).font = { name: FONT, size: r === 3 ? 13 : 12, bold: true };
  sheet.getCell(4, 1).font = { name: FONT, size: 12, italic: true };
  for (const r of [3, 4]) sheet.getCell(r, 1).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  sheet.getRow(3).height = 36;
  for (const r of PROGRAMME08_ROWS.header) sheet.getRow(r).height = 30;
  // exceljs writes no row heights, and LibreOffice does not grow a wrapped row on open, so long names get two lines.
  const merged = (r: number) => sheet.getCell(r, 2).isMerged;
  for (let r = headerBottom! + 1; r <= lastRow; r++) {
    if (!merged(r) && String(sheet.getCell(r, 2).value ?? "").length > 70) sheet.getRow(r).height = 32;
  }
  for (let r = headerTop; r <= lastRow; r++) {
    for (let c = 1; c <= WIDTHS.length; c++) {
      const cell = sheet.getCell(r, c);
      cell.border = BOX;
      const header = r <= headerBottom;
      cell.alignment = {
        vertical: "middle",
        wrapText: true,
        horizontal: header || c === 1 || c === 3 || c === 9 ? "center" : c >= 4 && c <= 8 ? "right" : "left",
      };
      if (header) {
        cell.font = { name: FONT, size: 12, bold: true };
        cell.fill = HEADER_FILL;
      }
    }
  }
  for (const r of [PROGRAMME08_ROWS.sectionI, PROGRAMME08_ROWS.sectionII, PROGRAMME08_ROWS.sectionIII, lastRow]) {
    for (const c of [1, 2]) sheet.getCell(r, c).font = { name: FONT, size: 12, bold: true };
  }
  const signature = sheet.getRow(lastRow + 2);
  signature.eachCell((cell) => (cell.font = { name: FONT, size: 12, bold: true }));
  sheet.views = [{ state: "frozen", ySplit: headerBottom ?? headerTop }];
  sheet.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerTop}:${headerBottom}`,
  };
}

function addNotes(workbook: ExcelJS.Workbook): void {
  const notes = workbook.addWorksheet("Huong dan");
  notes.getColumn(1).width = 100;
  [
    "HƯỚNG DẪN ĐIỀN BIỂU",
    "1. Số liệu lũy kế tính từ ngày 01/01/2021 đến hết tháng 10/2023.",
    "2. Chỉ tiêu tỷ lệ ghi theo phần trăm (ví dụ 98,9 nghĩa là 98,9%).",
    "3. Cột Đánh giá ghi “Hoàn thành” hoặc “Chưa hoàn thành”.",
  ].forEach((text, i) => {
    const cell = notes.getCell(i + 1, 1);
    cell.value = text;
    cell.font = { name: FONT, size: 12, bold: i === 0 };
  });
}

/** The faulty table, with the % column of row 14 a formula that points at an empty cell, as a shifted copy does. */
export function programme08Workbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Sở Lao động - Thương binh và Xã hội";
  workbook.created = workbook.modified = new Date(Date.UTC(2023, 10, 20));
  const snapshot = programme08WithFaults("Bieu 01");
  snapshot.formulas = snapshot.values.map((line) => line.map(() => null));
  snapshot.formulas[13]![7] = "=G14/L14";
  styleTable(addSnapshotSheet(workbook, snapshot));
  addNotes(workbook);
  return workbook;
}
