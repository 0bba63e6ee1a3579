/**
 * Findings one can hand over: one row per issue, with the file, sheet, cell, severity, rule, message, the value
 * seen and the value expected where there is one, like DHIS2's violation report. The command line writes them
 * to an .xlsx or .csv file and the add-in to a sheet; both take these rows, so the two agree.
 */
import { t } from "./i18n";
import { issueMessage } from "./issues";
import { percentText } from "./figures";
import { formatNumber } from "./numbers";
import { ruleOf, type FindingValue } from "./rules";
import type { Issue, Lang, SheetAnalysis } from "./types";

export const FINDING_COLUMNS = [
  "file",
  "sheet",
  "cell",
  "severity",
  "code",
  "rule",
  "message",
  "seen",
  "expected",
] as const;
export type FindingColumn = (typeof FINDING_COLUMNS)[number];

export interface FindingRow extends Record<FindingColumn, string> {
  /** The issue's cell on its sheet, for a host that links to it. */
  row: number;
  col: number;
}

/** Column widths in characters, as a spreadsheet shows them: the message widest. */
export const FINDING_WIDTHS: Record<FindingColumn, number> = {
  file: 28,
  sheet: 18,
  cell: 8,
  severity: 11,
  code: 24,
  rule: 30,
  message: 80,
  seen: 20,
  expected: 20,
};

function valueText(value: FindingValue | undefined, lang: Lang): string {
  if (!value) return "";
  switch (value.kind) {
    case "text":
      return value.text;
    case "number":
      return formatNumber(value.value, lang);
    case "percent":
      return percentText(value.value, lang);
    case "status":
      return t(lang, `common.status.${value.status}`);
  }
}

/** A safe fix says what the cell should hold: the number a text stood for. */
function fixValue(issue: Issue): FindingValue | undefined {
  if (!issue.fix) return undefined;
  return issue.fix.format?.includes("%")
    ? { kind: "percent", value: issue.fix.value }
    : { kind: "number", value: issue.fix.value };
}

export function findingHeaders(lang: Lang): string[] {
  return FINDING_COLUMNS.map((column) => t(lang, `findings.columns.${column}`));
}

/** The rows of one checked sheet, in the order of its issues (by cell). */
export function findingRows(file: string, analysis: SheetAnalysis, lang: Lang): FindingRow[] {
  return analysis.issues.map((issue) => {
    const rule = ruleOf(issue.code);
    const values = rule?.values?.(issue.params) ?? {};
    const expected = values.expected ?? fixValue(issue);
    return {
      file,
      sheet: analysis.sheet,
      cell: issue.cell,
      row: issue.row,
      col: issue.col,
      severity: t(lang, `common.severity.${issue.severity}`),
      code: issue.code,
      rule: rule ? rule.title[lang] : issue.code,
      message: issueMessage(issue, lang),
      seen: valueText(values.seen, lang),
      expected: valueText(expected, lang),
    };
  });
}

/** A row's texts in column order. */
export function findingCells(row: FindingRow): string[] {
  return FINDING_COLUMNS.map((column) => row[column]);
}
