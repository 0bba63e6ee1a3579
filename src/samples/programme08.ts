/**
 * Hanoi's Programme 08 (social security, 2021–2025) indicator table, as the labour department would keep it,
 * built from the figures in shared/domain (seed article). 27 indicators: 20 achieved; 11 of the 12 the
 * department leads; 1 of the 5 it coordinates. Used by tests, the bundled sample workbook and `npm run preview`.
 *
 * `programme08()` is a clean table (no errors, no warnings). `programme08WithFaults()` adds the faults district
 * submissions really have, each listed in PROGRAMME08_FAULTS so tests can assert every one is reported.
 */
import type { CellArea, CellValue, SheetSnapshot } from "../core/snapshot";

type Plan = number | string;
interface Row {
  no: string;
  name: string;
  unit: string;
  plan: Plan;
  y2021: number | string | null;
  y2022: number | string | null;
  actual: CellValue;
  /** Stated % of plan as a fraction, or null where the department leaves it blank (lower-is-better rows). */
  pct: number | null;
  status: "Hoàn thành" | "Chưa hoàn thành";
  lead: string;
  note?: string;
}

const LD = "Sở LĐTB&XH";
const BHXH = "BHXH thành phố";

const GROUP_I: Row[] = [
  {
    no: "1",
    name: "Tuyển sinh giáo dục nghề nghiệp",
    unit: "người",
    plan: 675000,
    y2021: 221560,
    y2022: 242108,
    actual: 720493,
    pct: 1.067,
    status: "Hoàn thành",
    lead: LD,
  },
  {
    no: "2",
    name: "Số người đi làm việc ở nước ngoài theo hợp đồng",
    unit: "người",
    plan: 10000,
    y2021: 2918,
    y2022: 4310,
    actual: 11959,
    pct: 1.196,
    status: "Hoàn thành",
    lead: LD,
  },
  {
    no: "3",
    name: "Tỷ lệ hộ nghèo cuối năm",
    unit: "%",
    plan: "Dưới 0,5%",
    y2021: 0.19,
    y2022: 0.07,
    actual: 0.03,
    pct: null,
    status: "Hoàn thành",
    lead: LD,
    note: "690 hộ",
  },
  {
    no: "4",
    name: "Tỷ lệ hộ cận nghèo cuối năm",
    unit: "%",
    plan: "Dưới 1,5%",
    y2021: 1.45,
    y2022: 1.2,
    actual: 0.99,
    pct: null,
    status: "Hoàn thành",
    lead: LD,
    note: "22.263 hộ",
  },
  {
    no: "5",
    name: "Số quận, huyện, thị xã không còn hộ nghèo",
    unit: "đơn vị",
    plan: 15,
    y2021: 6,
    y2022: 12,
    actual: 18,
    pct: 1.2,
    status: "Hoàn thành",
    lead: LD,
  },
  {
    no: "6",
    name: "Số phiên giao dịch việc làm",
    unit: "phiên",
    plan: 600,
    y2021: 198,
    y2022: 240,
    actual: 681,
    pct: 1.135,
    status: "Hoàn thành",
    lead: LD,
  },
  {
    no: "7",
    name: "Số lượt doanh nghiệp tham gia phiên giao dịch việc làm",
    unit: "lượt",
    plan: 18000,
    y2021: 6250,
    y2022: 7104,
    actual: 20226,
    pct: 1.124,
    status: "Hoàn thành",
    lead: LD,
  },
  {
    no: "8",
    name: "Số chỉ tiêu tuyển dụng (vị trí việc làm trống)",
    unit: "chỗ",
    plan: 380000,
    y2021: 120415,
    y2022: 139880,
    actual: 404967,
    pct: 1.066,
    status: "Hoàn thành",
    lead: LD,
  },
  {
    no: "9",
    name: "Số người được tuyển dụng qua phiên giao dịch việc làm",
    unit: "người",
    plan: 45000,
    y2021: 14870,
    y2022: 16992,
    actual: 48308,
    pct: 1.074,
    status: "Hoàn thành",
    lead: LD,
  },
  {
    no: "10",
    name: "Số xã, phường, thị trấn có mô hình hỗ trợ người sau cai nghiện dựa vào cộng đồng",
    unit: "xã",
    plan: 579,
    y2021: 212,
    y2022: 331,
    actual: 454,
    pct: 0.7841,
    status: "Chưa hoàn thành",
    lead: LD,
  },
  {
    no: "11",
    name: "Số lượt người được trợ giúp xã hội",
    unit: "lượt người",
    plan: 2500000,
    y2021: 951220,
    y2022: 980417,
    actual: 2907969,
    pct: 1.163,
    status: "Hoàn thành",
    lead: LD,
  },
  {
    no: "12",
    name: "Kinh phí trợ giúp xã hội",
    unit: "tỷ đồng",
    plan: 2500,
    y2021: 960.5,
    y2022: 1002.3,
    actual: 2975.42,
    pct: 1.19,
    status: "Hoàn thành",
    lead: LD,
  },
];

