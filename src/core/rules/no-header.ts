import type { Rule } from "./rule";

/** Raised by the analyser itself when no header row was found; it has nothing to check in a table. */
export const noHeader: Rule = {
  code: "no-header",
  severity: "error",
  title: { vi: "Không thấy tiêu đề bảng", en: "No table header" },
  messages: {
    vi: "Không tìm thấy hàng tiêu đề của bảng chỉ tiêu trong {{rows}} hàng đầu. Đã tìm: cột STT/TT, tên chỉ tiêu, đơn vị tính, kế hoạch (KH, chỉ tiêu giai đoạn …), thực hiện (TH, kết quả, lũy kế). Hãy kiểm tra tiêu đề cột hoặc chỉ định cột bằng tay.",
    en: "No indicator-table header found in the first {{rows}} rows. Looked for: a row number (TT/STT/No.), indicator name, unit (ĐVT), plan/target (KH) and actual/result (TH, Lũy kế) columns. Check the column headings or map the columns by hand.",
  },
  check: () => [],
};
