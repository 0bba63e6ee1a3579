import type { PlanCell, SummaryPlan } from "../core/summary/plan";
import { uniqueSheetNames } from "./sheet-names";

/** Excel's specifications and limits: what a workbook may hold and still open. */
export const EXCEL_LIMITS = {
  /** The last row and column (XFD): a reference past them is not a cell. */
  rows: 1_048_576,
  columns: 16_384,
  rowHeightPt: 409,
  columnWidthChars: 255,
  cellTextChars: 32_767,
} as const;

const ELLIPSIS = "…";

/** A text cut to what a cell may hold, ending in an ellipsis so the cut shows. */
export function fitCellText(text: string): string {
  if (text.length <= EXCEL_LIMITS.cellTextChars) return text;
  let cut = text.slice(0, EXCEL_LIMITS.cellTextChars - ELLIPSIS.length);
  // Never leave half of a surrogate pair at the cut.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}${ELLIPSIS}`;
}

export function fitRowHeight(points: number): number {
  return Math.min(points, EXCEL_LIMITS.rowHeightPt);
}

/**
 * The plans as Excel can hold them: texts cut to a cell's limit, column widths within Excel's, and sheet names
 * valid and distinct (links follow a renamed sheet; a link to no sheet is dropped). One odd row (an indicator
 * name of thousands of characters) must never cost the workbook, which the writer would otherwise refuse whole.
 */
export function fitPlans(plans: SummaryPlan[]): SummaryPlan[] {
  const names = uniqueSheetNames(plans.map((p) => p.sheetName));
  const renamed = new Map(plans.map((p, i) => [p.sheetName, names[i]!]));
  const fitCell = (cell: PlanCell): PlanCell => {
    let out = cell;
    if (typeof cell.value === "string" && cell.value.length > EXCEL_LIMITS.cellTextChars) {
      out = { ...out, value: fitCellText(cell.value) };
    }
    const target = cell.link && renamed.get(cell.link.sheet);
    if (cell.link && target !== cell.link.sheet) {
      out = target ? { ...out, link: { sheet: target } } : { ...out, link: undefined };
    }
    return out;
  };
  return plans.map((plan, i) => ({
    ...plan,
    sheetName: names[i]!,
    cells: plan.cells.map(fitCell),
    columnWidths: plan.columnWidths.map((w) => Math.min(w, EXCEL_LIMITS.columnWidthChars)),
  }));
}
