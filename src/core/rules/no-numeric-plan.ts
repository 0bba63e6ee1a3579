import type { Rule } from "./rule";
import { a1 } from "../address";
import { hasPlanFigures } from "../targets";

/**
 * A table none of whose indicators has a plan or target with a figure (every plan cell blank, in words such as
 * "Theo kế hoạch", or unreadable), or that has no plan column at all: nothing can be judged, and the summary reads
 * "0/N" with every indicator "no data", which looks like a table of unmet indicators rather than one whose plans
 * were never filled in. Said once for the table, with what to type, at the plan column's heading and naming its
 * cells (missing-plan and qualitative-target yield those cells to it), or at the name column's when there is no
 * plan column. One indicator with a figure makes the table judgeable, and its other rows are for the row rules.
 */
export const noNumericPlan: Rule = {
  code: "no-numeric-plan",
  severity: "warning",
  title: { vi: "Không có kế hoạch bằng số", en: "No plan figures" },
  messages: {
    vi: "$t(issues.planless.{{plan}}.{{rows}}) (ô {{cell}}), nên chưa đánh giá được chỉ tiêu nào. Hãy nhập số kế hoạch (như 675.000) hoặc chỉ tiêu có số (như ≥ 95%, Dưới 0,5%) vào cột kế hoạch.",
    en: "$t(issues.planless.{{plan}}.{{rows}}) (cell {{cell}}), so no indicator can be assessed. Type the plan figures (such as 675,000) or targets with a figure (such as ≥ 95%, below 0.5%) in the plan column.",
  },
  check: ({ layout, body, view }) => {
    const { indicators } = body;
    if (indicators.length === 0 || hasPlanFigures(indicators)) return [];
    const plan = layout.columns.plan;
    const col = plan ?? layout.columns.name;
    if (col === undefined) return [];
    // The column's own heading: in a two-level header, the lower label when it has one ("Kế hoạch" under "Năm
    // 2024"), else the label merged down over both rows.
    const { headerRows } = layout;
    let row = headerRows[0]!;
    for (const r of headerRows) if (view.text(r, col).trim() !== "") row = r;
    const count = indicators.length;
    const params = { count, rows: count === 1 ? "one" : "many", plan: plan === undefined ? "missing" : "column" };
    if (plan === undefined) return [{ row, col, params }];
    const first = a1(indicators[0]!.row, plan);
    const cells = count === 1 ? first : `${first}:${a1(indicators[count - 1]!.row, plan)}`;
    return [{ row, col, params: { ...params, cells } }];
  },
};
