/** The findings list (check --findings, the add-in's "Kết quả kiểm tra" sheet): its sheet name and columns. */
export const findings = {
  vi: {
    sheetName: "Kết quả kiểm tra",
    columns: {
      file: "Tệp",
      sheet: "Trang",
      cell: "Ô",
      severity: "Mức độ",
      code: "Mã quy tắc",
      rule: "Quy tắc",
      message: "Nội dung",
      seen: "Giá trị ghi trong ô",
      expected: "Giá trị đúng",
    },
    cli: {
      help: "ghi danh sách vấn đề (mỗi vấn đề một hàng) ra tệp .xlsx hoặc .csv",
      extension: "--findings phải là tệp .xlsx hoặc .csv: {{file}}",
      wrote: "Đã ghi {{count, num}} vấn đề vào {{file}}.",
      failed: "Không ghi được {{file}}: {{reason}}",
    },
  },
  en: {
    sheetName: "Check results",
    columns: {
      file: "File",
      sheet: "Sheet",
      cell: "Cell",
      severity: "Severity",
      code: "Rule code",
      rule: "Rule",
      message: "Message",
      seen: "Value seen",
      expected: "Value expected",
    },
    cli: {
      help: "write the issues (one row each) to an .xlsx or .csv file",
      extension: "--findings must be an .xlsx or .csv file: {{file}}",
      wrote: "Wrote {{count, num}} issues to {{file}}.",
      failed: "Could not write {{file}}: {{reason}}",
    },
  },
};
