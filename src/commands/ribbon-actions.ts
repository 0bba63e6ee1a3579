/**
 * What the two ribbon buttons do, over any WorkbookHost: "Check sheet" reads and analyses the active sheet and
 * marks its problem cells (errors and warnings; notes such as which result column was used are for the pane);
 * "Build summary" reads and analyses it and writes the summary sheet in one click.
 * Each returns a notice for the user and never throws.
 */
import { analyzeSheet } from "../core/analyze";
import { hasMessage, langFromLocale, t } from "../core/i18n";
import { buildSummaryPlan } from "../core/summary/build";
import type { Issue, Lang, SheetAnalysis, Severity } from "../core/types";
import { HostError, type SheetInfo, type WorkbookHost } from "../host/workbook-host";
import type { RibbonNotice } from "./ribbon-notices";

const PROBLEMS: Severity[] = ["error", "warning"];

function failure(error: unknown): RibbonNotice {
  if (error instanceof HostError && hasMessage(error.messageKey))
    return { ok: false, key: error.messageKey, params: error.params };
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, key: "excel.errors.unexpected", params: { code: "-", detail } };
}

async function activeSheet(host: WorkbookHost): Promise<SheetInfo> {
  const active = (await host.listSheets()).find((s) => s.active);
  if (!active) throw new HostError("excel.ribbon.noActiveSheet");
  return active;
}

async function analyseActive(host: WorkbookHost, sheet: string): Promise<SheetAnalysis> {
  const snapshot = await host.readSheet(sheet);
  const mapping = await host.loadMapping(sheet);
  return analyzeSheet(snapshot, mapping ? { mapping } : {});
}

function countsText(issues: Issue[], lang: Lang): string {
  return PROBLEMS.map((severity) => ({ severity, count: issues.filter((i) => i.severity === severity).length }))
    .filter(({ count }) => count > 0)
    .map(({ severity, count }) => t(lang, `excel.ribbon.count.${severity}`, { count }))
    .join(", ");
}

/** A summary sheet of either language, possibly numbered ("Tổng hợp (2)"): analysing it would make no sense. */
function isSummaryName(name: string): boolean {
  return (["vi", "en"] as const).some((lang) => {
    const base = t(lang, "summary.sheetName");
    return name === base || (name.startsWith(`${base} (`) && /^\(\d+\)$/.test(name.slice(base.length + 1)));
  });
}

export async function checkActiveSheet(host: WorkbookHost): Promise<RibbonNotice> {
  try {
    const lang = langFromLocale(host.displayLanguage());
    const sheet = await activeSheet(host);
    const analysis = await analyseActive(host, sheet.name);
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
    await host.highlight(sheet.name, problems);
    return { ok: true, key: "excel.ribbon.checked", params: { sheet: sheet.name, counts } };
  } catch (error) {
    return failure(error);
  }
}

function timestamp(lang: Lang, now: Date): string {
  return new Intl.DateTimeFormat(lang === "vi" ? "vi-VN" : "en-GB", { dateStyle: "short", timeStyle: "short" }).format(
    now,
  );
}

export async function buildActiveSummary(host: WorkbookHost, now: Date = new Date()): Promise<RibbonNotice> {
  try {
    const lang = langFromLocale(host.displayLanguage());
    const sheet = await activeSheet(host);
    if (isSummaryName(sheet.name)) return { ok: false, key: "excel.ribbon.onSummary", params: { sheet: sheet.name } };
    const analysis = await analyseActive(host, sheet.name);
    if (!analysis.table) return { ok: false, key: "excel.ribbon.noTable", params: { sheet: sheet.name } };
    const plan = buildSummaryPlan(analysis, { lang, file: null, generatedAt: timestamp(lang, now) });
    await host.writeSummary(plan);
    const { achieved, indicators } = analysis.summary;
    return {
      ok: true,
      key: "excel.ribbon.summaryWritten",
      params: { summary: plan.sheetName, sheet: sheet.name, achieved, total: indicators },
    };
  } catch (error) {
    return failure(error);
  }
}
