import type { Lang } from "../core/types";
import { checkExitCode } from "./exit-code";
import { humanReport } from "./human-report";
import { inspectFiles, type FileResult, type InspectOptions } from "./inspect";
import type { CliIo } from "./io";
import { jsonReport } from "./json-report";
import type { CheckOptions } from "./options";
import { progress } from "./progress";

/** Inspects the files with progress on stderr, and names each unreadable file there on one line. */
export async function inspectWithProgress(files: string[], options: InspectOptions, io: CliIo): Promise<FileResult[]> {
  const bar = progress(io, options.lang);
  const results = await inspectFiles(files, options, (i, file) => bar.file(i, files.length, file));
  bar.done();
  for (const r of results) if (r.error) io.err(`${r.file}: ${r.error}\n`);
  return results;
}

export function inspectOptions(options: { sheet?: string; map?: InspectOptions["map"]; lang: Lang }): InspectOptions {
  return {
    lang: options.lang,
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.map ? { map: options.map } : {}),
  };
}

/** `check FILE...`: the report on stdout (JSON or text) and the exit code (0 clean, 1 errors, 2 nothing checked). */
export async function runCheck(files: string[], options: CheckOptions, io: CliIo): Promise<number> {
  const results = await inspectWithProgress(files, inspectOptions(options), io);
  // Compact JSON: a 20,000-row report is megabytes, and machines (or jq) read it.
  io.out(options.json ? `${JSON.stringify(jsonReport(results, options.lang))}\n` : humanReport(results, options.lang));
  return checkExitCode(results);
}
