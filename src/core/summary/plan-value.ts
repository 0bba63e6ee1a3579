/**
 * The plan an indicator's summary row writes. A plan typed as text that is just a number ("1.250", "85,5",
 * "98,5%") is written as the number the engine judged by: copied as text, Excel flags it and charts and sums skip
 * it. Its number format keeps what the source showed (thousands grouped, its decimals, a percent row as a percent).
 * A target in words ("≥ 95%", "Giảm 1-1,5%/năm") stays the text it was.
 */
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

/** Past this a typed number's decimals are noise to show: Excel's own display stops near 15 digits. */
const MAX_DECIMALS = 10;
/** Agreement between the typed number and the plan read from it, allowing for the ÷ 100 of a percent row. */
const SAME = 1e-9;

export function planValue(indicator: Indicator, convention: Convention): PlanValue {
  const { plan, target } = indicator;
  const text = target?.text ?? null;
  if (text === null) return plan === null ? { value: null } : { value: plan, format: valueFormat(indicator, plan) };
  if (plan === null || !startsWithDigit(text)) return { value: text };
  const typed = parseNumber(text, convention);
  if (!typed) return { value: text };
  const percent = target!.percent;
  const shown = percent ? plan * 100 : plan;
  const written = typed.percent ? typed.value * 100 : typed.value;
  // The engine may have read it otherwise (a magnitude of the unit, a scale of the row): the text is then what the
  // source meant, and a number beside it would silently say something else.
  if (Math.abs(shown - written) > SAME * Math.max(1, Math.abs(written))) return { value: text };
  const decimals = Math.min(writtenDecimals(text, written), MAX_DECIMALS);
  const fraction = decimals > 0 ? `.${"0".repeat(decimals)}` : "";
  return { value: plan, format: percent ? `0${fraction}%` : `${COUNT}${fraction}` };
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
