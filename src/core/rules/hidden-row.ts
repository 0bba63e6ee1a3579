import type { Indicator } from "../types";
import type { Finding, Rule } from "./rule";

/**
 * Hidden rows count as table rows (README), but a reader who sees "3/11 completed" counts ten rows on screen:
 * naming each hidden indicator row says where the eleventh is, and tells whoever hid a withdrawn indicator that
 * hiding it did not take it out of the counts.
 */
export const hiddenRow: Rule = {
  code: "hidden-row",
  severity: "info",
  title: { vi: "Hàng ẩn vẫn được tính", en: "Hidden rows still counted" },
  messages: {
    vi: 'Hàng {{row}} đang ẩn nhưng vẫn được tính: chỉ tiêu "{{name}}" (ô {{cell}}) có trong số chỉ tiêu và các kết quả tổng hợp. Nếu chỉ tiêu này đã bỏ, hãy xóa hàng; nếu không, hãy bỏ ẩn để người đọc cùng thấy.',
    en: 'Row {{row}} is hidden but still counted: "{{name}}" (cell {{cell}}) is among the indicators and in every count. If the indicator was dropped, delete the row; otherwise unhide it so readers see it too.',
  },
  check: ({ view, body, layout }) => {
    const col = layout.columns.name;
    const hidden = view.hiddenRows;
    if (col === undefined || hidden.length === 0) return [];
    // Walks the hidden rows, few even in a large sheet, finding each among the indicators (in sheet order).
    const rows = isAscending(hidden) ? hidden : [...hidden].sort((a, b) => a - b);
    const { indicators } = body;
    const found: Finding[] = [];
    for (const row of rows) {
      if (row < layout.firstRow || row > layout.lastRow) continue;
      const indicator = indicatorAt(indicators, row);
      if (indicator) found.push({ row, col, params: { name: indicator.name } });
    }
    return found;
  },
};

function isAscending(rows: readonly number[]): boolean {
  for (let i = 1; i < rows.length; i++) if (rows[i]! <= rows[i - 1]!) return false;
  return true;
}

/** The indicator on a sheet row, by binary search of the indicators in sheet order; undefined for another row. */
function indicatorAt(indicators: readonly Indicator[], row: number): Indicator | undefined {
  let low = 0;
  let high = indicators.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = indicators[mid]!.row;
    if (at === row) return indicators[mid];
    if (at < row) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}
