/**
 * What the two ribbon buttons do, over any WorkbookHost: "Check sheet" reads and analyses the active sheet, with
 * what the workbook's other sheets state about its table, and marks its problem cells (errors and warnings; notes
 * such as which result column was used are for the pane; problems on another sheet are named, not marked);
 * "Build summary" reads and analyses it and writes the summary sheet in one click.
 * Each returns a notice for the user and never throws.
 */
import { analyzeSheet } from "../core/analyze";
import { splitReference } from "../core/address";
import { issuesOnSheet } from "../core/issues";
import { langFromLocale } from "../core/i18n";
import { buildSummaryPlan } from "../core/summary/build";
import { formatGeneratedAt } from "../core/summary/generated-at";
import type { SheetAnalysis, Severity } from "../core/types";
import { errorMessage } from "../host/error-message";
import { analyzeOptions } from "../host/saved-choices";
import { countsText } from "../host/issue-counts";
import { withOtherSheets } from "../host/other-sheets";
import { HostError, type SheetInfo, type WorkbookHost } from "../host/workbook-host";
import type { RibbonNotice } from "./ribbon-notices";

const PROBLEMS: Severity[] = ["error", "warning"];

function failure(error: unknown): RibbonNotice {
  return { ok: false, ...errorMessage(error) };
}

async function activeSheet(host: WorkbookHost): Promise<SheetInfo> {
  const active = (await host.listSheets()).find((s) => s.active);
  if (!active) throw new HostError("excel.ribbon.noActiveSheet");
  return active;
}

async function analyseActive(host: WorkbookHost, sheet: string): Promise<SheetAnalysis> {
  const snapshot = await host.readSheet(sheet);
  return analyzeSheet(snapshot, analyzeOptions(await host.loadChoices(sheet)));
}

export async function checkActiveSheet(host: WorkbookHost): Promise<RibbonNotice> {
  try {
    const lang = langFromLocale(host.displayLanguage());
    const sheet = await activeSheet(host);
    if (sheet.summary) return { ok: false, key: "excel.ribbon.onOwnSheet", params: { sheet: sheet.name } };
    const analysis = await withOtherSheets(host, await analyseActive(host, sheet.name));
    if (!analysis.table) return { ok: false, key: "excel.ribbon.noTable", params: { sheet: sheet.name } };
    const problems = analysis.issues.filter((issue) => PROBLEMS.includes(issue.severity));
    if (problems.length === 0) {
      if (!sheet.protected) await host.clearHighlights(sheet.name);
      return { ok: true, key: "excel.ribbon.clean", params: { sheet: sheet.name } };
    }
    const counts = countsText(problems, lang);
    if (sheet.protected) {
      return { ok: true, key: "excel.ribbon.checkedProtected", params: { sheet: sheet.name, counts } };
    }
    const marked = issuesOnSheet(problems);
    await host.highlight(sheet.name, marked);
    if (marked.length === problems.length) {
      return { ok: true, key: "excel.ribbon.checked", params: { sheet: sheet.name, counts } };
    }
    // Problems on another sheet (a summary of the user's own) are not marked; the notice says where they are.
    const others = new Set(problems.map((issue) => splitReference(issue.cell).sheet).filter((name) => name !== null));
    const where = { sheet: sheet.name, counts, others: [...others].join("”, “") };
    if (marked.length === 0) return { ok: true, key: "excel.ribbon.checkedOnlyElsewhere", params: where };
    const count = problems.length - marked.length;
    return { ok: true, key: "excel.ribbon.checkedElsewhere", params: { ...where, count } };
  } catch (error) {
    return failure(error);
  }
}

export async function buildActiveSummary(host: WorkbookHost, now: Date = new Date()): Promise<RibbonNotice> {
  try {
    const lang = langFromLocale(host.displayLanguage());
    const sheet = await activeSheet(host);
    if (sheet.summary) return { ok: false, key: "excel.ribbon.onOwnSheet", params: { sheet: sheet.name } };
    const analysis = await analyseActive(host, sheet.name);
    if (!analysis.table) return { ok: false, key: "excel.ribbon.noTable", params: { sheet: sheet.name } };
    const plan = buildSummaryPlan(analysis, { lang, file: null, generatedAt: formatGeneratedAt(now, lang) });
    const summary = await host.writeSummary(plan);
    const { achieved, indicators } = analysis.summary;
    return {
      ok: true,
      key: "excel.ribbon.summaryWritten",
      params: { summary, sheet: sheet.name, achieved, total: indicators },
    };
  } catch (error) {
    return failure(error);
  }
}