const GROUP_II: Row[] = [
  {
    no: "1",
    name: "Tỷ lệ dân số tham gia bảo hiểm y tế",
    unit: "%",
    plan: "≥ 95%",
    y2021: 92.1,
    y2022: 93.6,
    actual: 98.9,
    pct: 1.041,
    status: "Hoàn thành",
    lead: "Sở Y tế",
  },
  {
    no: "2",
    name: "Tỷ lệ lực lượng lao động tham gia bảo hiểm xã hội",
    unit: "%",
    plan: "≥ 45%",
    y2021: 36.5,
    y2022: 38.9,
    actual: 41.2,
    pct: 0.916,
    status: "Chưa hoàn thành",
    lead: BHXH,
  },
  {
    no: "3",
    name: "Tỷ lệ lực lượng lao động tham gia bảo hiểm thất nghiệp",
    unit: "%",
    plan: "≥ 35%",
    y2021: 29.8,
    y2022: 31.1,
    actual: 32.4,
    pct: 0.926,
    status: "Chưa hoàn thành",
    lead: BHXH,
  },
  {
    no: "4",
    name: "Số người tham gia bảo hiểm xã hội tự nguyện",
    unit: "người",
    plan: 150000,
    y2021: 98450,
    y2022: 121300,
    actual: 139870,
    pct: 0.932,
    status: "Chưa hoàn thành",
    lead: BHXH,
  },
  {
    no: "5",
    name: "Tỷ lệ người sau độ tuổi nghỉ hưu hưởng lương hưu, trợ cấp BHXH",
    unit: "%",
    plan: "≥ 60%",
    y2021: 52.3,
    y2022: 54.1,
    actual: 55.8,
    pct: 0.93,
    status: "Chưa hoàn thành",
    lead: BHXH,
  },
];

