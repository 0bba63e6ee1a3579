/** The workbook's name and sheets as the pane lists them, and moving the selection to a cell. */
import type { SheetInfo } from "../host/workbook-host";
import { HostError } from "../host/workbook-host";
import { parseArea } from "./a1";
import { isWorkingSheetName, SUMMARY_MARK } from "./summary-sheet";

export async function listWorksheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets.load("items/name,items/visibility,items/protection/protected");
  const active = context.workbook.worksheets.getActiveWorksheet().load("name");
  await context.sync();
  const shown = sheets.items.filter((s) => s.visibility === "Visible" && !isWorkingSheetName(s.name));
  const marks = shown.map((s) => s.names.getItemOrNullObject(SUMMARY_MARK));
  await context.sync();
  return shown.map((s, i) => ({
    name: s.name,
    active: s.name === active.name,
    protected: s.protection.protected,
    summary: !(marks[i] as Excel.NamedItem).isNullObject,
  }));
}

export async function selectRange(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  if (!parseArea(address) || address.includes(",")) throw new HostError("excel.errors.invalidAddress", { address });
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(address).select();
  await context.sync();
}

/** The file name Excel shows for the workbook ("Book1" until it is saved). */
export async function workbookName(context: Excel.RequestContext): Promise<string> {
  const workbook = context.workbook.load("name");
  await context.sync();
  return workbook.name;
}
