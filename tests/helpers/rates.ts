import type { CellValue, SheetSnapshot } from "../../src/core/snapshot";
import { sheet } from "./table";

/**
 * A department's nine-month table of rates alone, figures from the seed article (poor and near-poor households,
 * health insurance, the community rehabilitation model at 78,41 % of plan): a part of the year, but no quantity
 * whose pace could be counted. The title names the period; the result column says only "Thực hiện".
 */
export function ratesTable(): SheetSnapshot {
  const rows: CellValue[][] = [
    ["1", "Tỷ lệ hộ nghèo", "%", "Dưới 0,5%", 0.0003, "Sở LĐTB&XH"],
    ["2", "Tỷ lệ hộ cận nghèo", "%", "Dưới 1,5%", 0.0099, "Sở LĐTB&XH"],
    ["3", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "≥ 95%", 0.989, "BHXH thành phố"],
    ["4", "Tỷ lệ xã, phường có mô hình phục hồi chức năng dựa vào cộng đồng", "%", "100%", 0.7841, "Sở LĐTB&XH"],
  ];
  return sheet({
    name: "9 thang",
    above: [
      ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"],
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU AN SINH XÃ HỘI 9 THÁNG NĂM 2024"],
      [],
    ],
    header: [["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2024", "Thực hiện", "Cơ quan chủ trì"]],
    rows,
    formats: { E5: "0.00%", E6: "0.00%", E7: "0.0%", E8: "0.00%" },
  });
}
