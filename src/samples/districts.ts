/**
 * District submissions of one indicator table, as the 30 districts of Hanoi send them to the city: the same
 * indicators, each district's own figures (18 of the 30 keep the poor-household rate under 0,5 %, as in the
 * seed article), its agency in the title rows. Used by the consolidation's tests and `npm run bench`.
 */
import type { CellValue, SheetSnapshot } from "../core/snapshot";

export const HANOI_DISTRICTS = [
  "QUẬN BA ĐÌNH",
  "QUẬN HOÀN KIẾM",
  "QUẬN TÂY HỒ",
  "QUẬN LONG BIÊN",
  "QUẬN CẦU GIẤY",
  "QUẬN ĐỐNG ĐA",
  "QUẬN HAI BÀ TRƯNG",
  "QUẬN HOÀNG MAI",
  "QUẬN THANH XUÂN",
  "QUẬN NAM TỪ LIÊM",
  "QUẬN BẮC TỪ LIÊM",
  "QUẬN HÀ ĐÔNG",
  "THỊ XÃ SƠN TÂY",
  "HUYỆN BA VÌ",
  "HUYỆN PHÚC THỌ",
  "HUYỆN ĐAN PHƯỢNG",
  "HUYỆN HOÀI ĐỨC",
  "HUYỆN QUỐC OAI",
  "HUYỆN THẠCH THẤT",
  "HUYỆN CHƯƠNG MỸ",
  "HUYỆN THANH OAI",
  "HUYỆN THƯỜNG TÍN",
  "HUYỆN PHÚ XUYÊN",
  "HUYỆN ỨNG HÒA",
  "HUYỆN MỸ ĐỨC",
  "HUYỆN SÓC SƠN",
  "HUYỆN ĐÔNG ANH",
  "HUYỆN GIA LÂM",
  "HUYỆN MÊ LINH",
  "HUYỆN THANH TRÌ",
] as const;

/** Districts whose poor-household rate is under the 0,5 % ceiling: "18/30". */
export const DISTRICTS_WITHOUT_POVERTY = 18;

export interface DistrictRow {
  name: string;
  unit: string;
  plan: number | string;
  actual: number | null;
}

/** The district's figures, different for each district but fixed, so tests can sum them. */
export function districtRows(district: number, indicators = 10): DistrictRow[] {
  const d = district;
  const rows: DistrictRow[] = [
    { name: "Tỷ lệ hộ nghèo", unit: "%", plan: "Dưới 0,5%", actual: d < DISTRICTS_WITHOUT_POVERTY ? 0.003 : 0.0062 },
    { name: "Tỷ lệ hộ cận nghèo", unit: "%", plan: "Dưới 1%", actual: 0.006 + (d % 6) * 0.001 },
    { name: "Số lao động được giải quyết việc làm", unit: "người", plan: 5000 + d * 100, actual: 4800 + d * 120 },
    { name: "Tuyển sinh giáo dục nghề nghiệp", unit: "người", plan: 20000 + d * 500, actual: 21000 + d * 450 },
    { name: "Tỷ lệ người dân tham gia BHYT", unit: "%", plan: "≥ 95%", actual: 0.94 + (d % 7) * 0.0025 },
    { name: "Số người đi làm việc ở nước ngoài theo hợp đồng", unit: "người", plan: 300 + d * 5, actual: 320 + d * 4 },
    { name: "Kinh phí trợ giúp xã hội", unit: "tỷ đồng", plan: 90 + d, actual: 97.42 + d },
    {
      name: "Số lượt người được trợ giúp xã hội",
      unit: "lượt người",
      plan: 90000 + d * 1000,
      actual: 96932 + d * 1000,
    },
    { name: "Tỷ lệ lao động qua đào tạo", unit: "%", plan: "≥ 70%", actual: 0.69 + (d % 4) * 0.01 },
    { name: "Số phiên giao dịch việc làm", unit: "phiên", plan: 20, actual: d % 5 === 0 ? null : 22 + (d % 3) },
  ];
  for (let i = rows.length; i < indicators; i++) {
    rows.push({
      name: `Số người được hỗ trợ theo chính sách ${i - 9}`,
      unit: "người",
      plan: 1000 + i * 10,
      actual: 980 + i * 10 + d,
    });
  }
  return rows.slice(0, indicators);
}

/**
 * A district's table: its agency (with, as a district's office writes it, the department under it), the table's
 * title, a one-level header and its indicators. It reports the year 2023 unless `year` and `months` say otherwise
 * ("9 THÁNG NĂM 2024" in the title and over the result column).
 */
export function districtSheet(
  district: number,
  options: {
    indicators?: number;
    agency?: string | null;
    department?: string;
    name?: string;
    rows?: DistrictRow[];
    year?: number;
    months?: number;
  } = {},
): SheetSnapshot {
  const year = options.year ?? 2023;
  const months = options.months ? `${options.months} tháng ` : "";
  const agency =
    options.agency === undefined ? `UBND ${HANOI_DISTRICTS[district % HANOI_DISTRICTS.length]}` : options.agency;
  const rows = options.rows ?? districtRows(district, options.indicators);
  const values: CellValue[][] = [
    ...(agency ? [[agency]] : []),
    ...(options.department ? [[options.department]] : []),
    [`BIỂU KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU AN SINH XÃ HỘI ${months.toUpperCase()}NĂM ${year}`],
    [],
    ["TT", "Chỉ tiêu", "Đơn vị tính", `Kế hoạch năm ${year}`, `Thực hiện ${months}năm ${year}`],
    ...rows.map((r, i): CellValue[] => [String(i + 1), r.name, r.unit, r.plan, r.actual]),
  ];
  const formats = values.map((row, i) =>
    row.map((_, c) => (c === 4 && rows[i - (values.length - rows.length)]?.unit === "%" ? "0.00%" : "General")),
  );
  return { name: options.name ?? "Bieu 01", origin: { row: 1, col: 1 }, values, formats };
}