const GROUP_III: Row[] = [
  {
    no: "1",
    name: "Tỷ lệ thất nghiệp khu vực thành thị",
    unit: "%",
    plan: "Dưới 3%",
    y2021: 3.1,
    y2022: 2.8,
    actual: 2.5,
    pct: null,
    status: "Hoàn thành",
    lead: LD,
  },
  {
    no: "2",
    name: "Mức chuẩn trợ giúp xã hội",
    unit: "đồng/tháng",
    plan: 360000,
    y2021: 373000,
    y2022: 373000,
    actual: 440000,
    pct: 1.222,
    status: "Hoàn thành",
    lead: LD,
  },
  {
    no: "3",
    name: "Tỷ lệ lao động qua đào tạo",
    unit: "%",
    plan: "≥ 75%",
    y2021: 70.5,
    y2022: 72.1,
    actual: 73.5,
    pct: 0.98,
    status: "Chưa hoàn thành",
    lead: LD,
  },
  {
    no: "4",
    name: "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ",
    unit: "%",
    plan: "≥ 50%",
    y2021: 48.2,
    y2022: 50.3,
    actual: 52.1,
    pct: 1.042,
    status: "Hoàn thành",
    lead: LD,
  },
  {
    no: "5",
    name: "Số lao động được giải quyết việc làm",
    unit: "người",
    plan: 640000,
    y2021: 166452,
    y2022: 223960,
    actual: 659000,
    pct: 1.03,
    status: "Hoàn thành",
    lead: LD,
  },
  {
    no: "6",
    name: "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp",
    unit: "%",
    plan: "Trên 90%",
    y2021: 91.4,
    y2022: 93.8,
    actual: 95.2,
    pct: 1.058,
    status: "Hoàn thành",
    lead: LD,
  },
  {
    no: "7",
    name: "Tỷ lệ xã, phường đạt tiêu chuẩn phù hợp với trẻ em",
    unit: "%",
    plan: "≥ 90%",
    y2021: 82.5,
    y2022: 84.7,
    actual: 86.3,
    pct: 0.959,
    status: "Chưa hoàn thành",
    lead: LD,
  },
  {
    no: "8",
    name: "Số nhà đại đoàn kết được xây mới, sửa chữa",
    unit: "căn",
    plan: 2000,
    y2021: 655,
    y2022: 1410,
    actual: 2134,
    pct: 1.067,
    status: "Hoàn thành",
    lead: "Ủy ban MTTQ thành phố",
  },
  {
    no: "9",
    name: "Tỷ lệ người cao tuổi có thẻ bảo hiểm y tế",
    unit: "%",
    plan: "100%",
    y2021: 100,
    y2022: 100,
    actual: 100,
    pct: 1,
    status: "Hoàn thành",
    lead: BHXH,
  },
  {
    no: "10",
    name: "Số đối tượng được chăm sóc tại cơ sở trợ giúp xã hội",
    unit: "người",
    plan: 3000,
    y2021: 3050,
    y2022: 3120,
    actual: 3210,
    pct: 1.07,
    status: "Hoàn thành",
    lead: LD,
  },
];

export const PROGRAMME08_GROUPS = [
  { roman: "I", title: "CHỈ TIÊU DO NGÀNH LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI CHỦ TRÌ", rows: GROUP_I },
  { roman: "II", title: "CHỈ TIÊU NGÀNH LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI PHỐI HỢP THỰC HIỆN", rows: GROUP_II },
  { roman: "III", title: "CHỈ TIÊU KHÁC CỦA CHƯƠNG TRÌNH", rows: GROUP_III },
];

const WIDTH = 11; // A..K
const COUNT_FORMAT = "#,##0";
const DECIMAL_FORMAT = "#,##0.00";

interface Grid {
  values: CellValue[][];
  formats: string[][];
  merges: CellArea[];
}

function blankRow(): { values: CellValue[]; formats: string[] } {
  return { values: Array<CellValue>(WIDTH).fill(null), formats: Array<string>(WIDTH).fill("General") };
}

function numberFormat(value: unknown): string {
  return typeof value === "number" && !Number.isInteger(value) ? DECIMAL_FORMAT : COUNT_FORMAT;
}

