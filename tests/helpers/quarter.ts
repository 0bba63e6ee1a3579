import type { CellValue, SheetSnapshot } from "../../src/core/snapshot";
import { sheet } from "./table";

/** Where the quarter table's parts are, for tests that name a row or a cell. */
export const QUARTER_ROWS = { header: [5, 6], vocational: 8, poverty: 14, voluntary: 18 };

/**
 * A department's third-quarter table of a year plan, figures scaled from the seed article's 2021-2023 ones (675.000
 * enrolled in three years is a plan of 225.000 a year): "Thực hiện" merged over this quarter's figure and the same
 * quarter's a year earlier, and the stated percent of the year's plan. Each quantity is about a quarter of its
 * year's plan, which a reading of "Quý III/2024" as the nine months to date would call behind schedule.
 * `result` heads the result column (E6).
 */
export function quarterTable(result = "Quý III/2024"): SheetSnapshot {
  const rows: CellValue[][] = [
    ["I", "CHỈ TIÊU DO NGÀNH LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI CHỦ TRÌ"],
    ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 225000, 58000, 54100, 25.78, "Sở LĐTB&XH"],
    ["2", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", 4000, 1150, 980, 28.75, "Sở LĐTB&XH"],
    ["3", "Số phiên giao dịch việc làm", "phiên", 230, 60, 57, 26.09, "Sở LĐTB&XH"],
    ["4", "Số người được tuyển dụng qua phiên giao dịch việc làm", "người", 16000, 4120, 3950, 25.75, "Sở LĐTB&XH"],
    ["5", "Số lượt người được trợ giúp xã hội", "lượt người", 970000, 243000, 238500, 25.05, "Sở LĐTB&XH"],
    ["6", "Kinh phí trợ giúp xã hội", "tỷ đồng", 1000, 251.3, 244.6, 25.13, "Sở LĐTB&XH"],
    ["7", "Tỷ lệ hộ nghèo", "%", "Dưới 0,5%", 0.0003, 0.0004, null, "Sở LĐTB&XH"],
    ["8", "Mức chuẩn trợ giúp xã hội", "đồng/người/tháng", 440000, 440000, 440000, 100, "Sở LĐTB&XH"],
    ["II", "CHỈ TIÊU PHỐI HỢP THỰC HIỆN"],
    ["9", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "≥ 95%", 0.989, 0.985, null, "BHXH thành phố"],
    ["10", "Số người tham gia bảo hiểm xã hội tự nguyện", "người", 160000, 41200, 37900, 25.75, "BHXH thành phố"],
  ];
  return sheet({
    name: "Quy III",
    above: [
      ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"],
      ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU AN SINH XÃ HỘI"],
      ["(Kèm theo Báo cáo số 512/BC-SLĐTBXH ngày 10/10/2024 của Sở Lao động - Thương binh và Xã hội)"],
      [],
    ],
    header: [
      [
        "TT",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Kế hoạch năm 2024",
        "Thực hiện",
        null,
        "Tỷ lệ % so với KH năm",
        "Cơ quan chủ trì",
        "Ghi chú",
      ],
      [null, null, null, null, result, "Cùng kỳ năm 2023", null, null, null],
    ],
    rows,
    formats: { E14: "0.00%", F14: "0.00%", E17: "0.0%", F17: "0.0%" },
    merges: [
      { top: 5, left: 5, bottom: 5, right: 6 },
      ...[1, 2, 3, 4, 7, 8, 9].map((col) => ({ top: 5, left: col, bottom: 6, right: col })),
    ],
  });
}
