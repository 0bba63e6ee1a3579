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
