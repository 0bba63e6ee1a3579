import { readFile } from "node:fs/promises";
import type { SheetSnapshot } from "../core/snapshot";
import { fileKind } from "./file-kind";
import { WorkbookReadError } from "./read-error";
import { sheetGrid } from "./reader/grid";
import { sharedStrings } from "./reader/shared-strings";
import { sheetCells } from "./reader/sheet-part";
import { styleFormats } from "./reader/number-formats";
import { readWorkbookPart, type SheetEntry } from "./reader/workbook-part";
import { parseXml, type XmlHandlers } from "./reader/xml";
import { MAX_INFLATED_BYTES, ZipParts } from "./reader/zip";

export interface WorkbookSheet {
  name: string;
  /** Null for a sheet without any value, or one that is skipped (`skipped` says why). */
  snapshot: SheetSnapshot | null;
  /** Catalogue key of the reason a sheet with content is not checked (ChiTieu's own summary sheet). */
  skipped?: string;
  /** Cells left out because they lie far from the table, the first of them named. */
  ignored?: { count: number; cell: string };
}

export interface ReadOptions {
  /** Read only the sheet with this name. */
  sheet?: string;
  /** What the parts read may inflate to, in bytes (MAX_INFLATED_BYTES unless a host needs less). */
  maxInflatedBytes?: number;
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

/** The zip inside the file, after checking what the bytes are, so every failure has a precise reason. */
function openZip(bytes: Buffer, maxInflated: number): ZipParts {
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
      return new ZipParts(bytes, maxInflated);
  }
}

/** Parses a part the workbook cannot do without; XML that is not well formed makes the file damaged. */
function required(part: Uint8Array) {
  return (handlers: XmlHandlers) => {
    try {
      parseXml(part, handlers);
    } catch (error) {
      if (error instanceof WorkbookReadError) throw error;
      throw new WorkbookReadError("cli.read.corrupt");
    }
  };
}

/** Styles only give number formats: a styles part that cannot be parsed leaves every cell "General". */
function formatsOf(part: Uint8Array | undefined): string[] {
  if (!part) return [];
  try {
    return styleFormats((handlers) => parseXml(part, handlers));
  } catch {
    return [];
  }
}

/**
 * Every worksheet of an .xlsx file (or the one named), as snapshots, read straight from the zip's XML: only
 * the workbook, its relationships, shared strings, styles and the worksheets are opened, so charts, drawings
 * and other optional parts can never make a file unreadable. Never writes to the file.
 * Rejects with WorkbookReadError when the file cannot be used at all.
 */
export async function readWorkbook(path: string, options: ReadOptions = {}): Promise<WorkbookSheet[]> {
  const zip = openZip(await readBytes(path), options.maxInflatedBytes ?? MAX_INFLATED_BYTES);
  const workbook = readWorkbookPart(zip, (part, handlers) => required(part)(handlers));
  if (workbook.sheets.length === 0) throw new WorkbookReadError("cli.read.noSheets");
  const chosen: SheetEntry[] =
    options.sheet === undefined ? workbook.sheets : workbook.sheets.filter((s) => s.name === options.sheet);
  if (options.sheet !== undefined && chosen.length === 0) {
    throw new WorkbookReadError("cli.read.noSuchSheet", {
      sheet: options.sheet,
      sheets: workbook.sheets.map((s) => s.name).join(", "),
    });
  }
  const toRead = chosen.filter((s) => !s.summary);
  const common = zip.read(
    [workbook.sharedStrings, workbook.styles].filter((p): p is string => p !== null && toRead.length > 0),
  );
  const stringsPart = workbook.sharedStrings ? common.get(workbook.sharedStrings) : undefined;
  const strings = stringsPart ? sharedStrings(required(stringsPart)) : [];
  const styles = formatsOf(workbook.styles ? common.get(workbook.styles) : undefined);

  const sheets = chosen.map((entry): WorkbookSheet => {
    if (entry.summary) return { name: entry.name, snapshot: null, skipped: "reader.summarySheet" };
    const part = zip.readOne(entry.part);
    if (!part) throw new WorkbookReadError("cli.read.corrupt");
    const cells = sheetCells(required(part), { sheet: entry.name, strings, styles, date1904: workbook.date1904 });
    const grid = sheetGrid(entry.name, cells);
    return {
      name: entry.name,
      snapshot: grid?.snapshot ?? null,
      ...(grid?.ignored ? { ignored: grid.ignored } : {}),
    };
  });
  if (options.sheet === undefined && sheets.every((s) => s.snapshot === null && !s.skipped))
    throw new WorkbookReadError("cli.read.emptyWorkbook");
  return sheets;
}
