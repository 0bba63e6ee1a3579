import { resolve } from "node:path";
import { t } from "../core/i18n";
import type { Lang } from "../core/types";
import { checkExitCode, EXIT_UNUSABLE } from "./exit-code";
import { allFindings, findingsBytes, findingsFormat, type FindingsFormat } from "./findings-file";
import { humanReport } from "./human-report";
import { inspectFiles, type FileResult, type InspectOptions } from "./inspect";
import type { CliIo } from "./io";
import { jsonReport } from "./json-report";
import type { CheckOptions, SourceOptions } from "./options";
import { progress } from "./progress";
import { checkedOutputPath } from "./output-path";
import { writeAtomically } from "./write-atomically";
import { writeFailureReason } from "./write-failure";

/** Inspects the files with progress on stderr, and names each unreadable file there on one line. */
export async function inspectWithProgress(files: string[], options: InspectOptions, io: CliIo): Promise<FileResult[]> {
  const bar = progress(io, options.lang);
  const results = await inspectFiles(files, options, (i, file) => bar.file(i, files.length, file));
  bar.done();
  for (const r of results) if (r.error) io.err(`${r.file}: ${r.error}\n`);
  return results;
}

export function inspectOptions(options: SourceOptions): InspectOptions {
  return {
    lang: options.lang,
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.map ? { map: options.map } : {}),
    ...(options.period !== undefined ? { period: options.period } : {}),
    ...(options.near !== undefined ? { near: options.near } : {}),
    ...(options.outliers ? { outliers: options.outliers } : {}),
  };
}

/** The findings file's format, refusing before anything is read an unknown extension or an input as the output. */
async function findingsTarget(files: string[], path: string): Promise<FindingsFormat> {
  return findingsFormat(await checkedOutputPath(files, path, [".xlsx", ".csv"], "findings.cli.extension"))!;
}

/** Writes the findings file; false, with the reason on stderr, when it could not be written (nothing is left). */
async function writeFindings(results: FileResult[], path: string, format: FindingsFormat, lang: Lang, io: CliIo) {
  const rows = allFindings(results, lang);
  try {
    await writeAtomically(resolve(path), await findingsBytes(format, rows, lang));
  } catch (error) {
    const reason = writeFailureReason(error, resolve(path), lang);
    io.err(`${t(lang, "findings.cli.failed", { file: path, reason })}\n`);
    return false;
  }
  io.err(`${t(lang, "findings.cli.wrote", { file: path, count: rows.length })}\n`);
  return true;
}

/**
 * `check FILE...`: the report on stdout (JSON or text) and the exit code (0 clean, 1 errors, 2 nothing checked).
 * With `--findings OUT`, the issues also go to OUT, one row each; a findings file that cannot be written exits 2.
 */
export async function runCheck(files: string[], options: CheckOptions, io: CliIo): Promise<number> {
  const format = options.findings !== undefined ? await findingsTarget(files, options.findings) : null;
  const results = await inspectWithProgress(files, inspectOptions(options), io);
  if (options.json) {
    // Compact JSON: a 20,000-row report is megabytes, and machines (or jq) read it. The line end goes on its
    // own, as appending it would copy the megabytes into a new string.
    io.out(JSON.stringify(jsonReport(results, options.lang)));
    io.out("\n");
  } else {
    io.out(humanReport(results, options.lang));
  }
  if (format && options.findings !== undefined) {
    if (!(await writeFindings(results, options.findings, format, options.lang, io))) return EXIT_UNUSABLE;
  }
  return checkExitCode(results);
}
