/** Messages of the Excel host: Office errors as the user should read them, and the ribbon commands' results. */
export const excel = {
  vi: {
    errors: {
      sheetNotFound:
        "Không tìm thấy trang tính “{{sheet}}”: có thể nó vừa bị xóa hoặc đổi tên. Hãy làm mới danh sách trang tính rồi thử lại.",
      cellEditMode: "Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để kết thúc việc sửa ô rồi thử lại.",
      protected:
        "Trang tính “{{sheet}}” đang được bảo vệ nên ChiTieu không đánh dấu hay sửa ô được. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại. Không ô nào bị thay đổi.",
      accessDenied:
        "Excel không cho phép thay đổi trang tính “{{sheet}}” (trang tính được bảo vệ hoặc sổ làm việc chỉ cho phép đọc). Không ô nào bị thay đổi.",
      workbookProtected:
        "Cấu trúc sổ làm việc đang được bảo vệ nên không thể thêm trang tổng hợp. Hãy bỏ bảo vệ sổ làm việc (Xem lại › Bảo vệ sổ làm việc) rồi thử lại.",
      tooLarge:
        "Dữ liệu trên “{{sheet}}” quá lớn để Excel trao đổi trong một lần, kể cả khi đã chia nhỏ. Hãy thu gọn vùng dữ liệu rồi thử lại.",
      busy: "Excel đang bận (có thể do người khác cũng đang sửa tệp). Hãy đợi một chút rồi thử lại.",
      unsupported:
        "Phiên bản Excel này chưa hỗ trợ chức năng cần thiết (cần ExcelApi {{version}}). Hãy cập nhật Office hoặc dùng Excel trên web.",
      unexpected: "Excel báo lỗi ({{code}}): {{detail}}",
      invalidFix: "Không thể sửa ô {{cell}}: giá trị “{{value}}” không phải là một số hợp lệ.",
      fixOutdated:
        "Ô {{cell}} đã thay đổi từ lúc kiểm tra (trước là “{{before}}”, nay là “{{now}}”) nên không ô nào được sửa. Hãy kiểm tra lại trang tính.",
      fixOnFormula:
        "Ô {{cell}} chứa công thức ({{formula}}); ghi số vào sẽ xóa mất công thức nên không ô nào được sửa. Hãy sửa công thức hoặc ô nguồn của nó.",
      invalidMapping: "Cách gán cột cho trang tính “{{sheet}}” không hợp lệ nên chưa được lưu.",
      invalidJudging: "Kỳ báo cáo hoặc ngưỡng gần đạt cho trang tính “{{sheet}}” không hợp lệ nên chưa được lưu.",
      invalidAddress: "“{{address}}” không phải là địa chỉ ô hợp lệ.",
    },
    // Reading and marking limits met in real workbooks (issue 10).
    reading: {
      sheetTooLarge:
        "Vùng dữ liệu của trang “{{sheet}}” trải tới {{address}} ({{cells, num}} ô), vượt giới hạn {{limit, num}} ô mà ChiTieu đọc được nên trang chưa được đọc. Thường là do một ô lạc xa bảng, ví dụ ô {{corner}}: hãy xóa ô đó (hoặc các hàng, cột thừa) rồi thử lại.",
      marksUnreadable:
        "Excel không đọc được các định dạng có điều kiện trên trang “{{sheet}}” (một số quy tắc do người dùng đặt gây lỗi trong Excel) nên ChiTieu không thể tìm và thay các đánh dấu cũ của mình. Không ô nào bị thay đổi. Có thể xóa quy tắc ở Trang đầu › Định dạng có Điều kiện › Quản lý Quy tắc rồi thử lại.",
    },
    ribbon: {
      noActiveSheet: "Không xác định được trang tính đang mở.",
      onOwnSheet:
        "Trang “{{sheet}}” do ChiTieu tạo (trang tổng hợp hoặc danh sách lỗi). Hãy mở trang bảng chỉ tiêu rồi bấm lại.",
      noTable: "Không tìm thấy bảng chỉ tiêu trên trang “{{sheet}}”. Hãy mở ngăn ChiTieu để chọn cột cho từng vai trò.",
      checked: "Đã kiểm tra “{{sheet}}”: {{counts}}. Các ô có vấn đề đã được đánh dấu.",
      checkedElsewhere_other:
        "Đã kiểm tra “{{sheet}}”: {{counts}}. Các ô có vấn đề trên trang này đã được đánh dấu; {{count, num}} vấn đề ở trang “{{others}}” được liệt kê trong ngăn ChiTieu.",
      checkedOnlyElsewhere:
        "Đã kiểm tra “{{sheet}}”: {{counts}}, nằm ở trang “{{others}}” chứ không ở trang này nên không ô nào được đánh dấu; danh sách có trong ngăn ChiTieu.",
      checkedProtected: "Đã kiểm tra “{{sheet}}”: {{counts}}. Trang tính được bảo vệ nên các ô không được đánh dấu.",
      clean: "Đã kiểm tra “{{sheet}}”: không phát hiện vấn đề nào.",
      summaryWritten:
        "Đã tạo trang “{{summary}}” từ “{{sheet}}”: hoàn thành {{achieved, num}}/{{total, num}} chỉ tiêu.",
    },
  },
  en: {
    errors: {
      sheetNotFound:
        "The sheet “{{sheet}}” was not found: it may just have been deleted or renamed. Refresh the sheet list and try again.",
      cellEditMode: "Excel is editing a cell. Press Enter or Esc to finish editing, then try again.",
      protected:
        "The sheet “{{sheet}}” is protected, so ChiTieu cannot mark or fix cells. Unprotect it (Review › Unprotect Sheet) and try again. No cell was changed.",
      accessDenied:
        "Excel does not allow changes to the sheet “{{sheet}}” (the sheet is protected or the workbook is read-only). No cell was changed.",
      workbookProtected:
        "The workbook's structure is protected, so the summary sheet cannot be added. Unprotect the workbook (Review › Protect Workbook) and try again.",
      tooLarge:
        "The data on “{{sheet}}” is too large for Excel to exchange at once, even in parts. Reduce the data range and try again.",
      busy: "Excel is busy (someone else may be editing the file). Wait a moment and try again.",
      unsupported:
        "This version of Excel lacks a feature ChiTieu needs (ExcelApi {{version}}). Update Office or use Excel on the web.",
      unexpected: "Excel reported an error ({{code}}): {{detail}}",
      invalidFix: "Cannot fix cell {{cell}}: “{{value}}” is not a valid number.",
      fixOutdated:
        "Cell {{cell}} has changed since the check (it showed “{{before}}”, now “{{now}}”), so no cell was fixed. Check the sheet again.",
      fixOnFormula:
        "Cell {{cell}} holds a formula ({{formula}}); writing a number would delete it, so no cell was fixed. Fix the formula or the cells it uses instead.",
      invalidMapping: "The column mapping for the sheet “{{sheet}}” is not valid, so it was not saved.",
      invalidJudging:
        "The reporting period or near-target threshold for the sheet “{{sheet}}” is not valid, so it was not saved.",
      invalidAddress: "“{{address}}” is not a valid cell address.",
    },
    // Reading and marking limits met in real workbooks (issue 10).
    reading: {
      sheetTooLarge:
        "The data range of the sheet “{{sheet}}” reaches {{address}} ({{cells, num}} cells), above the {{limit, num}} cells ChiTieu reads, so the sheet was not read. This is usually a stray cell far from the table, such as {{corner}}: delete it (or the extra rows and columns) and try again.",
      marksUnreadable:
        "Excel could not read the conditional formats on the sheet “{{sheet}}” (some user rules make Excel fail), so ChiTieu cannot find and replace its earlier marks. No cell was changed. You can delete rules under Home › Conditional Formatting › Manage Rules and try again.",
    },
    ribbon: {
      noActiveSheet: "Could not tell which sheet is open.",
      onOwnSheet:
        "“{{sheet}}” is a sheet ChiTieu made (a summary or a list of findings). Open the indicator table's sheet and click again.",
      noTable: "No indicator table was found on “{{sheet}}”. Open the ChiTieu pane to choose the column of each role.",
      checked: "Checked “{{sheet}}”: {{counts}}. The cells with problems are marked.",
      checkedElsewhere_one:
        "Checked “{{sheet}}”: {{counts}}. The cells with problems on this sheet are marked; {{count, num}} problem on “{{others}}” is listed in the ChiTieu pane.",
      checkedElsewhere_other:
        "Checked “{{sheet}}”: {{counts}}. The cells with problems on this sheet are marked; {{count, num}} problems on “{{others}}” are listed in the ChiTieu pane.",
      checkedOnlyElsewhere:
        "Checked “{{sheet}}”: {{counts}}, on “{{others}}” rather than this sheet, so no cell was marked; the ChiTieu pane lists them.",
      checkedProtected: "Checked “{{sheet}}”: {{counts}}. The sheet is protected, so the cells were not marked.",
      clean: "Checked “{{sheet}}”: no problems found.",
      summaryWritten:
        "Made the sheet “{{summary}}” from “{{sheet}}”: {{achieved, num}} of {{total, num}} indicators achieved.",
    },
  },
};
