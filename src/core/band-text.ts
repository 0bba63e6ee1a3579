/** A band in words, as every host shows it: the near band names its threshold ("Gần đạt (≥ 90 % KH)"). */
import { t } from "./i18n";
import { formatNumber } from "./numbers";
import type { Band, Lang } from "./types";

/** 0.9 → "90 %" / "90%", the threshold as the band's label shows it. */
function percentLabel(value: number, lang: Lang): string {
  return formatNumber(value * 100, lang) + (lang === "vi" ? " %" : "%");
}

export function bandLabel(band: Band, near: number, lang: Lang): string {
  return t(lang, `common.band.${band}`, { near: percentLabel(near, lang) });
}
