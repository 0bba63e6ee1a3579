/**
 * `consolidate FILE... -o OUT.xlsx [--json]`: the units' tables matched indicator by indicator into one
 * workbook (matrix, by indicator, ranking, not matched) and, with --json, the same as JSON on stdout. Files are
 * read one after another and only their indicators' figures kept, so memory does not grow with their number.
 */
import { basename, extname } from "node:path";
import {
  Consolidation,
  consolidationParagraph,
  type ConsolidationResult,
  unitIndicators,
  type UnitSource,
} from "../core/consolidate";
import { buildConsolidationPlans } from "../core/consolidate/plan";
import { consolidationReport } from "../core/consolidate/report";
import { periodWarning, placeText } from "../core/consolidate/plan";
import { t } from "../core/i18n";
import { formatGeneratedAt } from "../core/summary/generated-at";
import type { Lang } from "../core/types";
import { summaryWorkbook } from "../xlsx/write-summary";
import { inspectOptions } from "./check";
import { wrapped } from "./human-report";
import { EXIT_ERRORS, EXIT_OK, EXIT_UNUSABLE } from "./exit-code";
import { inspectFile, type FileResult } from "./inspect";
import type { CliIo } from "./io";
import type { ConsolidateOptions } from "./options";
import { checkedOutputPath } from "./output-path";
import { progress } from "./progress";
import { UsageError } from "./usage-error";
import { writeAtomically } from "./write-atomically";
import { writeFailureReason } from "./write-failure";

/**
 * The units a file holds: one per sheet with an indicator table, or one unreadable unit saying why, named by the
 * first agency its sheets' title rows name (its file's name failing that).
 */
export function unitSources(result: FileResult, lang: Lang): UnitSource[] {
  const label = basename(result.file, extname(result.file));
  const unreadable = (problem: string): UnitSource[] => {
    const agency = result.sheets.find((s) => s.agency)?.agency ?? null;
    return [{ file: result.file, sheet: null, label, agency, indicators: null, problem, period: null }];
  };
  if (result.error) return unreadable(result.error);
  const checked = result.sheets.filter((s) => s.analysis);
  if (checked.length === 0) {
    const why = result.sheets.map((s) => `${s.name}: ${s.skipped ?? ""}`).join("; ");
    return unreadable(t(lang, "consolidate.cli.noTable", { sheets: why }));
  }
  return checked.map((s) => ({
    file: result.file,
    sheet: s.name,
    label: checked.length > 1 ? `${label} – ${s.name}` : label,
    agency: s.agency ?? null,
    indicators: unitIndicators(s.analysis!),
    problem: null,
    period: s.analysis!.period,
  }));
}

/** Reads the files one at a time into a consolidation; a file's workbook is let go before the next is read. */
export async function consolidateFiles(
  files: string[],
  options: ConsolidateOptions,
  onFile: (index: number, file: string) => void = () => {},
): Promise<ConsolidationResult> {
  const consolidation = new Consolidation();
  for (const [i, file] of files.entries()) {
    onFile(i, file);
    for (const source of unitSources(await inspectFile(file, inspectOptions(options)), options.lang)) {
      consolidation.add(source);
    }
  }
  return consolidation.result();
}

/** What was left out, and units named apart, one line each on stderr, so a run in a script says it too. */
function reportLeftOut(result: ConsolidationResult, io: CliIo, lang: Lang): void {
  for (const unit of result.excluded) {
    const where = unit.sheet ? `${unit.file ?? ""} [${unit.sheet}]` : (unit.file ?? "");
    // Its own sentence rather than excludedReason's, which starts with a capital as a cell of its own does.
    const why: Record<string, string> =
      unit.reason === "unreadable"
        ? { detail: unit.detail ?? "" }
        : { place: placeText(lang, unit.sameAs ?? { file: null, sheet: null }) };
    io.err(`${t(lang, `consolidate.cli.leftOut.${unit.reason}`, { where, unit: unit.unit, ...why })}\n`);
  }
  for (const group of result.namedApart) {
    const units = group.units.map((u) => u.unit).join("; ");
    io.err(`${t(lang, "consolidate.cli.namedApart", { name: group.name, units })}\n`);
  }
}

/**
 * Exit 0 when every unit was counted, 1 when some was left out, 2 when none could be or the write failed. Units of
 * different periods are a warning, which leaves 0 as `check`'s warnings do.
 */
export async function runConsolidate(files: string[], options: ConsolidateOptions, io: CliIo): Promise<number> {
  const { lang } = options;
  if (options.output === undefined && !options.json) throw new UsageError("consolidate.cli.needOutput");
  const output = options.output === undefined ? null : await checkedOutputPath(files, options.output);
  const started = io.now().getTime();
  const bar = progress(io, lang, started);
  const result = await consolidateFiles(files, options, (i, file) => bar.file(i, files.length, file));
  bar.done();
  reportLeftOut(result, io, lang);
  const paragraph = consolidationParagraph(result, lang);
  const warning = periodWarning(result, lang);
  if (warning) io.err(`${warning}\n`);
  if (result.units.length === 0) {
    io.err(`${t(lang, "consolidate.cli.nothing")}\n`);
    if (options.json) io.out(`${JSON.stringify(consolidationReport(result, lang, paragraph))}\n`);
    return EXIT_UNUSABLE;
  }
  if (output) {
    const plans = buildConsolidationPlans(result, {
      lang,
      generatedAt: formatGeneratedAt(io.now(), lang),
      ...(options.near !== undefined ? { near: options.near } : {}),
      paragraph,
    });
    try {
      bar.step(t(lang, "cliRun.progress.writing", { file: options.output! }));
      await writeAtomically(output, await summaryWorkbook(plans));
      bar.done();
    } catch (error) {
      bar.done();
      const reason = writeFailureReason(error, output, lang);
      io.err(`${t(lang, "cli.summarize.writeFailed", { file: options.output!, reason })}\n`);
      return EXIT_UNUSABLE;
    }
  }
  const counts = {
    units: t(lang, "consolidate.cli.units", { count: result.units.length }),
    indicators: t(lang, "cli.count.indicators", { count: result.indicators.length }),
    excluded: t(lang, "consolidate.cli.unitsLeftOut", { count: result.excluded.length }),
  };
  const wrote = options.output ? t(lang, "consolidate.cli.wrote", { file: options.output, ...counts }) : null;
  // With --json, stdout holds the JSON document alone.
  if (options.json) {
    io.out(`${JSON.stringify(consolidationReport(result, lang, paragraph))}\n`);
    if (wrote) io.err(`${wrote}\n`);
  } else if (wrote) io.out(`${[wrote, "", ...wrapped(paragraph, "")].join("\n")}\n`);
  return result.excluded.length > 0 ? EXIT_ERRORS : EXIT_OK;
}
