import { hasMessage, t, type MessageParams } from "../core/i18n";
import type { Lang } from "../core/types";

interface KeyedError {
  messageKey: string;
  params: MessageParams;
}

function isKeyed(error: unknown): error is KeyedError {
  return error instanceof Error && "messageKey" in error && typeof error.messageKey === "string" && "params" in error;
}

/**
 * An error as one line for the terminal: its catalogue message when it carries a key (the .xlsx reader and
 * writer's errors), else the first line of its message, never a stack trace.
 */
export function errorReason(error: unknown, lang: Lang): string {
  if (isKeyed(error) && hasMessage(error.messageKey)) return t(lang, error.messageKey, error.params);
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0] ?? "";
}
