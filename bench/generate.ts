import type { CellArea, CellValue, SheetSnapshot } from "../src/core/snapshot";

/**
 * A large indicator sheet in the Programme 08 shape: titles, a two-level header, sections of 50 indicators,
 * Vietnamese text numbers, percent rows with target texts, and a fault every 97 rows.
 */
export function generatedSheet(rows: number): SheetSnapshot {
  const values: CellValue[][] = [
    ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU"],
    ["(Kèm theo Báo cáo số 1/BC)"],
    [
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
    ],
    [null, null, null, null, "Năm 2021", "Năm 2022", "Lũy kế", null, null, null],
  ];
  const merges: CellArea[] = [{ top: 3, left: 5, bottom: 3, right: 7 }];
  for (const col of [1, 2, 3, 4, 8, 9, 10]) merges.push({ top: 3, left: col, bottom: 4, right: col });
  let section = 0;
  for (let i = 0; i < rows; i++) {
    if (i % 50 === 0) values.push([romanish((section++ % 20) + 1), `NHÓM CHỈ TIÊU ${section}`]);
    const n = String((i % 50) + 1);
    if (i % 3 === 0) {
      const actual = 90 + (i % 13);
      values.push([
        n,
        `Tỷ lệ bao phủ ${i}`,
        "%",
        "≥ 95%",
        actual - 4,
        actual - 2,
        actual,
        actual / 95,
        actual >= 95 ? "Hoàn thành" : "Chưa hoàn thành",
        "Sở Y tế",
      ]);
    } else {
      const plan = 1000 + (i % 500) * 10;
      const actual = plan + ((i % 7) - 3) * 25;
      const shown = i % 97 === 0 ? "khoảng 1 nghìn" : i % 5 === 0 ? actual.toLocaleString("de-DE") : actual;
      values.push([
        n,
        `Số người được hỗ trợ ${i}`,
        "người",
        plan,
        Math.round(actual / 3),
        Math.round((actual * 2) / 3),
        shown,
        actual / plan,
        actual >= plan ? "Hoàn thành" : "Chưa hoàn thành",
        "Sở LĐTB&XH",
      ]);
    }
  }
  return { name: "Bieu lon", origin: { row: 1, col: 1 }, values, merges };
}

function romanish(n: number): string {
  const numerals: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  let rest = n;
  for (const [value, sym] of numerals)
    while (rest >= value) {
      out += sym;
      rest -= value;
    }
  return out;
}
