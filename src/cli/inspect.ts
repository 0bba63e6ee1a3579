import { parseA1 } from "../core/address";
import { analyzeSheet } from "../core/analyze";
import { ownSummaryIssues } from "../core/conclusions/own-summary";
import { issueMessage } from "../core/issues";
import { t } from "../core/i18n";
import type { ColumnMapping } from "../core/mapping";
import type { OutlierOptions } from "../core/series/outliers";
import { columnIndex, columnLetter } from "../core/address";
import type { SheetSnapshot } from "../core/snapshot";
import { ROLES, type Issue, type Lang, type Period, type SheetAnalysis } from "../core/types";
import { readWorkbook } from "../xlsx/read-workbook";
import { WorkbookReadError } from "../xlsx/read-error";
import { errorReason } from "./error-reason";
import { agencyOf, titleAgencyOf } from "../core/consolidate/unit-name";
import { assertRegularFile } from "./input-file";

export interface SheetResult {
  name: string;
  /** Why the sheet holds no indicator table; null for a checked sheet. */
  skipped: string | null;
  analysis: SheetAnalysis | null;
  /** The reporting agency the title rows name, if any: above the table, or at the top of a sheet without one. */
  agency?: string | null;
}

export interface FileResult {
  /** The path as given on the command line. */
  file: string;
  /** Why the file could not be read at all; null when it was read. */
  error: string | null;
  sheets: SheetResult[];
}

export interface InspectOptions {
  sheet?: string;
  map?: ColumnMapping;
  /** The user's reporting period (null: none); left out, each table's own words decide. */
  period?: Period | null;
  near?: number;
  /** Outlier thresholds the user changed; the rest keep their defaults. */
  outliers?: Partial<OutlierOptions>;
  lang: Lang;
}

/** The reader left cells far from the table out of the snapshot: said as a warning at the first of them. */
function farCellsIssue(ignored: { count: number; cell: string }): Issue {
  const at = parseA1(ignored.cell)!;
  return {
    code: "far-cells-ignored",
    severity: "warning",
    cell: ignored.cell,
    row: at.row,
    col: at.col,
    messageKey: "reader.farCells",
    params: { count: ignored.count, cell: ignored.cell },
  };
}

/**
 * Why `--map` cannot apply to this sheet: a mapped column beyond the sheet's used columns holds nothing, so the
 * sheet would be checked against empty cells and every row reported as without data.
 */
function mappedOutside(snapshot: SheetSnapshot, mapping: ColumnMapping, lang: Lang): string | null {
  const first = snapshot.origin.col;
  const last = first + snapshot.values.reduce((widest, row) => Math.max(widest, row.length), 0) - 1;
  for (const role of ROLES) {
    const letter = mapping[role];
    if (letter === undefined) continue;
    const col = columnIndex(letter);
    if (col >= first && col <= last) continue;
    return t(lang, "cliRun.map.outside", {
      column: letter.toUpperCase(),
      role: t(lang, `common.role.${role}`),
      first: columnLetter(first),
      last: columnLetter(last),
    });
  }
  return null;
}

function readFailure(error: unknown, lang: Lang): string {
  if (error instanceof WorkbookReadError) return t(lang, error.messageKey, error.params);
  return t(lang, "cli.read.unreadable", { reason: errorReason(error, lang) });
}

/**
 * Reads one file and analyses each of its sheets; never throws: whatever fails while reading or analysing this
 * file becomes the result's `error`, and the run goes on with the next file.
 */
export async function inspectFile(file: string, options: InspectOptions): Promise<FileResult> {
  try {
    await assertRegularFile(file);
    const sheets = await readWorkbook(file, { sheet: options.sheet });
    const results = sheets.map(({ name, snapshot, skipped, ignored }): SheetResult => {
      if (!snapshot) return { name, skipped: t(options.lang, skipped ?? "cli.skipped.empty"), analysis: null };
      const outside = options.map ? mappedOutside(snapshot, options.map, options.lang) : null;
      if (outside) return { name, skipped: outside, analysis: null };
      const analysis = analyzeSheet(snapshot, {
        ...(options.map ? { mapping: options.map } : {}),
        ...(options.period !== undefined ? { period: options.period } : {}),
        ...(options.near !== undefined ? { near: options.near } : {}),
        ...(options.outliers ? { outliers: options.outliers } : {}),
      });
      if (ignored) analysis.issues.push(farCellsIssue(ignored));
      if (!analysis.table) {
        const why = analysis.issues[0];
        const skipped = why ? issueMessage(why, options.lang) : "";
        return { name, skipped, analysis: null, agency: titleAgencyOf(snapshot) };
      }
      return { name, skipped: null, analysis, agency: agencyOf(snapshot, analysis.table.headerRows[0]!) };
    });
    checkOwnSummaries(sheets, results);
    return { file, error: null, sheets: results };
  } catch (error) {
    return { file, error: readFailure(error, options.lang), sheets: [] };
  }
}

/**
 * A workbook with one indicator table and sheets without one: counts on those sheets (a summary of the user's own)
 * are checked against the table, and what they raise joins the table's issues.
 */
function checkOwnSummaries(sheets: { snapshot: SheetSnapshot | null }[], results: SheetResult[]): void {
  const tables = results.filter((r) => r.analysis?.table);
  if (tables.length !== 1) return;
  const table = tables[0]!.analysis!;
  results.forEach((result, i) => {
    const snapshot = sheets[i]!.snapshot;
    if (result.analysis || !snapshot) return;
    table.issues.push(...ownSummaryIssues(snapshot, table));
  });
}

/** Inspects files one after another (each workbook is held in memory only while it is analysed). */
export async function inspectFiles(
  files: string[],
  options: InspectOptions,
  onFile: (index: number, file: string) => void = () => {},
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const [i, file] of files.entries()) {
    onFile(i, file);
    results.push(await inspectFile(file, options));
  }
  return results;
}

export function checkedSheets(results: FileResult[]): { file: string; analysis: SheetAnalysis }[] {
  return results.flatMap((r) => r.sheets.flatMap((s) => (s.analysis ? [{ file: r.file, analysis: s.analysis }] : [])));
}
