import type { Lang } from "../../core/types";

/** U+202F: groups digits without looking like either language's decimal mark. */
const GROUP = "\u202f";

const LOCALES: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

function format(value: number, lang: Lang, options: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 10, ...options })
    .formatToParts(value)
    .map((part) => (part.type === "group" ? GROUP : part.value))
    .join("");
}

/**
 * A fix's new value as the confirmation shows it. The sheet's own separators would make "720.493" read as
 * 720493 to a Vietnamese reader and as 720.493 to an English one, so the value is grouped with a thin space
 * (never "." or ",") and also given as plain digits, where the only separator can be the decimal mark.
 */
export function fixValueText(value: number, percent: boolean, lang: Lang): { shown: string; plain: string } {
  return {
    shown: format(value, lang, percent ? { style: "percent" } : {}),
    plain: format(value, lang, { useGrouping: false }),
  };
}
