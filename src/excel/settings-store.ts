/**
 * ChiTieu's per-sheet choices kept in the workbook (workbook settings, ExcelApi 1.4), so the next person who opens
 * the file gets them too. What is read back is validated: a setting that does not fit its schema (damaged, or
 * written by another version) reads as absent, so automatic detection takes over and the next save replaces it;
 * the sheet is never blocked by it. Nothing invalid is written.
 */
import type { z } from "zod";
import { HostError } from "../host/workbook-host";

/**
 * Queues the read of a setting, so several share one sync; after that sync, the returned function gives its
 * value, or null when it is absent or invalid.
 */
export function loadSetting<T>(context: Excel.RequestContext, key: string, schema: z.ZodType<T>): () => T | null {
  const setting = context.workbook.settings.getItemOrNullObject(key).load("value");
  return () => {
    if (setting.isNullObject) return null;
    const parsed = schema.safeParse(setting.value);
    return parsed.success ? parsed.data : null;
  };
}

/** Writes `value` under `key`, or throws a HostError with `invalid.messageKey` (naming the sheet) when it does not fit. */
export async function writeSetting<T>(
  context: Excel.RequestContext,
  key: string,
  schema: z.ZodType<T>,
  value: T,
  invalid: { messageKey: string; sheet: string },
): Promise<void> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HostError(invalid.messageKey, { sheet: invalid.sheet });
  context.workbook.settings.add(key, parsed.data);
  await context.sync();
}
