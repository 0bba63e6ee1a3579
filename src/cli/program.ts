import { Command, CommanderError } from "commander";
import { version } from "../../package.json";
import { t } from "../core/i18n";
import type { Lang } from "../core/types";
import { runCheck } from "./check";
import { errorReason } from "./error-reason";
import { EXIT_UNUSABLE } from "./exit-code";
import type { CliIo } from "./io";
import { CheckOptionsSchema, parseOptions, SummarizeOptionsSchema } from "./options";
import { runSummarize } from "./summarize";
import { UsageError } from "./usage-error";

/** The language asked for on the command line, read before parsing so help and usage errors use it too. */
export function requestedLang(argv: string[]): Lang {
  const at = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (at < 0) return "vi";
  const value = argv[at]!.includes("=") ? argv[at]!.split("=")[1] : argv[at + 1];
  return value === "en" ? "en" : "vi";
}

function program(io: CliIo, lang: Lang, done: (code: number) => void): Command {
  const h = (key: string) => t(lang, `cli.help.${key}`);
  const root = new Command("chitieu")
    .description(h("description"))
    .helpOption("-h, --help", h("help"))
    .version(version, "-V, --version", h("version"))
    .helpCommand(false)
    .showHelpAfterError(t(lang, "cli.usage.hint"))
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride();
  const shared = (command: Command) =>
    command
      .option("--sheet <name>", h("sheet"))
      .option("--map <role=column,...>", h("map"))
      .option("--lang <vi|en>", h("lang"), "vi");

  shared(root.command("check").description(h("check")).argument("<files...>", h("files")))
    .option("--json", h("json"))
    .action(async (files: string[], raw: unknown) =>
      done(await runCheck(files, parseOptions(CheckOptionsSchema, raw), io)),
    );

  shared(root.command("summarize").description(h("summarize")).argument("<files...>", h("files")))
    .requiredOption("-o, --output <file.xlsx>", h("output"))
    .action(async (files: string[], raw: unknown) =>
      done(await runSummarize(files, parseOptions(SummarizeOptionsSchema, raw), io)),
    );
  return root;
}

/** Runs the command line on `argv` (without node and the script) and returns the process exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const lang = requestedLang(argv);
  let code: number = EXIT_UNUSABLE;
  try {
    const root = program(io, lang, (c) => (code = c));
    if (argv.length === 0) {
      io.err(root.helpInformation());
      return EXIT_UNUSABLE;
    }
    await root.parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_UNUSABLE;
    if (error instanceof UsageError) {
      io.err(`${t(lang, error.messageKey, error.params)}\n${t(lang, "cli.usage.hint")}\n`);
      return EXIT_UNUSABLE;
    }
    io.err(`${t(lang, "cli.unexpected", { reason: errorReason(error, lang) })}\n`);
    return EXIT_UNUSABLE;
  }
}
