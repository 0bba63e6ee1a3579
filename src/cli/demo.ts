/**
 * `npm run demo`: checks the bundled sample workbook (Programme 08 with the faults district submissions have)
 * and writes its summary workbook with charts to out/, printing where it went. Exits 0 when the demo ran,
 * whatever the sample's faults, so it can be the README's first command.
 */
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { t } from "../core/i18n";
import { runCheck } from "./check";
import { EXIT_UNUSABLE } from "./exit-code";
import { endQuietlyWhenReaderCloses, processIo, type CliIo } from "./io";
import { runSummarize } from "./summarize";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const DEMO_INPUT = resolve(root, "samples/programme08.xlsx");
export const DEMO_OUTPUT = resolve(root, "out/programme08-tong-hop.xlsx");

export async function runDemo(io: CliIo, input = DEMO_INPUT, output = DEMO_OUTPUT): Promise<number> {
  const lang = "vi";
  const shown = (path: string) => relative(process.cwd(), path) || path;
  io.out(`${t(lang, "cli.demo.checking", { file: shown(input) })}\n\n`);
  const checked = await runCheck([shown(input)], { json: false, lang }, io);
  if (checked === EXIT_UNUSABLE) return checked;
  io.out("\n");
  const written = await runSummarize([shown(input)], { output, lang }, { ...io, out: () => {} });
  if (written !== 0) return written;
  io.out(`${t(lang, "cli.demo.wrote", { file: shown(output) })}\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  endQuietlyWhenReaderCloses();
  process.exitCode = await runDemo(processIo);
}
