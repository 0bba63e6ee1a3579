import type { Lang } from "../../core/types";

const LOCALES: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

/**
 * A fix's new value as the confirmation shows it, written the way the pane's reader writes numbers: "720.493" and
 * "78,41%" in Vietnamese, "720,493" and "78.41%" in English. Shown beside the text as typed, it tells the reader
 * which number the text becomes.
 */
export function fixValueText(value: number, percent: boolean, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    maximumFractionDigits: 10,
    ...(percent ? { style: "percent" } : {}),
  }).format(value);
}
