/**
 * What a user types to set how indicators are judged: the reporting period (`--period 9m`, "9 tháng", "Quý III",
 * 0,75, 75%, "none") and the near threshold (`--near 0.9`, 90%). The command line and the task pane read them
 * here, so both accept the same words.
 */
import type { UserPeriod } from "./types";
import { elapsedShare, reachOf } from "./period";
import { fold } from "./text";

/** What a period text says: a period, "none" (no pace at all), or nothing readable. */
export type PeriodInput = { ok: true; period: UserPeriod | null } | { ok: false };

const NONE = /^(none|no|off|khong|khong co|-)$/;
const FULL = /^(full|ca nam|ca ky|tron ky|whole|all)$/;
const MONTHS_SHORT = /^(\d{1,2})\s*m$/;
const QUARTER_SHORT = /^q\s*([1-4])$/;
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

function elapsedOf(folded: string, text: string): number | null {
  const months = MONTHS_SHORT.exec(folded);
  if (months) {
    const n = Number(months[1]);
    return n >= 1 && n <= 12 ? n / 12 : null;
  }
  const quarter = QUARTER_SHORT.exec(folded);
  if (quarter) return Number(quarter[1]) / 4;
  const years = YEARS_OF.exec(folded);
  if (years) {
    const done = Number(years[1]);
    const of = Number(years[2]);
    return done >= 1 && done <= of ? done / of : null;
  }
  if (FULL.test(folded)) return 1;
  const fraction = share(folded, false);
  if (fraction !== null) return fraction;
  const found = reachOf(text);
  return found ? elapsedShare(found.reach, null) : null;
}

/** Reads a period as a user types it; the label is the user's own words. */
export function parsePeriodInput(text: string): PeriodInput {
  const label = text.replace(/\s+/g, " ").trim();
  const folded = fold(label);
  if (!folded) return { ok: false };
  if (NONE.test(folded)) return { ok: true, period: null };
  const elapsed = elapsedOf(folded, label);
  if (elapsed === null) return { ok: false };
  return { ok: true, period: { label, elapsed: Math.round(elapsed * 1e9) / 1e9, cell: null, source: "user" } };
}

/** Reads a near threshold: 0,9, 0.9, 90% or 90; null unless it is a share in (0, 1]. */
export function parseNearInput(text: string): number | null {
  return share(fold(text), true);
}
