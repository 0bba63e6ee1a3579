import type { CommanderError } from "commander";
import { t } from "../core/i18n";
import type { Lang } from "../core/types";

/** commander's help headings, in the language asked. */
export function helpTitle(title: string, lang: Lang): string {
  const key = { "Usage:": "usage", "Options:": "options", "Commands:": "commands", "Arguments:": "arguments" }[title];
  return key ? t(lang, `cliRun.help.${key}`) : title;
}

const KEYS: Record<string, string> = {
  "commander.unknownOption": "unknownOption",
  "commander.unknownCommand": "unknownCommand",
  "commander.missingArgument": "missingArgument",
  "commander.optionMissingArgument": "optionMissingArgument",
  "commander.missingMandatoryOptionValue": "missingMandatoryOption",
  "commander.excessArguments": "excessArguments",
};

/**
 * commander's parser error in the language asked: the message is rebuilt from the error's code and the name
 * commander quotes, never shown in commander's own English.
 */
export function parserErrorText(error: CommanderError, lang: Lang): string {
  const name = /'([^']*)'/.exec(error.message)?.[1] ?? "";
  const suggestion = /Did you mean (\S+?)\?/.exec(error.message)?.[1];
  const key = KEYS[error.code] ?? "other";
  const text = t(lang, `cliRun.parser.${key}`, { name });
  return suggestion ? `${text} ${t(lang, "cliRun.parser.suggestion", { suggestion })}` : text;
}
