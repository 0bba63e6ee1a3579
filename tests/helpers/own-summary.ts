import type { CellValue, SheetSnapshot } from "../../src/core/snapshot";

const HEADER: CellValue[] = ["Nhóm chỉ tiêu", "Số chỉ tiêu", "Hoàn thành", "Chưa hoàn thành"];

/**
 * Counts by group and status as a user types them on a sheet of their own beside Programme 08's table (rows 4 to 6,
 * counts in B:D). Programme 08 gives its second group 1 achieved and 4 not: WRONG states 2 and 3 (C5, D5).
 */
export const OWN_SUMMARY_RIGHT: CellValue[][] = [
  HEADER,
  ["Do ngành chủ trì", 12, 11, 1],
  ["Phối hợp thực hiện", 5, 1, 4],
  ["Tổng cộng", 27, 20, 7],
];
export const OWN_SUMMARY_WRONG: CellValue[][] = [
  HEADER,
  ["Do ngành chủ trì", 12, 11, 1],
  ["Phối hợp thực hiện", 5, 2, 3],
  ["Tổng cộng", 27, 20, 7],
];

/** The nine cells of counts, as issues name them. */
export const OWN_SUMMARY_CELLS = ["B4", "C4", "D4", "B5", "C5", "D5", "B6", "C6", "D6"].map((c) => `'Tổng hợp'!${c}`);

export function ownSummarySheet(rows: CellValue[][], name = "Tổng hợp"): SheetSnapshot {
  return { name, origin: { row: 1, col: 1 }, values: [["TỔNG HỢP KẾT QUẢ CHƯƠNG TRÌNH 08"], [], ...rows] };
}
