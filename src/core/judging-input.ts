/**
 * What a user types to set how indicators are judged: the reporting period (`--period 9m`, "9 tháng", "Quý III",
 * 0,75, 75%, "none") and the near threshold (`--near 0.9`, 90%). The command line and the task pane read them
 * here, so both accept the same words.
 */
import type { Lang, Period, UserPeriod } from "./types";
import { elapsedShare, reachOf } from "./period";
import { fold, oneLine } from "./text";
import { periodName, periodOpening, type PeriodNaming } from "./period-words";

/** What a period text says: a period, "none" (no pace at all), or nothing readable. */
export type PeriodInput = { ok: true; period: UserPeriod | null } | { ok: false };

/**
 * What a user's period says apart from its wording, so that the paragraph, summary and pane name it in their
 * reader's language ("9m" is "9 tháng" or "9 months"). A dated reach ("đến 30/9/2024") keeps the user's words:
 * its date is already how reports write one.
 */
type PeriodSaid =
  | { kind: "full" }
  | { kind: "months"; months: number }
  | { kind: "quarter"; quarter: number }
  | { kind: "yearsOf"; done: number; of: number }
  | { kind: "share"; share: number }
  | { kind: "asWritten"; elapsed: number };

const NONE = /^(none|no|off|khong|khong co|-)$/;
const FULL = /^(full|ca nam|ca ky|tron ky|whole|all)$/;
const MONTHS = /^(?:first\s+)?(\d{1,2})\s*(?:m|thang|months?)(?:\s+dau(?:\s+nam)?)?$/;
const HALF = /^(?:nua dau nam|first half(?: of the year)?|h1)$/;
const QUARTER = /^(?:q|quy|quarter)\s*(iv|iii|ii|i|[1-4])$/;
const ROMAN = ["I", "II", "III", "IV"];
/** "3/5": three years of five. */
const YEARS_OF = /^(\d{1,2})\s*(?:\/|of|trong|tren)\s*(\d{1,2})(?:\s*(?:nam|years?))?$/;
const SHARE = /^(\d+(?:[.,]\d+)?)\s*(%?)$/;

/**
 * A share typed as 0,75, 0.75 or 75%: a fraction in (0, 1], or null. With `wholePercent`, a whole number above 1
 * is a percent too (`--near 90`).
 */
function share(folded: string, wholePercent: boolean): number | null {
  const m = SHARE.exec(folded);
  if (!m) return null;
  const value = Number(m[1]!.replace(",", "."));
  const percent = m[2] === "%" || (wholePercent && value > 1 && Number.isInteger(value));
  const fraction = percent ? value / 100 : value;
  return Number.isFinite(fraction) && fraction > 0 && fraction <= 1 ? fraction : null;
}

function said(folded: string, text: string): PeriodSaid | null {
  const months = MONTHS.exec(folded);
  if (months) {
    const n = Number(months[1]);
    return n >= 1 && n <= 12 ? { kind: "months", months: n } : null;
  }
  if (HALF.test(folded)) return { kind: "months", months: 6 };
  const quarter = QUARTER.exec(folded);
  if (quarter) {
    const q = quarter[1]!;
    return { kind: "quarter", quarter: /\d/.test(q) ? Number(q) : ROMAN.indexOf(q.toUpperCase()) + 1 };
  }
  const years = YEARS_OF.exec(folded);
  if (years) {
    const done = Number(years[1]);
    const of = Number(years[2]);
    return done >= 1 && done <= of ? { kind: "yearsOf", done, of } : null;
  }
  if (FULL.test(folded)) return { kind: "full" };
  const fraction = share(folded, false);
  // A share of 1 is the whole period, and reads best named so.
  if (fraction !== null) return fraction === 1 ? { kind: "full" } : { kind: "share", share: fraction };
  const found = reachOf(text);
  const elapsed = found ? elapsedShare(found.reach, null) : null;
  return elapsed === null ? null : { kind: "asWritten", elapsed };
}

function elapsedOf(period: PeriodSaid): number {
  switch (period.kind) {
    case "full":
      return 1;
    case "months":
      return period.months / 12;
    case "quarter":
      return period.quarter / 4;
    case "yearsOf":
      return period.done / period.of;
    case "share":
      return period.share;
    case "asWritten":
      return period.elapsed;
  }
}

/** Reads a period as a user types it; the label keeps the user's words, which `periodLabel` names per language. */
export function parsePeriodInput(text: string): PeriodInput {
  const label = oneLine(text);
  const folded = fold(label);
  if (!folded) return { ok: false };
  if (NONE.test(folded)) return { ok: true, period: null };
  const read = said(folded, label);
  if (read === null) return { ok: false };
  return {
    ok: true,
    period: { label, elapsed: Math.round(elapsedOf(read) * 1e9) / 1e9, cell: null, source: "user" },
  };
}

type Named = Pick<Period, "label" | "source" | "meaning" | "plan">;

/** What a period says, whatever words it came in: a detected one its meaning, a user's what its words read as. */
function naming(period: Named): PeriodNaming {
  if (period.source !== "user") return period.meaning ?? { kind: "unread", words: period.label };
  const read = said(fold(period.label), period.label);
  switch (read?.kind) {
    case undefined:
      return { kind: "unread", words: period.label };
    case "asWritten":
      return reachOf(period.label)?.meaning ?? { kind: "unread", words: period.label };
    case "months":
      return { kind: "months", months: read.months, year: null };
    case "quarter":
      return { kind: "quarter", quarter: read.quarter, year: null };
    case "yearsOf":
    case "share":
      // A bare share names no period, and every text that shows the label states the share beside it.
      return { kind: "toDate" };
    case "full":
      return { kind: "full", plan: period.plan ?? null };
  }
}

/**
 * A period's name for a reader of `lang`, from what it says rather than the words it came in, at output time, so
 * settings saved in a workbook read right in either language: "lũy kế giai đoạn 2021–2023", "Q3 2024".
 */
export function periodLabel(period: Named, lang: Lang): string {
  return periodName(naming(period), period.plan ?? null, lang);
}

/** The period opening the meeting paragraph: "Lũy kế giai đoạn 2021–2023", "As of 30/9/2024". */
export function periodOpeningOf(period: Named, lang: Lang): string {
  return periodOpening(naming(period), period.plan ?? null, lang);
}

/** Reads a near threshold: 0,9, 0.9, 90% or 90; null unless it is a share in (0, 1]. */
export function parseNearInput(text: string): number | null {
  return share(fold(text), true);
}
