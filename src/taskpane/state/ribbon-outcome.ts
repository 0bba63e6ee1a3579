import type { RibbonNotice } from "../../commands/ribbon-notices";

/** What a ribbon command changed in the workbook, as far as the pane's view of a sheet is concerned. */
export type RibbonOutcome = { kind: "check"; sheet: string } | { kind: "summary"; sheet: string; summarySheet: string };

const CHECKED = new Set([
  "excel.ribbon.checked",
  "excel.ribbon.checkedElsewhere",
  "excel.ribbon.checkedOnlyElsewhere",
  "excel.ribbon.checkedProtected",
  "excel.ribbon.clean",
]);
const SUMMARY_WRITTEN = "excel.ribbon.summaryWritten";

/** Reads it from the notice's catalogue key and parameters; failures and unknown notices changed nothing. */
export function ribbonOutcome(notice: RibbonNotice): RibbonOutcome | null {
  const { ok, key, params } = notice;
  if (!ok || params.sheet === undefined) return null;
  const sheet = String(params.sheet);
  if (CHECKED.has(key)) return { kind: "check", sheet };
  if (key === SUMMARY_WRITTEN && params.summary !== undefined) {
    return { kind: "summary", sheet, summarySheet: String(params.summary) };
  }
  return null;
}
