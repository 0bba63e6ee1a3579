import type { CellValue, SheetSnapshot } from "../../src/core/snapshot";
import { sheet } from "./table";

/**
 * A multi-year table as departments keep it: "Kết quả thực hiện" merged over one column per year and a cumulative
 * column, then the stated percent of plan. Each row is [TT, name, unit, plan, ...years, cumulative, stated %].
 */
export function multiYear(
  years: CellValue[],
  cumulative: string,
  rows: CellValue[][],
  formats: Record<string, string> = {},
): SheetSnapshot {
  const results = [...years, cumulative];
  const last = 4 + results.length;
  const top: CellValue[] = ["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu giai đoạn 2021-2025", "Kết quả thực hiện"];
  while (top.length < last) top.push(null);
  top.push("Tỷ lệ % so với KH");
  const sub: CellValue[] = [null, null, null, null, ...results, null];
  return sheet({
    header: [top, sub],
    rows,
    formats,
    merges: [
      { top: 1, left: 5, bottom: 1, right: last },
      ...[1, 2, 3, 4, last + 1].map((c) => ({ top: 1, left: c, bottom: 2, right: c })),
    ],
  });
}
