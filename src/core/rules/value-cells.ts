import type { CellRead } from "../cells";
import type { IndicatorRow } from "../rows";

export type NumericRole = "plan" | "actual" | "statedPercent";

/**
 * Visits the cells of a row that must hold numbers: plan (when not a target text), every result, stated percent.
 * A visitor rather than a list, as it runs for every row and a list per row is garbage at once.
 */
export function forEachNumericCell(row: IndicatorRow, visit: (cell: CellRead, role: NumericRole) => void): void {
  const { plan, results, actual, statedPercent } = row.cells;
  if (plan) visit(plan, "plan");
  if (results.length > 0) for (const cell of results) visit(cell, "actual");
  else if (actual) visit(actual, "actual");
  if (statedPercent) visit(statedPercent, "statedPercent");
}

/** A row whose target is written in words with no figure ("Hoàn thành việc sắp xếp …"): its result is words too. */
export function isQualitative(row: IndicatorRow): boolean {
  const plan = row.cells.plan;
  return plan !== null && plan.kind === "text" && row.indicator.target === null && !/\d/.test(plan.text);
}
