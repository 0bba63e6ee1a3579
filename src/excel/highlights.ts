/**
 * Marks issue cells without touching them: each severity gets one custom conditional format (a few, for many
 * cells) whose rule is always true and carries a marker, `=N("ChiTieu:error")=0`. The cells' own fills, fonts,
 * number formats and conditional formats stay as they were, so removing exactly the marked conditional formats
 * leaves the sheet as before. The marker travels with the workbook, so highlights are found again after reopening.
 */
import { issueCells } from "../core/issues";
import type { Issue, Severity } from "../core/types";
import { HostError } from "../host/workbook-host";
import { packCells } from "./a1";
import { COMMAND_BYTES, SyncBudget } from "./batch";
import { isLimitError, officeErrorCode } from "./errors";

const MARKER = "ChiTieu";
const MARKED = new RegExp(`"${MARKER}:(error|warning|info)"`);
/** Excel rejects multi-area addresses of several thousand characters; stay well under. */
const ADDRESS_CHARS = 2000;

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const COLORS: Record<Severity, { fill: string; font: string }> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
  info: { fill: "#DDEBF7", font: "#1F4E78" },
};

export function markerFormula(severity: Severity): string {
  return `=N("${MARKER}:${severity}")=0`;
}

export function isMarkerFormula(formula: string): boolean {
  return MARKED.test(formula);
}

interface SheetMarks {
  protected: boolean;
  marks: Excel.ConditionalFormat[];
}

/**
 * The sheet's protection and the conditional formats ChiTieu added: two syncs, one when no custom rule exists.
 * Only the types of all rules and the formulas of custom ones are read. Reading some users' rules makes Excel fail
 * (open Office.js bugs, e.g. OfficeDev/office-js#6827 on a range with two cell-value rules): then each custom
 * formula is read alone and a rule that cannot be read is taken as the user's, since ours are always readable.
 * If not even the list of types can be read, the user is told so and nothing is changed.
 */
async function findMarks(context: Excel.RequestContext, sheet: Excel.Worksheet, name: string): Promise<SheetMarks> {
  const protection = sheet.protection.load("protected");
  const formats = sheet.getRange().conditionalFormats.load("items/type");
  try {
    await context.sync();
  } catch (error) {
    if (isLimitError(officeErrorCode(error))) throw new HostError("excel.reading.marksUnreadable", { sheet: name });
    throw error;
  }
  const custom = formats.items.filter((cf) => cf.type === "Custom");
  if (custom.length === 0) return { protected: protection.protected, marks: [] };
  const rules = custom.map((cf) => cf.custom.rule.load("formula"));
  try {
    await context.sync();
    return {
      protected: protection.protected,
      marks: custom.filter((_, i) => isMarkerFormula(rules[i]?.formula ?? "")),
    };
  } catch (error) {
    if (!isLimitError(officeErrorCode(error))) throw error;
  }
  const marks: Excel.ConditionalFormat[] = [];
  for (const cf of custom) {
    const rule = cf.custom.rule.load("formula");
    try {
      // One sync per rule, only after the batched read failed: one unreadable rule must not hide the others.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (isLimitError(officeErrorCode(error))) continue;
      throw error;
    }
    if (isMarkerFormula(rule.formula)) marks.push(cf);
  }
  return { protected: protection.protected, marks };
}

function requireUnprotected(marks: SheetMarks, name: string): void {
  if (marks.protected) throw new HostError("excel.errors.protected", { sheet: name });
}

/** Each cell once, with the most severe of the issues about it: an issue about a row's cells marks every one. */
function cellsBySeverity(issues: Issue[]): Map<Severity, { row: number; col: number }[]> {
  const worst = new Map<string, { row: number; col: number; severity: Severity }>();
  for (const issue of issues) {
    for (const { row, col } of issueCells(issue)) {
      const key = `${row}:${col}`;
      const seen = worst.get(key);
      if (!seen || RANK[issue.severity] > RANK[seen.severity]) worst.set(key, { row, col, severity: issue.severity });
    }
  }
  const out = new Map<Severity, { row: number; col: number }[]>();
  for (const cell of worst.values()) {
    const list = out.get(cell.severity) ?? [];
    list.push(cell);
    out.set(cell.severity, list);
  }
  return out;
}

/** Replaces ChiTieu's marks on the sheet by marks for `issues`. */
export async function highlightIssues(context: Excel.RequestContext, name: string, issues: Issue[]): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(name);
  const found = await findMarks(context, sheet, name);
  requireUnprotected(found, name);
  const budget = new SyncBudget(context);
  for (const cf of found.marks) {
    await budget.reserve(COMMAND_BYTES);
    cf.delete();
  }
  const bySeverity = cellsBySeverity(issues);
  // Errors are added last so they end on top when a cell's marks ever overlap.
  for (const severity of ["info", "warning", "error"] as const) {
    const cells = bySeverity.get(severity) ?? [];
    for (const address of packCells(cells, ADDRESS_CHARS)) {
      await budget.reserve(4 * COMMAND_BYTES + address.length);
      const cf = sheet.getRanges(address).conditionalFormats.add("Custom");
      cf.custom.rule.formula = markerFormula(severity);
      cf.custom.format.fill.color = COLORS[severity].fill;
      cf.custom.format.font.color = COLORS[severity].font;
    }
  }
  await budget.flush();
}

export async function clearIssueHighlights(context: Excel.RequestContext, name: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(name);
  const found = await findMarks(context, sheet, name);
  if (found.marks.length === 0) return;
  requireUnprotected(found, name);
  const budget = new SyncBudget(context);
  for (const cf of found.marks) {
    await budget.reserve(COMMAND_BYTES);
    cf.delete();
  }
  await budget.flush();
}

export async function hasIssueHighlights(context: Excel.RequestContext, name: string): Promise<boolean> {
  const found = await findMarks(context, context.workbook.worksheets.getItem(name), name);
  return found.marks.length > 0;
}
