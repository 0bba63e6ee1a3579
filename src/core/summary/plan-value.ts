/**
 * The plan an indicator's summary row writes. A plan typed as text that is just a number ("1.250", "85,5",
 * "98,5%") is written as the number the engine judged by: copied as text, Excel flags it and charts and sums skip
 * it. Its number format keeps what the source showed (thousands grouped, its decimals, a percent row as a percent).
 * A plan typed as a number is shown alike, with the decimals its cell's format shows, else those it needs, so the
 * column reads evenly: 95 under "%" is "95%" beside the "75.5%" of a typed "75,5", not "95.00%".
 * A target in words ("≥ 95%", "Giảm 1-1,5%/năm") stays the text it was.
 */
import { decimalsOfNumber } from "../cells";
import { parseNumber } from "../numbers";
import type { Convention, Indicator } from "../types";

/** Whole numbers with thousands grouped, the format every summary and consolidation sheet counts in. */
export const COUNT = "#,##0";
const DECIMAL = "#,##0.00";
const PERCENT_VALUE = "0.00%";

/** The format of a figure the engine read from a number cell. */
export function valueFormat(indicator: Indicator, value: number): string {
  if (indicator.target?.percent) return PERCENT_VALUE;
  return Number.isInteger(value) ? COUNT : DECIMAL;
}

export interface PlanValue {
  value: string | number | null;
  format?: string;
}

/** Past this a number's decimals are noise to show: Excel's own display stops near 15 digits. */
const MAX_DECIMALS = 10;
/** Agreement between the typed number and the plan read from it, allowing for the ÷ 100 of a percent row. */
const SAME = 1e-9;

export function planValue(indicator: Indicator, convention: Convention): PlanValue {
  const { plan, target } = indicator;
  const text = target?.text ?? null;
  if (text === null) {
    if (plan === null) return { value: null };
    const decimals = indicator.planDecimals ?? decimalsOfNumber(plan, target?.percent ?? false);
    return { value: plan, format: shownFormat(decimals, target?.percent ?? false) };
  }
  if (plan === null || !startsWithDigit(text)) return { value: text };
  const typed = parseNumber(text, convention);
  if (!typed) return { value: text };
  const percent = target!.percent;
  const shown = percent ? plan * 100 : plan;
  const written = typed.percent ? typed.value * 100 : typed.value;
  // The engine may have read it otherwise (a magnitude of the unit, a scale of the row): the text is then what the
  // source meant, and a number beside it would silently say something else.
  if (Math.abs(shown - written) > SAME * Math.max(1, Math.abs(written))) return { value: text };
  return { value: plan, format: shownFormat(writtenDecimals(text, written), percent) };
}

function shownFormat(decimals: number, percent: boolean): string {
  const places = Math.min(decimals, MAX_DECIMALS);
  const fraction = places > 0 ? `.${"0".repeat(places)}` : "";
  return percent ? `0${fraction}%` : `${COUNT}${fraction}`;
}

function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/**
 * How many decimals the text wrote: none when its marks only group thousands (its digits read whole are the
 * number: "1.250" is 1 250), else the digits after its last mark ("85,5", "2.975,42", "1,250" read as 1,25 in English
 * style keeps its three).
 */
function writtenDecimals(text: string, written: number): number {
  let digits = 0;
  let whole = 0;
  let afterMark = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      whole = whole * 10 + (code - 48);
      digits++;
      afterMark++;
    } else if (code === 44 || code === 46) afterMark = 0;
  }
  if (digits === 0 || Math.abs(whole - written) <= SAME * Math.max(1, whole)) return 0;
  return afterMark;
}
