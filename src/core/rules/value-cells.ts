import type { CellRead } from "../cells";
import type { IndicatorRow } from "../rows";

/** The cells of a row that must hold numbers: plan (when not a target text), every result, stated percent. */
export function numericCells(row: IndicatorRow): { cell: CellRead; role: "plan" | "actual" | "statedPercent" }[] {
  const out: { cell: CellRead; role: "plan" | "actual" | "statedPercent" }[] = [];
  const { plan, results, actual, statedPercent } = row.cells;
  if (plan) out.push({ cell: plan, role: "plan" });
  const resultCells = results.length > 0 ? results : actual ? [actual] : [];
  for (const cell of resultCells) out.push({ cell, role: "actual" });
  if (statedPercent) out.push({ cell: statedPercent, role: "statedPercent" });
  return out;
}

/** A row whose target is written in words with no figure ("Hoàn thành việc sắp xếp …"): its result is words too. */
export function isQualitative(row: IndicatorRow): boolean {
  const plan = row.cells.plan;
  return plan !== null && plan.kind === "text" && row.indicator.target === null && !/\d/.test(plan.text);
}
