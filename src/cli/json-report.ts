import { sheetReport, type Report, type SheetReport } from "../core/report";
import type { Lang } from "../core/types";
import { summarize } from "../core/analyze";
import { DEFAULT_NEAR } from "../core/judge";
import type { FileResult, SheetResult } from "./inspect";

function sheetEntry(sheet: SheetResult, lang: Lang): SheetReport {
  if (sheet.analysis) return sheetReport(sheet.analysis, lang);
  return {
    name: sheet.name,
    skipped: sheet.skipped ?? "",
    table: null,
    indicators: [],
    issues: [],
    period: null,
    near: DEFAULT_NEAR,
    narrative: null,
    summary: summarize([]),
  };
}

/** The JSON report, version 2 (ReportSchema in src/core/report.ts). */
export function jsonReport(results: FileResult[], lang: Lang): Report {
  return {
    version: 2,
    files: results.map((r) => ({ file: r.file, error: r.error, sheets: r.sheets.map((s) => sheetEntry(s, lang)) })),
  };
}
