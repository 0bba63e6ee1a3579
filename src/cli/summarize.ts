import { basename, extname } from "node:path";
import { t } from "../core/i18n";
import { buildSummaryPlan } from "../core/summary/build";
import { formatGeneratedAt } from "../core/summary/generated-at";
import type { SummaryPlan } from "../core/summary/plan";
import type { Lang } from "../core/types";
import { summaryWorkbook } from "../xlsx/write-summary";
import { inspectOptions, inspectWithProgress } from "./check";
import { buildByUnitPlan, type UnitEntry } from "../core/summary/by-unit";
import { EXIT_ERRORS, EXIT_OK, EXIT_UNUSABLE } from "./exit-code";
import type { FileResult, SheetResult } from "./inspect";
import type { CliIo } from "./io";
import type { SummarizeOptions } from "./options";
import { progress } from "./progress";
import { checkedOutputPath } from "./output-path";
import { distinguishingNames } from "./unit-names";
import { uniqueSheetNames } from "../xlsx/sheet-names";
import { writeAtomically } from "./write-atomically";
import { writeFailureReason } from "./write-failure";

function unitLabel(file: string): string {
  return basename(file, extname(file));
}

function consolidationEntries(results: FileResult[], lang: Lang, tabs: Map<SheetResult, string>): UnitEntry[] {
  return results.flatMap((r): UnitEntry[] => {
    const unit = unitLabel(r.file);
    const none = { sheet: null, summary: null, near: null, errors: 0, warnings: 0, tab: null };
    if (r.error) return [{ unit, ...none, note: t(lang, "cli.consolidation.unreadable", { reason: r.error }) }];
    const checked = r.sheets.filter((s) => s.analysis);
    if (checked.length === 0) return [{ unit, ...none, note: t(lang, "cli.consolidation.noTable") }];
    return checked.map((s) => {
      const issues = s.analysis!.issues;
      return {
        unit: checked.length > 1 ? `${unit} – ${s.name}` : unit,
        sheet: s.name,
        summary: s.analysis!.summary,
        near: s.analysis!.near,
        errors: issues.filter((i) => i.severity === "error").length,
        warnings: issues.filter((i) => i.severity === "warning").length,
        note: null,
        tab: tabs.get(s) ?? null,
      };
    });
  });
}

/**
 * One summary plan per checked sheet, plus the "by unit" sheet whenever there were several inputs, so an input
 * that could not be read is named in the workbook too. Each unit's tab is named after the unit (the agency its
 * title rows name, else its file name; the part that tells it from the others) and its by-unit row links to it.
 */
export function summaryPlans(results: FileResult[], lang: Lang, generatedAt: string): SummaryPlan[] {
  const sheets = results.flatMap((r) => {
    const checked = r.sheets.filter((s) => s.analysis);
    return checked.map((s) => ({
      result: s,
      unit: checked.length > 1 ? `${unitLabel(r.file)} ${s.name}` : unitLabel(r.file),
      plan: buildSummaryPlan(s.analysis!, { lang, file: basename(r.file), generatedAt }),
    }));
  });
  if (sheets.length === 0) return [];
  if (sheets.length === 1 && results.length === 1) return [sheets[0]!.plan];
  // The agencies the title rows name, when every sheet names one and they all differ; else the file names.
  const agencies = sheets.map((s) => s.result.agency ?? null);
  const byAgency =
    agencies.every((a) => a !== null) && new Set(agencies.map((a) => a!.toLowerCase())).size === agencies.length;
  const labels = byAgency ? (agencies as string[]) : sheets.map((s) => s.unit);
  const names = uniqueSheetNames(distinguishingNames(labels), [t(lang, "cli.consolidation.sheetName")]);
  const tabs = new Map(sheets.map((s, i) => [s.result, names[i]!]));
  const entries = consolidationEntries(results, lang, tabs);
  const consolidation = buildByUnitPlan(entries, results.length, lang, generatedAt);
  return [consolidation, ...sheets.map((s, i) => ({ ...s.plan, sheetName: names[i]! }))];
}

/**
 * `summarize FILE... -o OUT.xlsx`: the summary workbook. Exit 0 when every input went into it, 1 when some
 * input could not be read, 2 when nothing could be summarised or the output could not be written.
 */
export async function runSummarize(files: string[], options: SummarizeOptions, io: CliIo): Promise<number> {
  const { lang } = options;
  const output = await checkedOutputPath(files, options.output);
  const started = io.now().getTime();
  const results = await inspectWithProgress(files, inspectOptions(options), io);
  // A large table takes a while to summarise and write: say what is happening, after the files' own lines.
  const bar = progress(io, lang, started);
  const indicators = results.reduce(
    (n, r) => n + r.sheets.reduce((m, s) => m + (s.analysis?.summary.indicators ?? 0), 0),
    0,
  );
  bar.step(t(lang, "cliRun.progress.building", { indicators: t(lang, "cli.count.indicators", { count: indicators }) }));
  const plans = summaryPlans(results, lang, formatGeneratedAt(io.now(), lang));
  if (plans.length === 0) {
    bar.done();
    io.err(`${t(lang, "cli.summarize.nothing")}\n`);
    return EXIT_UNUSABLE;
  }
  try {
    bar.step(t(lang, "cliRun.progress.writing", { file: options.output }));
    const bytes = await summaryWorkbook(plans);
    await writeAtomically(output, bytes);
    bar.done();
  } catch (error) {
    bar.done();
    const reason = writeFailureReason(error, output, lang);
    io.err(`${t(lang, "cli.summarize.writeFailed", { file: options.output, reason })}\n`);
    return EXIT_UNUSABLE;
  }
  io.out(
    `${t(lang, "cli.summarize.wrote", {
      file: options.output,
      sheets: t(lang, "cli.count.summarySheets", { count: plans.length }),
    })}\n`,
  );
  return results.some((r) => r.error) ? EXIT_ERRORS : EXIT_OK;
}
