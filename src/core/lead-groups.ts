/**
 * Grouping a table without section rows by its lead-agency column ("Cơ quan chủ trì"): the meeting counts "11 of
 * the 12 indicators we lead" whether or not the table is split into sections, and a lead column is the grouping the
 * table itself carries.
 */
import type { Indicator } from "./types";
import { fold } from "./text";

/** "(chủ trì)", "(CT)", "(phối hợp)": a role written after an agency's name in a cell naming several. */
const ROLE = /\(\s*(chu tri|ct|phoi hop|ph|lead|co-?lead|support)\s*\)/;
const LEAD_ROLE = /\(\s*(chu tri|ct|lead)\s*\)/;
/** Words that join the parts of a name, and mean nothing to which agency it is ("Sở LĐTB và XH"). */
const JOINING = new Set(["va", "and"]);
/** An abbreviation as typed: two or more capitals ("LĐTB", "BHXH", "TP"). */
const ABBREVIATION = /^\p{Lu}{2,}$/u;

/** A cell's agency: the one marked as lead where the cell names several, else the first named; without its role. */
function agencyOf(lead: string): string {
  // A role on a line of its own belongs to the name above it ("Sở LĐTB&XH\n(chủ trì)").
  const parts = lead
    .replace(/\s*\n\s*\(/g, " (")
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  const chosen = parts.find((part) => LEAD_ROLE.test(fold(part))) ?? parts[0] ?? lead;
  const name = chosen.replace(/\([^()]*\)/g, (note) => (ROLE.test(fold(note)) ? "" : note));
  return name.replace(/\s+/g, " ").trim() || chosen.trim();
}

/** The words of a name, as typed and folded, without the words that only join them. */
function wordsOf(name: string): { typed: string; folded: string }[] {
  return (name.match(/[\p{L}\p{N}]+/gu) ?? [])
    .map((typed) => ({ typed, folded: fold(typed) }))
    .filter((word) => !JOINING.has(word.folded));
}

/**
 * The keys one agency's spellings share. `exact` ignores case, diacritics, spaces and punctuation ("Sở LĐ-TB&XH",
 * "Sở LĐTB và XH"); `initials` spells each word by its first letter and keeps abbreviations whole, so that "Sở Lao
 * động - Thương binh và Xã hội", "Sở LĐTB&XH" and "BHXH TP" / "Bảo hiểm xã hội thành phố" meet. Only a spelling with
 * an abbreviation is matched by its initials: two names in full ("Sở Nội vụ", "Sở Ngoại vụ") may share them.
 */
function keysOf(name: string): { exact: string; initials: string; abbreviated: boolean } {
  const words = wordsOf(name);
  const abbreviated = words.some((word) => ABBREVIATION.test(word.typed));
  return {
    exact: words.map((word) => word.folded).join(""),
    initials: words.map((word) => (ABBREVIATION.test(word.typed) ? word.folded : word.folded[0])).join(""),
    abbreviated,
  };
}

interface Agency {
  /** Each spelling met, with how many indicators it names; the name shown is the most written one. */
  spellings: Map<string, number>;
  abbreviated: boolean;
}

/** The agency each lead names, the spellings of one agency sharing it. */
function agenciesOf(leads: string[]): Map<string, Agency> {
  const byKey = new Map<string, Agency>();
  const byInitials = new Map<string, Agency>();
  const byLead = new Map<string, { agency: Agency; name: string }>();
  for (const lead of leads) {
    let known = byLead.get(lead);
    if (!known) {
      const name = agencyOf(lead);
      const keys = keysOf(name);
      const alike = byInitials.get(keys.initials);
      const agency =
        byKey.get(keys.exact) ??
        (alike && (keys.abbreviated || alike.abbreviated) ? alike : { spellings: new Map(), abbreviated: false });
      agency.abbreviated ||= keys.abbreviated;
      byKey.set(keys.exact, agency);
      if (!byInitials.has(keys.initials)) byInitials.set(keys.initials, agency);
      known = { agency, name };
      byLead.set(lead, known);
    }
    known.agency.spellings.set(known.name, (known.agency.spellings.get(known.name) ?? 0) + 1);
  }
  return new Map([...byLead].map(([lead, { agency }]) => [lead, agency]));
}

function shownName(agency: Agency): string {
  let best = "";
  let most = 0;
  for (const [name, count] of agency.spellings)
    if (count > most) {
      best = name;
      most = count;
    }
  return best;
}

/**
 * Sets each indicator's group to its lead agency when the leads group the table: most indicators name one, there
 * are at least two agencies, and fewer than half as many agencies as indicators led (a lead per row says nothing a
 * list does not). Spellings of one agency make one group, named as it is most often written. Indicators with no
 * lead stay ungrouped. True when the table was grouped so.
 */
export function groupByLead(indicators: Indicator[]): boolean {
  const leads: string[] = [];
  for (const indicator of indicators) if (indicator.lead !== null) leads.push(indicator.lead);
  if (leads.length * 2 < indicators.length) return false;
  const agencies = agenciesOf(leads);
  const distinct = new Set(agencies.values());
  if (distinct.size < 2 || distinct.size * 2 > leads.length) return false;
  const names = new Map([...distinct].map((agency) => [agency, shownName(agency)]));
  for (const indicator of indicators)
    indicator.group = indicator.lead === null ? null : names.get(agencies.get(indicator.lead)!)!;
  return true;
}
