import { columnLetter } from "../core/address";
import { bandLabel } from "../core/band-text";
import { hasPace, paceCounts } from "../core/counts";
import { indicatorGapText } from "../core/gap-text";
import { t } from "../core/i18n";
import { issueMessage } from "../core/issues";
import { periodLabel } from "../core/judging-input";
import { meetingParagraph } from "../core/narrative/write";
import { ROLES, type Band, type Lang, type SheetAnalysis, type TableLayout } from "../core/types";
import type { FileResult } from "./inspect";

/** "1 file", "2 files": `cli.count.<what>` for `count`. */
function counted(lang: Lang, what: string, count: number): string {
  return t(lang, `cli.count.${what}`, { count });
}

function columnsLine(table: TableLayout, lang: Lang): string {
  const parts: string[] = [];
  for (const role of ROLES) {
    const col = table.columns[role];
    if (col === undefined) continue;
    const result = role === "actual" ? table.resultColumns.find((r) => r.col === col) : undefined;
    const label = result ? ` «${result.label}»` : "";
    parts.push(`${t(lang, `common.role.${role}`)} ${columnLetter(col)}${label}`);
  }
  return parts.join(", ");
}

/** Text wrapped at word boundaries into indented lines, so a terminal or a printout shows the paragraph whole. */
export function wrapped(text: string, indent: string, width = 100): string[] {
  const lines: string[] = [];
  let line = "";
  // Only ordinary spaces break: the no-break space of "90 %" (percentText) keeps the sign with its figure.
  for (const word of text.split(" ")) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

/** What a meeting asks about first: the indicators not achieved, then those near, each with its distance from plan. */
function shortfallLines(analysis: SheetAnalysis, lang: Lang): string[] {
  const actual = analysis.table?.columns.actual;
  const lines: string[] = [];
  for (const band of ["not_achieved", "near"] satisfies Band[]) {
    const listed = analysis.indicators.filter((i) => i.band === band);
    if (listed.length === 0) continue;
    lines.push(t(lang, "cli.check.band", { band: bandLabel(band, analysis.near, lang) }));
    for (const indicator of listed) {
      const cell = actual === undefined ? String(indicator.row) : `${columnLetter(actual)}${indicator.row}`;
      lines.push(
        t(lang, "cli.check.indicator", {
          cell: cell.padEnd(5),
          name: indicator.name,
          gap: indicatorGapText(indicator, lang),
        }),
      );
    }
  }
  return lines;
}

/**
 * Pace counts, only for a partial period (a whole period, or none, has no pace); a quarter's own figures, and a part
 * period with nothing paced (rates alone), say why they have none, where a reader of a mid-year table looks for the
 * pace, rather than "0, 0, 0".
 */
function paceLine(analysis: SheetAnalysis, lang: Lang): string[] {
  const { period, summary } = analysis;
  if (period?.quarterOnly) return [t(lang, "cli.check.quarterOnly", { label: periodLabel(period, lang) })];
  const counts = paceCounts(period, summary);
  if (!period || counts === null) return [];
  if (!hasPace(counts)) return [t(lang, "cli.check.nothingPaced")];
  return [t(lang, "cli.check.pace", { label: periodLabel(period, lang), elapsed: period.elapsed, ...counts })];
}

function sheetLines(analysis: SheetAnalysis, lang: Lang): string[] {
  const table = analysis.table!;
  const { summary, issues } = analysis;
  const count = (severity: string) => issues.filter((i) => i.severity === severity).length;
  const lines = [
    t(lang, "cli.check.table", {
      count: table.headerRows.length,
      header: table.headerRows.join("–"),
      first: table.firstRow,
      last: table.lastRow,
    }),
    t(lang, "cli.check.columns", { columns: columnsLine(table, lang) }),
    t(lang, "cli.check.counts", {
      indicators: counted(lang, "indicators", summary.indicators),
      achieved: summary.achieved,
      near: summary.near,
      notAchieved: summary.notAchieved,
      noData: summary.noData,
    }),
    ...paceLine(analysis, lang),
    ...shortfallLines(analysis, lang),
    ...wrapped(meetingParagraph(analysis, lang), "    "),
  ];
  if (issues.length === 0) return [...lines, t(lang, "cli.check.noIssues")];
  lines.push(
    t(lang, "cli.check.issues", {
      errors: counted(lang, "errors", count("error")),
      warnings: counted(lang, "warnings", count("warning")),
      infos: counted(lang, "notes", count("info")),
    }),
  );
  for (const issue of issues) {
    lines.push(
      t(lang, "cli.check.issue", {
        cell: issue.cell.padEnd(5),
        severity: t(lang, `common.severity.${issue.severity}`),
        message: issueMessage(issue, lang),
      }),
    );
  }
  return lines;
}

/** The report a person reads: per file and sheet, the table found, its counts and its issues by cell. */
export function humanReport(results: FileResult[], lang: Lang): string {
  const lines: string[] = [];
  let sheets = 0;
  let skipped = 0;
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    lines.push(t(lang, "cli.check.file", { file: result.file }));
    if (result.error) lines.push(t(lang, "cli.check.fileError", { reason: result.error }));
    for (const sheet of result.sheets) {
      lines.push(t(lang, "cli.check.sheet", { sheet: sheet.name }));
      if (!sheet.analysis) {
        skipped++;
        lines.push(t(lang, "cli.check.skipped", { reason: sheet.skipped ?? "" }));
        continue;
      }
      sheets++;
      errors += sheet.analysis.issues.filter((i) => i.severity === "error").length;
      warnings += sheet.analysis.issues.filter((i) => i.severity === "warning").length;
      lines.push(...sheetLines(sheet.analysis, lang));
    }
    lines.push("");
  }
  const unreadable = results.filter((r) => r.error !== null).length;
  lines.push(
    t(lang, "cli.check.total", {
      files: counted(lang, "files", results.length),
      sheets: counted(lang, "sheetsChecked", sheets),
      skipped: counted(lang, "sheetsSkipped", skipped),
      unreadable: counted(lang, "filesUnreadable", unreadable),
      errors: counted(lang, "errors", errors),
      warnings: counted(lang, "warnings", warnings),
    }),
  );
  return `${lines.join("\n")}\n`;
}
