import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { SheetSnapshot } from "../core/snapshot";
import { fileKind } from "./file-kind";
import { WorkbookReadError } from "./read-error";
import { worksheetSnapshot } from "./worksheet-snapshot";

export interface WorkbookSheet {
  name: string;
  /** Null for a sheet without any value. */
  snapshot: SheetSnapshot | null;
}

export interface ReadOptions {
  /** Read only the sheet with this name. */
  sheet?: string;
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new WorkbookReadError("cli.read.missing");
    if (code === "EISDIR") throw new WorkbookReadError("cli.read.directory");
    if (code === "EACCES" || code === "EPERM") throw new WorkbookReadError("cli.read.denied");
    throw new WorkbookReadError("cli.read.unreadable", { reason: code ?? String(error) });
  }
}

/** Loads the workbook with exceljs after checking what the bytes are, so every failure has a precise reason. */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const bytes = await readBytes(path);
  switch (fileKind(bytes)) {
    case "empty":
      throw new WorkbookReadError("cli.read.emptyFile");
    case "encrypted":
      throw new WorkbookReadError("cli.read.encrypted");
    case "legacy-xls":
      throw new WorkbookReadError("cli.read.legacyXls");
    case "other":
      throw new WorkbookReadError("cli.read.notXlsx");
    case "zip":
      break;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new WorkbookReadError("cli.read.corrupt");
  }
  if (workbook.worksheets.length === 0) throw new WorkbookReadError("cli.read.noSheets");
  return workbook;
}

/**
 * Every worksheet of an .xlsx file (or the one named), as snapshots. Never writes to the file.
 * Rejects with WorkbookReadError when the file cannot be used at all.
 */
export async function readWorkbook(path: string, options: ReadOptions = {}): Promise<WorkbookSheet[]> {
  const workbook = await loadWorkbook(path);
  const date1904 = Boolean(workbook.properties?.date1904);
  const chosen =
    options.sheet === undefined ? workbook.worksheets : workbook.worksheets.filter((s) => s.name === options.sheet);
  if (options.sheet !== undefined && chosen.length === 0) {
    throw new WorkbookReadError("cli.read.noSuchSheet", {
      sheet: options.sheet,
      sheets: workbook.worksheets.map((s) => s.name).join(", "),
    });
  }
  const sheets = chosen.map((sheet) => ({ name: sheet.name, snapshot: worksheetSnapshot(sheet, date1904) }));
  if (options.sheet === undefined && sheets.every((s) => s.snapshot === null))
    throw new WorkbookReadError("cli.read.emptyWorkbook");
  return sheets;
}
