/**
 * The text Excel would display for a value under a number format, for the formats the add-in and its samples
 * use (General, @, 0, 0.0, #,##0, #,##0.00, 0%, 0.0%, 0.00%), with the separators of the user's regional
 * settings: Vietnamese "720.493" and "78,41%", English "720,493" and "78.41%".
 * Other format codes fall back to General; the fake is not a number-format engine.
 */
export type NumberLocale = "vi" | "en";

const SEPARATORS: Record<NumberLocale, { group: string; decimal: string }> = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

function localize(text: string, locale: NumberLocale, group: boolean): string {
  const { group: g, decimal: d } = SEPARATORS[locale];
  const [int = "", frac] = text.split(".");
  const digits = group ? int.replace(/\B(?=(\d{3})+(?!\d))/g, g) : int;
  return frac === undefined ? digits : `${digits}${d}${frac}`;
}

function fixed(value: number, decimals: number, group: boolean, locale: NumberLocale): string {
  const text = Math.abs(value).toFixed(decimals);
  const body = localize(text, locale, group);
  return value < 0 && Number(text) !== 0 ? `-${body}` : body;
}

function general(value: number, locale: NumberLocale): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const precise = Number(value.toPrecision(10));
  if (Math.abs(precise) >= 1e11 || (precise !== 0 && Math.abs(precise) < 1e-9)) {
    return localize(precise.toExponential(5).replace("e", "E"), locale, false);
  }
  const sign = precise < 0 ? "-" : "";
  return sign + localize(String(Math.abs(precise)), locale, false);
}

export function displayNumber(value: number, format: string, locale: NumberLocale): string {
  const code = format.trim();
  if (code === "" || code === "General" || code === "@") return general(value, locale);
  const m = /^(#,##)?0(?:\.(0+))?(%)?$/.exec(code);
  if (!m) return general(value, locale);
  const decimals = m[2]?.length ?? 0;
  if (m[3]) return `${fixed(value * 100, decimals, Boolean(m[1]), locale)}%`;
  return fixed(value, decimals, Boolean(m[1]), locale);
}

export function displayText(
  value: number | string | boolean | null,
  error: string | null,
  format: string,
  locale: NumberLocale,
): string {
  if (error) return error;
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  return displayNumber(value, format, locale);
}
