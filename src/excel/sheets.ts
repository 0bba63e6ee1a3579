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

/**
 * Selects a cell, a range, or several areas ("D3, F3"). Selecting several takes RangeAreas.select, ExcelApi 1.18,
 * above the manifest's minimum: an older Excel selects the first area, the issue's own cell, whose message names
 * the others.
 */
export async function selectRange(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
  severalAreas: boolean,
): Promise<void> {
  const areas = address.split(",").map((area) => area.trim());
  if (!areas.every((area) => parseArea(area))) throw new HostError("excel.errors.invalidAddress", { address });
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  if (areas.length > 1 && severalAreas) worksheet.getRanges(areas.join(",")).select();
  else worksheet.getRange(areas[0]).select();
  await context.sync();
}

/** The file name Excel shows for the workbook ("Book1" until it is saved). */
export async function workbookName(context: Excel.RequestContext): Promise<string> {
  const workbook = context.workbook.load("name");
  await context.sync();
  return workbook.name;
}