function build(): Grid {
  const grid: Grid = { values: [], formats: [], merges: [] };
  const push = (values: CellValue[], formats?: string[]) => {
    const row = blankRow();
    values.forEach((v, i) => (row.values[i] = v));
    formats?.forEach((f, i) => (row.formats[i] = f));
    grid.values.push(row.values);
    grid.formats.push(row.formats);
    return grid.values.length;
  };
  const mergeRow = (row: number, left: number, right: number) =>
    grid.merges.push({ top: row, left, bottom: row, right });

  mergeRow(push(["ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"]), 1, 4);
  mergeRow(push(["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"]), 1, 4);
  mergeRow(push(["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHƯƠNG TRÌNH 08-CTr/TU GIAI ĐOẠN 2021-2025"]), 1, WIDTH);
  mergeRow(
    push(["(Kèm theo Báo cáo số 425/BC-SLĐTBXH ngày 20/11/2023 của Sở Lao động - Thương binh và Xã hội)"]),
    1,
    WIDTH,
  );
  push([]);
  const top = push([
    "TT",
    "Chỉ tiêu",
    "Đơn vị tính",
    "Chỉ tiêu giai đoạn 2021-2025",
    "Kết quả thực hiện",
    null,
    null,
    "Tỷ lệ % so với KH",
    "Đánh giá",
    "Cơ quan chủ trì",
    "Ghi chú",
  ]);
  push([null, null, null, null, "Năm 2021", "Năm 2022", "Lũy kế 2021-2023"]);
  for (const col of [1, 2, 3, 4, 8, 9, 10, 11]) grid.merges.push({ top, left: col, bottom: top + 1, right: col });
  grid.merges.push({ top, left: 5, bottom: top, right: 7 });

  for (const group of PROGRAMME08_GROUPS) {
    mergeRow(push([group.roman, group.title]), 2, WIDTH);
    for (const r of group.rows) {
      const rate = r.unit === "%";
      const valueFormat = rate ? "0.00" : numberFormat(r.actual);
      push(
        [r.no, r.name, r.unit, r.plan, r.y2021, r.y2022, r.actual, r.pct, r.status, r.lead, r.note ?? null],
        [
          "@",
          "General",
          "General",
          typeof r.plan === "number" ? numberFormat(r.plan) : "@",
          valueFormat,
          valueFormat,
          valueFormat,
          "0.0%",
          "General",
          "General",
          "General",
        ],
      );
    }
  }
  mergeRow(push([null, "Tổng số: 27 chỉ tiêu; hoàn thành 20 chỉ tiêu, chưa hoàn thành 7 chỉ tiêu"]), 2, WIDTH);
  push([]);
  push([null, "NGƯỜI LẬP BIỂU", null, null, null, null, null, null, "GIÁM ĐỐC"]);
  return grid;
}

export function programme08(name = "Bieu 01"): SheetSnapshot {
  const grid = build();
  return { name, origin: { row: 1, col: 1 }, values: grid.values, formats: grid.formats, merges: grid.merges };
}

/** Sheet rows of the clean table, for assertions. */
export const PROGRAMME08_ROWS = {
  header: [6, 7],
  firstIndicator: 9,
  vocational: 9,
  rehabilitation: 18,
  poorRate: 11,
  sectionI: 8,
  sectionII: 21,
  sectionIII: 27,
  lastIndicator: 37,
  totals: 38,
} as const;

export interface Fault {
  code: string;
  cell: string;
}

/** The faults `programme08WithFaults` introduces, by rule code and cell. */
export const PROGRAMME08_FAULTS: Fault[] = [
  { code: "number-as-text", cell: "G9" },
  { code: "formula-error", cell: "H14" },
  { code: "not-a-number", cell: "G15" },
  { code: "stated-percent-mismatch", cell: "H17" },
  { code: "stated-status-mismatch", cell: "I18" },
  { code: "missing-unit", cell: "C19" },
  { code: "duplicate-number", cell: "A32" },
  { code: "missing-actual", cell: "G36" },
  // The totals line still says "hoàn thành 20 chỉ tiêu" once the faults above leave 18 achieved.
  { code: "stated-conclusion-mismatch", cell: "B38" },
];

export function programme08WithFaults(name = "Bieu 01"): SheetSnapshot {
  const sheet = programme08(name);
  const set = (cell: string, value: CellValue) => {
    const col = cell.charCodeAt(0) - 64;
    const row = Number(cell.slice(1));
    const line = sheet.values[row - 1];
    if (line) line[col - 1] = value;
  };
  set("G9", "720.493");
  set("H14", { error: "#DIV/0!" });
  set("G15", "20.226 lượt");
  set("H17", 1.25);
  set("I18", "Hoàn thành");
  set("C19", null);
  set("A32", "4");
  set("G36", null);
  return sheet;
}
