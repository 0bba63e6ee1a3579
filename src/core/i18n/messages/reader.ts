/** Texts of the .xlsx reader (src/xlsx): files it refuses, sheets it skips, cells it leaves out. */
export const reader = {
  vi: {
    tooLarge: "tệp quá lớn: nội dung giải nén vượt giới hạn {{limit}}; hãy tách bảng thành các tệp nhỏ hơn",
    tooManyCells: 'trang "{{sheet}}" quá lớn: vượt giới hạn {{limit}} ô; hãy tách bảng thành các trang nhỏ hơn',
    ods: "đây là bảng tính OpenDocument (.ods), không phải .xlsx; hãy mở bằng LibreOffice hoặc Excel và lưu lại dạng .xlsx",
    openDocument: "đây là tài liệu OpenDocument (văn bản hoặc trình chiếu), không phải bảng tính .xlsx",
    xlsb: "đây là sổ làm việc nhị phân của Excel (.xlsb); hãy mở bằng Excel và lưu lại dạng .xlsx",
    docx: "đây là văn bản Word (.docx), không phải bảng tính .xlsx",
    pptx: "đây là bản trình chiếu PowerPoint (.pptx), không phải bảng tính .xlsx",
    zipNotWorkbook: "đây là tệp nén .zip nhưng không chứa bảng tính .xlsx",
    summarySheet: "trang tổng hợp do ChiTieu lập, không phải bảng chỉ tiêu gốc",
    farCells:
      "Đã bỏ qua {{count, num}} ô nằm xa bảng (ô đầu tiên: {{cell}}); nếu đó là số liệu của bảng, hãy chuyển vào trong bảng.",
  },
  en: {
    tooLarge:
      "the file is too large: its contents inflate beyond the {{limit}} limit; split the table into smaller files",
    tooManyCells: 'sheet "{{sheet}}" is too large: more than {{limit}} cells; split the table into smaller sheets',
    ods: "this is an OpenDocument spreadsheet (.ods), not .xlsx; open it in LibreOffice or Excel and save it as .xlsx",
    openDocument: "this is an OpenDocument text or presentation, not an .xlsx workbook",
    xlsb: "this is an Excel binary workbook (.xlsb); open it in Excel and save it as .xlsx",
    docx: "this is a Word document (.docx), not an .xlsx workbook",
    pptx: "this is a PowerPoint presentation (.pptx), not an .xlsx workbook",
    zipNotWorkbook: "this is a .zip archive that holds no .xlsx workbook",
    summarySheet: "a summary sheet written by ChiTieu, not a source indicator table",
    farCells:
      "{{count, num}} cells far from the table were left out (the first: {{cell}}); if they belong to the table, move them into it.",
  },
};
