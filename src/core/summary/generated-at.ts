import type { Lang } from "../types";

const LOCALES: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

/**
 * When a summary was made, the same in every host: "25/11/2026 09:00", day first with a four-digit year in both
 * languages (the locales' short styles differ: Vietnamese puts the time first and shortens the year).
 */
export function formatGeneratedAt(date: Date, lang: Lang): string {
  const parts = new Intl.DateTimeFormat(LOCALES[lang], {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("day")}/${part("month")}/${part("year")} ${part("hour")}:${part("minute")}`;
}
