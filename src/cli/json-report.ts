import { sheetReport, type Report, type SheetReport } from "../core/report";
import type { Lang } from "../core/types";
import type { FileResult, SheetResult } from "./inspect";

function sheetEntry(sheet: SheetResult, lang: Lang): SheetReport {
  if (sheet.analysis) return sheetReport(sheet.analysis, lang);
  return {
    name: sheet.name,
    skipped: sheet.skipped ?? "",
    table: null,
    indicators: [],
    issues: [],
    summary: { indicators: 0, achieved: 0, notAchieved: 0, noData: 0 },
  };
}

/** The JSON report, version 1 (ReportSchema in src/core/report.ts). */
export function jsonReport(results: FileResult[], lang: Lang): Report {
  return {
    version: 1,
    files: results.map((r) => ({ file: r.file, error: r.error, sheets: r.sheets.map((s) => sheetEntry(s, lang)) })),
  };
}
