/**
 * A summary table of the user's own on another sheet of the workbook ("Tổng hợp": Hoàn thành 20, Chưa hoàn thành
 * 7, Nhóm chủ trì 11/12), checked against the one indicator table the workbook holds, like a typed conclusion.
 */
import { viewOf, isBlank, type SheetSnapshot, type SheetView } from "../snapshot";
import type { Issue, SheetAnalysis } from "../types";
import { a1, sheetReference } from "../address";
import { statedConclusionMismatch } from "../rules/stated-conclusion-mismatch";
import { statedConclusionConfirmed } from "../rules/stated-conclusion-confirmed";
import { statedConclusionUnchecked } from "../rules/stated-conclusion-unchecked";
import { findingOf } from "../rules/stated-conclusion";
import { claimOfLabels } from "./statements";
import { judgeClaims, type Located } from "./check";
import { SUMMARY_COLS, SUMMARY_ROWS } from "./reach";

/** How far up a column its header may sit above a count. */
const HEADER_REACH = 15;

const FRACTION = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/;

function countAt(view: SheetView, row: number, col: number): { stated: number; of: number | null } | null {
  const value = view.value(row, col);
  if (typeof value === "number")
    return Number.isInteger(value) && value >= 0 && value < 10_000 ? { stated: value, of: null } : null;
  if (typeof value !== "string") return null;
  const m = FRACTION.exec(value);
  return m ? { stated: Number(m[1]), of: Number(m[2]) } : null;
}

function textAt(view: SheetView, row: number, col: number): string {
  const value = view.value(row, col);
  return typeof value === "string" && !FRACTION.test(value) && !isBlank(value) ? value.trim() : "";
}

/** The texts left of a count, and the column of the first: where the row's labels are. */
function rowLabel(view: SheetView, row: number, col: number): { text: string; col: number } {
  const texts: string[] = [];
  let first = col;
  for (let c = view.firstCol; c < col; c++) {
    const text = textAt(view, row, c);
    if (!text) continue;
    texts.push(text);
    first = Math.min(first, c);
  }
  return { text: texts.join(" "), col: first };
}

/** The nearest text above a count in its column, and its row: the header row of the user's table. */
function columnHeader(view: SheetView, row: number, col: number): { text: string; row: number } {
  for (let r = row - 1; r >= Math.max(view.firstRow, row - HEADER_REACH); r--) {
    const text = textAt(view, r, col);
    if (text) return { text, row: r };
  }
  return { text: "", row };
}

/** Counts in the sheet whose row label and column header speak of indicators and of a status or a total. */
export function findTableClaims(view: SheetView): Located[] {
  const claims: Located[] = [];
  const lastRow = Math.min(view.lastRow, view.firstRow + SUMMARY_ROWS - 1);
  const lastCol = Math.min(view.lastCol, view.firstCol + SUMMARY_COLS - 1);
  for (let row = view.firstRow; row <= lastRow; row++) {
    for (let col = view.firstCol; col <= lastCol; col++) {
      const count = countAt(view, row, col);
      if (!count) continue;
      const label = rowLabel(view, row, col);
      const header = columnHeader(view, row, col);
      const labels = {
        row: label.text,
        column: header.text,
        corner: label.col < col && header.row < row ? textAt(view, header.row, label.col) : "",
      };
      const statement = claimOfLabels(labels, count.stated, count.of);
      if (statement) claims.push({ row, col, statement });
    }
  }
  return claims;
}

const RULE_OF = {
  agrees: statedConclusionConfirmed,
  differs: statedConclusionMismatch,
  unchecked: statedConclusionUnchecked,
} as const;

/**
 * The issues a summary sheet of the user's own raises against the workbook's indicator table; their cells name
 * the summary sheet ("'Tổng hợp'!C5"), as they sit outside the table's sheet.
 */
export function ownSummaryIssues(summary: SheetSnapshot, table: SheetAnalysis): Issue[] {
  if (!table.table) return [];
  const view = viewOf(summary);
  const verdicts = judgeClaims(findTableClaims(view), table.indicators, table.summary.groupedBy);
  return verdicts.map((verdict) => {
    const rule = RULE_OF[verdict.outcome];
    const finding = findingOf(verdict);
    const cell = sheetReference(summary.name, a1(finding.row, finding.col));
    return {
      code: rule.code,
      severity: rule.severity,
      cell,
      row: finding.row,
      col: finding.col,
      messageKey: `issues.${rule.code}`,
      params: { ...finding.params, cell, row: finding.row },
    };
  });
}
