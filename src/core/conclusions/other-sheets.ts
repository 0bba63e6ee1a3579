/**
 * What a workbook's other sheets state about the checked table. A count on another sheet can only be held against
 * this table when it is the workbook's one indicator table; with a second table among those sheets nobody can say
 * which one the count speaks of, so nothing is claimed, as the command line does for a workbook of several tables.
 */
import { analyzeSheet } from "../analyze";
import type { ColumnMapping } from "../mapping";
import type { SheetSnapshot } from "../snapshot";
import type { Issue, SheetAnalysis } from "../types";
import { ownSummaryIssues } from "./own-summary";

/**
 * Another sheet as far as it is read, with the column mapping the user saved for it: a table whose headings only
 * the user's mapping makes out is a table all the same.
 */
export type OtherSheet = SheetSnapshot & { mapping?: ColumnMapping };

export function otherSheetIssues(table: SheetAnalysis, others: OtherSheet[]): Issue[] {
  if (!table.table || others.some((sheet) => analyzeSheet(sheet, { mapping: sheet.mapping }).table)) return [];
  return others.flatMap((sheet) => ownSummaryIssues(sheet, table));
}
