/** The user's column mapping, one workbook setting per sheet (see settings-store). */
import { ColumnMappingSchema, type ColumnMapping } from "../core/mapping";
import { loadSetting, writeSetting } from "./settings-store";

const PREFIX = "ChiTieu.columnMapping:";

export function mappingKey(sheet: string): string {
  return `${PREFIX}${sheet}`;
}

export function loadMapping(context: Excel.RequestContext, sheet: string): () => ColumnMapping | null {
  return loadSetting(context, mappingKey(sheet), ColumnMappingSchema);
}

export function writeMapping(context: Excel.RequestContext, sheet: string, mapping: ColumnMapping): Promise<void> {
  return writeSetting(context, mappingKey(sheet), ColumnMappingSchema, mapping, {
    messageKey: "excel.errors.invalidMapping",
    sheet,
  });
}
