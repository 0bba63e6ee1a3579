import { percentText } from "../../core/figures";
import { formatNumber } from "../../core/numbers";
import type { Lang } from "../../core/types";

/**
 * Every decimal the typed text gave: the dialog tells the reader which number the text becomes, so it must not round
 * "78,415%" to the summary sheet's two decimals.
 */
const TYPED_DECIMALS = 10;

/**
 * A fix's new value as the confirmation shows it, written as the rest of the product writes numbers for the pane's
 * reader: "720.493" and "78,41 %" (the no-break space of the Vietnamese style) in Vietnamese, "720,493" and "78.41%"
 * in English. Shown beside the text as typed, it tells the reader which number the text becomes.
 */
export function fixValueText(value: number, percent: boolean, lang: Lang): string {
  return percent ? percentText(value, lang, TYPED_DECIMALS) : formatNumber(value, lang);
}
