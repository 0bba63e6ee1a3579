/**
 * A checked sheet's analysis with what the workbook's other sheets state about its table (a summary of the user's
 * own: "Hoàn thành 20, Chưa hoàn thành 7"), their issues after the table's. Those sheets are an extra: when Excel
 * cannot hand them over, the table's own check stands and nothing is said about them.
 */
import { type OtherSheet, otherSheetIssues } from "../core/conclusions/other-sheets";
import type { SheetAnalysis } from "../core/types";
import { HostError, type WorkbookHost } from "./workbook-host";

export async function withOtherSheets(host: WorkbookHost, analysis: SheetAnalysis): Promise<SheetAnalysis> {
  if (!analysis.table) return analysis;
  let others: OtherSheet[];
  try {
    others = await host.readOtherSheets(analysis.sheet);
  } catch (error) {
    if (error instanceof HostError) return analysis;
    throw error;
  }
  const issues = otherSheetIssues(analysis, others);
  return issues.length === 0 ? analysis : { ...analysis, issues: [...analysis.issues, ...issues] };
}
