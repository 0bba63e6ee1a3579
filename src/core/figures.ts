/**
 * Figures as a reader sees them in a sentence, formatted the way the summary sheet's cells show them: counts and
 * amounts grouped ("720.493"), percentages at the decimals of the sheet's formats (a share at one, an attainment or
 * a rate at two: "74,1 %", "78,41 %"), percentage points signed ("+0,47"). Trailing zeros are dropped, never digits.
 */
import { formatNumber } from "./numbers";
import type { Lang } from "./types";

/** Decimals the summary sheet shows: shares of indicators in "0.0%", attainment and rates in "0.00%". */
export const SHARE_DECIMALS = 1;
export const PERCENT_DECIMALS = 2;

function rounded(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/**
 * The space the Vietnamese administrative style puts before "%" is a no-break one (U+00A0): a breaking space let the
 * pane, a wrapped cell or a terminal put "78,41" at the end of one line and its "%" alone on the next.
 */
export const PERCENT_SIGN: Record<Lang, string> = { vi: "\u00a0%", en: "%" };

/** 0.7841 → "78,41 %" (Vietnamese, with the space of the administrative style, never broken) or "78.41%". */
export function percentText(fraction: number, lang: Lang, decimals = PERCENT_DECIMALS): string {
  return formatNumber(rounded(fraction * 100, decimals), lang) + PERCENT_SIGN[lang];
}

/** 720493 → "720.493", 2975.42 → "2.975,42": a count or an amount, at most two decimals as on the sheet. */
export function amountText(value: number, lang: Lang): string {
  return formatNumber(rounded(value, PERCENT_DECIMALS), lang);
}

/** The decimals an amount shows, two at most: 18.5 → 1, 18.83 → 2, 17910 → 0. */
function amountDecimals(value: number): number {
  const shown = rounded(value, PERCENT_DECIMALS);
  for (let decimals = 0; decimals < PERCENT_DECIMALS; decimals++)
    if (rounded(shown, decimals) === shown) return decimals;
  return PERCENT_DECIMALS;
}

/**
 * Amounts read against each other, a total over its plan: each at the decimals of the most precise, "18,83/18,50"
 * rather than "18,83/18,5", so the digits line up as the reader compares them.
 */
export function amountsText(values: readonly number[], lang: Lang): string[] {
  const decimals = Math.max(0, ...values.map(amountDecimals));
  return values.map((value) => formatNumber(rounded(value, PERCENT_DECIMALS), lang, { decimals }));
}

/**
 * A gap in percentage points, always signed: 0.47 → "+0,47", -3.8 → "−3,8", with the true minus sign the summary
 * sheet's "So với kế hoạch" column uses (src/core/gap-text.ts), so paragraph and table read alike.
 */
export function pointsText(points: number, lang: Lang): string {
  const text = formatNumber(rounded(Math.abs(points), PERCENT_DECIMALS), lang);
  if (text === formatNumber(0, lang)) return text;
  return `${points > 0 ? "+" : "\u2212"}${text}`;
}
