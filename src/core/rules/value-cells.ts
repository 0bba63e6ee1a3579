import type { CellRead } from "../cells";
import type { IndicatorRow } from "../rows";

export type NumericRole = "plan" | "actual" | "statedPercent";

export type NumericCellVisitor = (cell: CellRead, role: NumericRole, row: IndicatorRow) => void;

/**
 * Visits the cells of a row that must hold numbers: plan (when not a target text), every result, stated percent.
 * A visitor rather than a list, as it runs for every row and a list per row is garbage at once; the visitor is
 * made once per table, as a function made per row costs as much.
 */
export function forEachNumericCell(row: IndicatorRow, visit: NumericCellVisitor): void {
  const { plan, results, actual, statedPercent } = row.cells;
  if (plan) visit(plan, "plan", row);
  if (results.length > 0) for (const cell of results) visit(cell, "actual", row);
  else if (actual) visit(actual, "actual", row);
  if (statedPercent) visit(statedPercent, "statedPercent", row);
}

/** A row whose target is written in words with no figure ("Hoàn thành việc sắp xếp …"): its result is words too. */
export function isQualitative(row: IndicatorRow): boolean {
  const plan = row.cells.plan;
  return plan !== null && plan.kind === "text" && row.indicator.target === null && !/\d/.test(plan.text);
}
