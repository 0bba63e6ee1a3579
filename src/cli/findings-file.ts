import { extname } from "node:path";
import { findingCells, findingHeaders, findingRows, type FindingRow } from "../core/findings";
import type { Lang } from "../core/types";
import { findingsWorkbook } from "../xlsx/write-findings";
import type { FileResult } from "./inspect";

export type FindingsFormat = "xlsx" | "csv";

/** The format an output path asks for by its extension; null for any other. */
export function findingsFormat(path: string): FindingsFormat | null {
  const ext = extname(path).toLowerCase();
  return ext === ".xlsx" ? "xlsx" : ext === ".csv" ? "csv" : null;
}

/** Every checked sheet's findings, file by file. */
export function allFindings(results: FileResult[], lang: Lang): FindingRow[] {
  return results.flatMap((result) =>
    result.sheets.flatMap((sheet) => (sheet.analysis ? findingRows(result.file, sheet.analysis, lang) : [])),
  );
}

/**
 * A field as RFC 4180 quotes it. A text that a spreadsheet would run as a formula (=, +, -, @ first) is kept
 * from running by a leading apostrophe, which Excel shows as text; a figure such as "-3,8" is left as it is.
 */
function csvField(text: string): string {
  const inert = /^[=+@\t\r]/.test(text) || /^-(?![\d.,]+%?$)/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

/** UTF-8 with a byte-order mark, so Excel opens Vietnamese text as it is; lines end in CRLF as RFC 4180 says. */
export function findingsCsv(rows: FindingRow[], lang: Lang): Uint8Array {
  const lines = [findingHeaders(lang), ...rows.map(findingCells)].map((cells) => cells.map(csvField).join(","));
  return new TextEncoder().encode(`\uFEFF${lines.join("\r\n")}\r\n`);
}

export async function findingsBytes(format: FindingsFormat, rows: FindingRow[], lang: Lang): Promise<Uint8Array> {
  return format === "csv" ? findingsCsv(rows, lang) : findingsWorkbook(rows, lang);
}
