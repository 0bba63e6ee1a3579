/** A band in words, as every host shows it: the near band names its threshold ("Gần đạt (≥ 90 % KH)"). */
import { percentText } from "./figures";
import { t } from "./i18n";
import type { Band, Lang } from "./types";

export function bandLabel(band: Band, near: number, lang: Lang): string {
  return t(lang, `common.band.${band}`, { near: percentText(near, lang) });
}
