import type { Rule } from "./rule";

/**
 * A table whose header names no result column: every indicator would read "no data" and the table "0/N
 * completed", though the figures may well be there under a heading the reader does not know.
 */
export const noResultColumn: Rule = {
  code: "no-result-column",
  severity: "error",
  title: { vi: "Không thấy cột kết quả", en: "No result column" },
  messages: {
    vi: "Hàng tiêu đề {{header}} (ô {{cell}}) không có cột kết quả thực hiện (Thực hiện, TH, Kết quả, Lũy kế, hay một kỳ như Năm 2024, 9 tháng, Quý III), nên chưa đánh giá được chỉ tiêu nào. Hãy sửa tiêu đề cột kết quả hoặc chỉ định cột bằng tay.",
    en: "Header row {{header}} (cell {{cell}}) has no result column (Actual, Result, Cumulative, Thực hiện, Lũy kế, or a period such as 2024, 9 months, Q3), so no indicator could be assessed. Fix the result column's heading or map the column by hand.",
  },
  check: ({ layout, view }) => {
    if (layout.columns.actual !== undefined) return [];
    const named = Object.values(layout.columns).filter((c): c is number => c !== undefined);
    return [
      {
        row: layout.headerRows[0]!,
        col: named.length > 0 ? Math.min(...named) : view.firstCol,
        params: { header: layout.headerRows.join("–") },
      },
    ];
  },
};
