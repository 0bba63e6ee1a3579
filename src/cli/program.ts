import { Command, CommanderError } from "commander";
import { version } from "../../package.json";
import { t } from "../core/i18n";
import type { Lang } from "../core/types";
import { runCheck } from "./check";
import { errorReason } from "./error-reason";
import { EXIT_UNUSABLE } from "./exit-code";
import type { CliIo } from "./io";
import { runConsolidate } from "./consolidate";
import { CheckOptionsSchema, ConsolidateOptionsSchema, parseOptions, SummarizeOptionsSchema } from "./options";
import { helpTitle, parserErrorText } from "./parser-text";
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
  // Placeholders and headings in the language asked; the flags themselves stay as typed.
  const p = (key: string) => t(lang, `cliRun.help.placeholder.${key}`);
  const root = new Command("chitieu")
    .description(h("description"))
    .usage(`[${p("options")}] [${p("command")}]`)
    .helpOption("-h, --help", h("help"))
    .version(version, "-V, --version", h("version"))
    .helpCommand(false)
    .configureHelp({
      styleTitle: (title) => helpTitle(title, lang),
      subcommandTerm: (command) => `${command.name()} ${command.usage()}`,
    })
    // Parser errors are written by runCli in the language asked, from the error's code.
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => {} })
    .exitOverride();
  const shared = (command: Command) =>
    command
      .usage(`[${p("options")}] <${p("files")}...>`)
      .option(`--sheet <${p("name")}>`, h("sheet"))
      .option(`--map <${p("mapping")}>`, h("map"))
      .option(`--period <${p("period")}>`, h("period"))
      .option(`--near <${p("near")}>`, h("near"))
      .option(`--outliers <${p("outliers")}>`, h("outliers"))
      .option("--lang <vi|en>", `${h("lang")} ${t(lang, "cliRun.help.langDefault")}`);

  shared(
    root
      .command("check")
      .description(h("check"))
      .argument(`<${p("files")}...>`, h("files")),
  )
    .option("--json", h("json"))
    .option(`--findings <${p("output")}>`, t(lang, "findings.cli.help"))
    .action(async (files: string[], raw: unknown) =>
      done(await runCheck(files, parseOptions(CheckOptionsSchema, raw), io)),
    );

  shared(
    root
      .command("summarize")
      .description(h("summarize"))
      .argument(`<${p("files")}...>`, h("files")),
  )
    .requiredOption(`-o, --output <${p("output")}>`, h("output"))
    .action(async (files: string[], raw: unknown) =>
      done(await runSummarize(files, parseOptions(SummarizeOptionsSchema, raw), io)),
    );

  const c = (key: string) => t(lang, `consolidate.cli.${key}`);
  shared(
    root
      .command("consolidate")
      .description(c("help"))
      .argument(`<${p("files")}...>`, h("files")),
  )
    .option(`-o, --output <${p("output")}>`, c("output"))
    .option("--json", c("json"))
    .action(async (files: string[], raw: unknown) =>
      done(await runConsolidate(files, parseOptions(ConsolidateOptionsSchema, raw), io)),
    );
  return root;
}

/**
 * Runs the command line on `argv` (without node and the script) and returns the process exit code; `command` is
 * how the user ran it (see invokedAs), for the hint after a usage mistake.
 */
export async function runCli(argv: string[], io: CliIo, command = "chitieu"): Promise<number> {
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
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      io.err(`${parserErrorText(error, lang)}\n${t(lang, "cli.usage.hint", { command })}\n`);
      return EXIT_UNUSABLE;
    }
    if (error instanceof UsageError) {
      io.err(`${t(lang, error.messageKey, error.params)}\n${t(lang, "cli.usage.hint", { command })}\n`);
      return EXIT_UNUSABLE;
    }
    io.err(`${t(lang, "cli.unexpected", { reason: errorReason(error, lang) })}\n`);
    return EXIT_UNUSABLE;
  }
}
