/**
 * Remembers the user's column mapping in the workbook (workbook settings, ExcelApi 1.4), one setting per sheet,
 * so the next person who opens the file gets the same columns. What is read back is validated: a setting that
 * is not a valid mapping (damaged, or written by another version) is ignored, so detection takes over and the
 * next save replaces it; the sheet is never blocked by it.
 */
import { ColumnMappingSchema, type ColumnMapping } from "../core/mapping";
import { HostError } from "../host/workbook-host";

const PREFIX = "ChiTieu.columnMapping:";

export function mappingKey(sheet: string): string {
  return `${PREFIX}${sheet}`;
}

export async function readMapping(context: Excel.RequestContext, sheet: string): Promise<ColumnMapping | null> {
  const setting = context.workbook.settings.getItemOrNullObject(mappingKey(sheet)).load("value");
  await context.sync();
  if (setting.isNullObject) return null;
  const parsed = ColumnMappingSchema.safeParse(setting.value);
  return parsed.success ? parsed.data : null;
}

export async function writeMapping(
  context: Excel.RequestContext,
  sheet: string,
  mapping: ColumnMapping,
): Promise<void> {
  const parsed = ColumnMappingSchema.safeParse(mapping);
  if (!parsed.success) throw new HostError("excel.errors.invalidMapping", { sheet });
  context.workbook.settings.add(mappingKey(sheet), parsed.data);
  await context.sync();
}
