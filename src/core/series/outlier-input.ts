/**
 * The outlier thresholds as a user types them (`--outliers "extreme=3,moderate=2,jump=15"`). Keys are the
 * names of `OutlierOptions`, with short forms for the ones people change (years, jump, spread, points); values
 * take a decimal comma or point ("2,5" and "2.5"), so a comma only separates items where a key follows it.
 */
import type { OutlierOptions } from "./outliers";
import { DEFAULT_OUTLIER_OPTIONS } from "./outliers";

type Key = keyof OutlierOptions;

export type OutlierInput =
  | { ok: true; options: Partial<OutlierOptions> }
  | { ok: false; reason: "item"; item: string }
  | { ok: false; reason: "key"; key: string }
  | { ok: false; reason: "value"; key: Key; value: string }
  | { ok: false; reason: "order"; extreme: number; moderate: number };

const KEYS: Record<string, Key> = {
  extreme: "extreme",
  moderate: "moderate",
  minyears: "minYears",
  years: "minYears",
  magnitude: "magnitude",
  jumppoints: "jumpPoints",
  jump: "jumpPoints",
  minspread: "minSpread",
  spread: "minSpread",
  minspreadpoints: "minSpreadPoints",
  points: "minSpreadPoints",
};

/** Every key's accepted values: what the check needs to stay meaningful, not taste. */
const VALID: Record<Key, (n: number) => boolean> = {
  extreme: (n) => n > 0,
  moderate: (n) => n > 0,
  // The trend of the other years takes two of them and their spread two more (see OutlierOptions.minYears).
  minYears: (n) => Number.isInteger(n) && n >= 5,
  // A factor of 1 or less would call every figure a typed extra zero.
  magnitude: (n) => n > 1,
  jumpPoints: (n) => n > 0,
  minSpread: (n) => n >= 0 && n < 1,
  minSpreadPoints: (n) => n >= 0,
};

/** Items split at a comma or semicolon only where a key and "=" follow, so "extreme=2,5" keeps its decimal. */
const ITEM_BREAK = /\s*[,;]\s*(?=[A-Za-z]+\s*=)/;
const ITEM = /^([A-Za-z]+)\s*=\s*(\S+)$/;
const NUMBER = /^\d+(?:[.,]\d+)?$/;

/** The options that differ from the defaults; the moderate threshold must stay below the extreme one. */
export function parseOutlierInput(text: string): OutlierInput {
  const options: Partial<OutlierOptions> = {};
  for (const item of text.trim().split(ITEM_BREAK).filter(Boolean)) {
    const match = ITEM.exec(item);
    if (!match) return { ok: false, reason: "item", item };
    const key = KEYS[match[1]!.toLowerCase()];
    if (!key) return { ok: false, reason: "key", key: match[1]! };
    const raw = match[2]!;
    const value = NUMBER.test(raw) ? Number(raw.replace(",", ".")) : NaN;
    if (!VALID[key](value)) return { ok: false, reason: "value", key, value: raw };
    options[key] = value;
  }
  if (Object.keys(options).length === 0) return { ok: false, reason: "item", item: text };
  const extreme = options.extreme ?? DEFAULT_OUTLIER_OPTIONS.extreme;
  const moderate = options.moderate ?? DEFAULT_OUTLIER_OPTIONS.moderate;
  if (moderate >= extreme) return { ok: false, reason: "order", extreme, moderate };
  return { ok: true, options };
}
