/**
 * A reporting period named in its reader's language from what it means, never from the words a table or a user
 * typed it in: "Lũy kế 2021-2023" is "lũy kế giai đoạn 2021–2023" or "2021–2023 (cumulative)", "Data as of
 * 30/9/2024" is "tính đến 30/9/2024" or "as of 30/9/2024". The paragraph opens with the period, so it has an
 * opening form too ("In the first half of 2024, …").
 */
import { t } from "./i18n";
import { capitalizeFirst } from "./text";
import type { YearSpan } from "./period";
import type { Lang, PeriodMeaning } from "./types";

/**
 * What can be said of a period: what its words mean, the whole plan period, a share that names no period
 * ("0,75", "3/5"), or words nothing could be read from.
 */
export type PeriodNaming =
  PeriodMeaning | { kind: "full"; plan: YearSpan | null } | { kind: "toDate" } | { kind: "unread"; words: string };

const ROMAN = ["I", "II", "III", "IV"];

/** A year left unsaid ("Thực hiện 6 tháng") is the plan's, when the plan is one year. */
function yearOf(year: number | null, plan: YearSpan | null): number | null {
  return year ?? (plan && plan.from === plan.to ? plan.from : null);
}

/** Words typed in another language would read as a quotation mid-sentence; only Vietnamese marks them apart. */
function readsIn(words: string, lang: Lang): boolean {
  return lang === "vi" || /^[\p{ASCII}]*$/u.test(words);
}

function key(naming: PeriodNaming, plan: YearSpan | null): [string, Record<string, string | number>] {
  switch (naming.kind) {
    case "asOf":
      if (naming.day !== null) return ["asOfDate", { date: `${naming.day}/${naming.month}/${naming.year}` }];
      if (naming.month !== null) return ["asOfMonth", { month: naming.month, year: naming.year }];
      return ["asOfYear", { year: naming.year }];
    case "months": {
      const year = yearOf(naming.year, plan);
      // Reports name a half year "6 tháng đầu năm", never plain "6 tháng".
      if (naming.months === 6) return year === null ? ["half", {}] : ["halfOf", { year }];
      return year === null ? ["months", { count: naming.months }] : ["monthsOf", { count: naming.months, year }];
    }
    case "quarter": {
      const year = yearOf(naming.year, plan);
      const params = { quarter: naming.quarter, roman: ROMAN[naming.quarter - 1]! };
      return year === null ? ["quarter", params] : ["quarterOf", { ...params, year }];
    }
    case "year": {
      const year = yearOf(naming.year, plan);
      if (naming.estimate) return year === null ? ["estimate", {}] : ["estimateOf", { year }];
      return year === null ? ["wholeYear", {}] : ["year", { year }];
    }
    case "span":
      return [naming.cumulative ? "cumulative" : "span", { from: naming.from, to: naming.to }];
    case "full":
      if (!naming.plan) return ["full", {}];
      return naming.plan.from === naming.plan.to
        ? ["fullYear", { year: naming.plan.from }]
        : ["fullSpan", { from: naming.plan.from, to: naming.plan.to }];
    case "toDate":
      return ["toDate", {}];
    case "unread":
      return ["unread", {}];
  }
}

/** The period as a phrase inside a sentence: "lũy kế giai đoạn 2021–2023", "the first half of 2024". */
export function periodName(naming: PeriodNaming, plan: YearSpan | null, lang: Lang): string {
  if (naming.kind === "unread" && readsIn(naming.words, lang)) return naming.words;
  const [name, params] = key(naming, plan);
  return t(lang, `common.period.${name}`, params);
}

/** How a period opens a sentence: "As of …" rather than "In as of …". */
function openingForm(naming: PeriodNaming, lang: Lang): string {
  switch (naming.kind) {
    case "asOf":
    case "full":
    case "toDate":
      return naming.kind;
    case "span":
      return naming.cumulative ? "cumulative" : "named";
    case "unread":
      return readsIn(naming.words, lang) ? "named" : "unread";
    default:
      return "named";
  }
}

/** The period opening a sentence: "Lũy kế giai đoạn 2021–2023", "As of 30/9/2024", "In Q3 2024". */
export function periodOpening(naming: PeriodNaming, plan: YearSpan | null, lang: Lang): string {
  const params = { ...key(naming, plan)[1], name: periodName(naming, plan, lang) };
  const text = t(lang, `common.period.opening.${openingForm(naming, lang)}`, params);
  return capitalizeFirst(text);
}
