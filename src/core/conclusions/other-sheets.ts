/**
 * What a workbook's other sheets state about the checked table. A count on another sheet can only be held against
 * this table when it is the workbook's one indicator table; with a second table among those sheets nobody can say
 * which one the count speaks of, so nothing is claimed, as the command line does for a workbook of several tables.
 */
import { analyzeSheet } from "../analyze";
import type { SheetSnapshot } from "../snapshot";
import type { Issue, SheetAnalysis } from "../types";
import { ownSummaryIssues } from "./own-summary";

export function otherSheetIssues(table: SheetAnalysis, others: SheetSnapshot[]): Issue[] {
  if (!table.table || others.some((sheet) => analyzeSheet(sheet).table)) return [];
  return others.flatMap((sheet) => ownSummaryIssues(sheet, table));
}
