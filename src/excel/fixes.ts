/**
 * Writes safe fixes (a number in place of a number typed as text) the user has confirmed: only the fixed cells
 * change (value, and number format when the fix has one), in as few syncs as the payload allows. Nothing is
 * written when the sheet is protected, when a cell holds a formula (a value would replace it for good), or when
 * a cell no longer shows what the user saw when confirming, since the fix would then overwrite an edit made in
 * between.
 */
import type { Fix } from "../core/types";
import { parseA1 } from "../core/address";
import { HostError } from "../host/workbook-host";
import { COMMAND_BYTES, SyncBudget } from "./batch";

function checkFix(fix: Fix): void {
  if (!parseA1(fix.cell) || !Number.isFinite(fix.value)) {
    throw new HostError("excel.errors.invalidFix", { cell: fix.cell, value: String(fix.value) });
  }
}

export async function writeFixes(context: Excel.RequestContext, name: string, fixes: Fix[]): Promise<void> {
  fixes.forEach(checkFix);
  const sheet = context.workbook.worksheets.getItem(name);
  const protection = sheet.protection.load("protected");
  const reading = new SyncBudget(context);
  const shown: Excel.Range[] = [];
  for (const fix of fixes) {
    await reading.reserve(COMMAND_BYTES + fix.cell.length);
    shown.push(sheet.getRange(fix.cell).load("text, formulas"));
  }
  await context.sync();
  if (protection.protected) throw new HostError("excel.errors.protected", { sheet: name });
  fixes.forEach((fix, i) => {
    const range = shown[i];
    const formula = range?.formulas[0]?.[0];
    if (typeof formula === "string" && formula.startsWith("=")) {
      throw new HostError("excel.errors.fixOnFormula", { cell: fix.cell, formula });
    }
    // The engine trims what it read, so spaces around the shown text are not an edit.
    const now = range?.text[0]?.[0] ?? "";
    if (now.trim() !== fix.before.trim()) {
      throw new HostError("excel.errors.fixOutdated", { cell: fix.cell, before: fix.before, now });
    }
  });

  const writing = new SyncBudget(context);
  for (const fix of fixes) {
    await writing.reserve(2 * COMMAND_BYTES + fix.cell.length + (fix.format?.length ?? 0) + 24);
    const cell = sheet.getRange(fix.cell);
    if (fix.format) cell.numberFormat = [[fix.format]];
    cell.values = [[fix.value]];
  }
  await writing.flush();
}
