import i18next, { type i18n } from "i18next";
import type { Lang } from "../types";
import { catalog } from "./catalog";
import { formatNumber } from "../numbers";

export type MessageParams = Record<string, string | number>;

let instance: i18n | null = null;

function translator(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    // Resources are bundled, so initialisation is synchronous and needs no backend.
    void instance.init({
      resources: { vi: { translation: catalog.vi }, en: { translation: catalog.en } },
      lng: "vi",
      fallbackLng: "en",
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      // i18next otherwise prints an advertisement on stdout, which would corrupt the command line's --json output.
      showSupportNotice: false,
    });
    // Numbers in messages follow the reader's language, not the sheet's: "{{sum, num}}", "{{stated, pct}}".
    const convention = (lng: string | undefined) => (lng === "en" ? "en" : "vi");
    instance.services.formatter?.add("num", (value: number, lng) => formatNumber(value, convention(lng)));
    instance.services.formatter?.add("pct", (value: number, lng) =>
      formatNumber(value, convention(lng), { percent: true, decimals: 2 }),
    );
    // A share of a period: "75%", "66,7%", never "75,00%".
    instance.services.formatter?.add("share", (value: number, lng) =>
      formatNumber(Math.round(value * 1000) / 1000, convention(lng), { percent: true }),
    );
  }
  return instance;
}

/** The message for `key` in `lang`, with `{{name}}` placeholders filled from `params`. */
export function t(lang: Lang, key: string, params: MessageParams = {}): string {
  return translator().t(key, { ...params, lng: lang });
}

/** "vi" for a Vietnamese locale tag ("vi", "vi-VN"), "en" for anything else. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return /^vi\b/i.test(locale ?? "") ? "vi" : "en";
}

export function hasMessage(key: string): boolean {
  return translator().exists(key, { lng: "vi" }) && translator().exists(key, { lng: "en" });
}
