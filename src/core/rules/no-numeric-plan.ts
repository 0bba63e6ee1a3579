import type { Rule } from "./rule";

/**
 * A table none of whose indicators has a plan or target with a figure (every plan cell blank, in words such as
 * "Theo kế hoạch", or unreadable): nothing can be judged, and the summary reads "0/N" with every indicator "no
 * data", which looks like a table of unmet indicators rather than one whose plan column was never filled in. The
 * row rules say it at each cell; this says it once for the table, with what to type. One indicator with a figure
 * makes the table judgeable, and its other rows are for those row rules alone.
 */
export const noNumericPlan: Rule = {
  code: "no-numeric-plan",
  severity: "warning",
  title: { vi: "Không có kế hoạch bằng số", en: "No plan figures" },
  messages: {
    vi: "Cột kế hoạch (ô {{cell}}) không có số nào để đánh giá: $t(issues.planless.{{rows}}) để trống, ghi bằng lời hoặc không đọc được, nên chưa đánh giá được chỉ tiêu nào. Hãy nhập số kế hoạch (như 675.000) hoặc chỉ tiêu có số (như ≥ 95%, Dưới 0,5%) vào cột này.",
    en: "The plan column (cell {{cell}}) holds no figure to judge by: $t(issues.planless.{{rows}}) blank, in words or unreadable, so no indicator can be assessed. Type the plan figures (such as 675,000) or targets with a figure (such as ≥ 95%, below 0.5%) in this column.",
  },
  check: ({ layout, body, view }) => {
    const col = layout.columns.plan;
    const { indicators } = body;
    if (col === undefined || indicators.length === 0 || indicators.some((i) => i.target !== null)) return [];
    // The plan column's own heading: in a two-level header, the lower label when it has one ("Kế hoạch" under
    // "Năm 2024"), else the label merged down over both rows.
    const { headerRows } = layout;
    let row = headerRows[0]!;
    for (const r of headerRows) if (view.text(r, col).trim() !== "") row = r;
    return [{ row, col, params: { count: indicators.length, rows: indicators.length === 1 ? "one" : "many" } }];
  },
};
