/**
 * Grouping a table without section rows by its lead-agency column ("Cơ quan chủ trì"): the meeting counts "11 of
 * the 12 indicators we lead" whether or not the table is split into sections, and a lead column is the grouping the
 * table itself carries.
 */
import type { Indicator } from "./types";
import { fold } from "./text";

/** A role in brackets after a name: "(chủ trì)", "(CT)", "(phối hợp)". */
const BRACKETED_ROLE = /\(\s*(chủ trì|chu tri|phối hợp|phoi hop|ct|ph|lead|support)\s*\)/giu;
/** A role written before or after a name without brackets: "Chủ trì: Sở Y tế", "Sở Y tế - chủ trì". */
const LEADING_ROLE = /^((cơ quan|đơn vị)\s+)?(chủ trì|chu tri|phối hợp|phoi hop)\s*[:\-–]?\s+/iu;
const TRAILING_ROLE = /\s*[-–:]?\s*(chủ trì|chu tri|phối hợp|phoi hop)\s*$/iu;
/** The part of a cell naming several agencies that names the lead: "BHXH TP (chủ trì), Sở LĐTB&XH (phối hợp)". */
const LEAD_ROLE = /\bchu tri\b|\(\s*(ct|lead)\s*\)/;
/**
 * The first words of an agency's name. A comma divides a cell into agencies only where each part opens so: "Sở Văn
 * hóa, Thể thao và Du lịch" and "UBND các quận, huyện" are one agency each.
 */
const AGENCY_HEADS = new Set(
  (
    "so bo cuc chi tong ubnd uy ban phong bhxh bao cong trung hoi lien doan vien benh truong toa mat ngan " +
    "kho van department ministry office committee"
  ).split(" "),
);
/** Words that join the parts of a name, and mean nothing to which agency it is ("Sở LĐTB và XH"). */
const JOINING = new Set(["va", "and"]);
/** An abbreviation as typed: two or more capitals ("LĐTB", "BHXH", "TP"). */
const ABBREVIATION = /^\p{Lu}{2,}$/u;
const NUMBER = /^\p{N}+$/u;
/**
 * More different lead texts than this, and the column lists people or places rather than agencies: the table is not
 * counted by lead, and its texts are not worked through one by one.
 */
const MAX_LEAD_TEXTS = 2000;

function wordsOf(name: string): string[] {
  return name.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A part that names an agency of its own: an abbreviation, or a name opening with an agency's word ("Sở" alone is not). */
function opensAsAgency(part: string): boolean {
  const words = wordsOf(part);
  const first = words[0];
  return first !== undefined && (ABBREVIATION.test(first) || (words.length > 1 && AGENCY_HEADS.has(fold(first))));
}

/**
 * A cell's agency: the one marked as lead where the cell names several, else the first named; without its role.
 * Null when the cell names none ("-", "(chủ trì)" alone).
 */
export function leadAgencyName(lead: string): string | null {
  // A role on a line of its own belongs to the name above it ("Sở LĐTB&XH\n(chủ trì)").
  const lines = lead
    .normalize("NFC")
    .replace(/\s*\n\s*\(/g, " (")
    .split(";");
  // A line break divides agencies as a comma does: "Sở\nLĐTB&XH" is one name typed over two lines of its cell.
  const parts = lines.flatMap((line) => {
    const pieces = line.split(/[,\n]/);
    const several = pieces.length > 1 && pieces.every((p) => opensAsAgency(p) || LEAD_ROLE.test(fold(p)));
    return several ? pieces : [line];
  });
  const named = parts.map((part) => part.trim()).filter((part) => part !== "");
  const chosen = named.find((part) => LEAD_ROLE.test(fold(part))) ?? named[0] ?? "";
  const name = chosen
    .replace(BRACKETED_ROLE, "")
    .replace(LEADING_ROLE, "")
    .replace(TRAILING_ROLE, "")
    .replace(/\s+/g, " ")
    .trim();
  return /\p{L}/u.test(name) ? name : null;
}

/**
 * The keys one agency's spellings share. `exact` ignores case, diacritics, spaces and punctuation ("Sở LĐ-TB&XH",
 * "Sở LĐTB và XH"); `initials` spells each word by its first letter and keeps abbreviations and numbers whole, so
 * that "Sở Lao động - Thương binh và Xã hội" meets "Sở LĐTB&XH", and "UBND quận 1" does not meet "UBND quận 10".
 */
function keysOf(name: string): { exact: string; initials: string; abbreviated: boolean } {
  const words = wordsOf(name).filter((word) => !JOINING.has(fold(word)));
  // A number is marked off, or "Phòng 1" with "2" after it would read as "Phòng 12".
  const whole = (word: string) => (NUMBER.test(word) ? `#${word}#` : fold(word));
  return {
    exact: words.map(whole).join(""),
    initials: words
      .map((word) => (ABBREVIATION.test(word) || NUMBER.test(word) ? whole(word) : fold(word)[0]))
      .join(""),
    abbreviated: words.some((word) => ABBREVIATION.test(word)),
  };
}

/** Words naming the kind of body, which a sentence may swap ("Sở", "ngành") while naming the same one. */
const GENERIC_HEADS = new Set(["so", "nganh"]);
/** Shorter initials than these could be any sentence's ("syt" for Sở Y tế). */
const MIN_SPELLED_INITIALS = 5;

/**
 * The initials of an abbreviated name, as the words of its name written in full begin ("Sở LĐTB&XH": "sldtbxh"), for
 * finding it written so in a sentence; null for a name written in full, or too short to tell.
 */
export function abbreviatedInitials(name: string): string | null {
  const keys = keysOf(name);
  if (!keys.abbreviated) return null;
  // "Sở LĐTB&XH" is as often "ngành Lao động - Thương binh và Xã hội" in a sentence: the department's word goes.
  const first = wordsOf(name)[0]!;
  const initials = GENERIC_HEADS.has(fold(first))
    ? keys.initials.slice(ABBREVIATION.test(first) ? fold(first).length : 1)
    : keys.initials;
  return initials.length >= MIN_SPELLED_INITIALS ? initials : null;
}

/** The initials of folded words as keysOf spells a name written in full: "so lao dong …" is "sld…". */
export function initialsOfWords(folded: string[]): string {
  return folded
    .filter((word) => !JOINING.has(word))
    .map((word) => (NUMBER.test(word) ? `#${word}#` : word[0]))
    .join("");
}

/**
 * Shorter initials than these could be any sentence's abbreviation ("CT" for chủ trì beside "Sở Công Thương"), unless
 * the agency's word stands before them ("Sở CT").
 */
const MIN_ABBREVIATED_INITIALS = 3;

/**
 * The initials an abbreviation of a name written in full spells, as abbreviationsIn reads them from a sentence ("Sở
 * Giáo dục và Đào tạo": "sgddt", and "gddt" without the department's word, as "ngành GD&ĐT" writes it); null for a
 * name that abbreviates.
 */
export function fullNameInitials(name: string): string[] | null {
  const keys = keysOf(name);
  if (keys.abbreviated) return null;
  const first = wordsOf(name)[0];
  const headless = first !== undefined && GENERIC_HEADS.has(fold(first)) ? [keys.initials.slice(1)] : [];
  return [keys.initials, ...headless].filter((initials) => initials.length >= MIN_ABBREVIATED_INITIALS);
}

/**
 * A run of abbreviations as typed, joined by "&", "-", "và" or a space: "GD&ĐT", "LĐ-TB và XH", "UBND TP". A run is
 * read whole, so "TP" in "UBND TP" is not taken for Sở Tư pháp.
 */
const ABBREVIATION_RUN =
  /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:(?:\s*[&\-–]\s*|\s+(?:và|and)\s+|\s+)\p{Lu}{2,})*(?![\p{L}\p{N}])/gu;
const LAST_WORD = /(\p{L}+)\s*$/u;

/**
 * The initials each run of abbreviations in a sentence as typed spells, in the terms of fullNameInitials: "do Sở
 * GD&ĐT chủ trì" gives "gddt", and with the agency's word before it "sgddt".
 */
export function abbreviationsIn(typed: string): string[] {
  const out: string[] = [];
  for (const m of typed.matchAll(ABBREVIATION_RUN)) {
    const initials = wordsOf(m[0])
      .map(fold)
      .filter((word) => !JOINING.has(word))
      .join("");
    if (initials.length >= MIN_ABBREVIATED_INITIALS) out.push(initials);
    const before = LAST_WORD.exec(typed.slice(0, m.index))?.[1];
    if (before !== undefined && AGENCY_HEADS.has(fold(before))) out.push(fold(before)[0] + initials);
  }
  return out;
}

/** The spellings of one agency, with how many indicators each names. */
type Spellings = Map<string, number>;

/** Spellings alike but for case and punctuation. */
interface Alike {
  spellings: Spellings;
  initials: string;
  abbreviated: boolean;
}

/**
 * The agency of each name, as the spellings one agency shares. Names alike but for case and punctuation are one.
 * Names with the same initials are one when an abbreviation is among them and at most one is written in full:
 * "Sở NV" beside both "Sở Nội vụ" and "Sở Ngoại vụ" could be either, so all three stay apart, whatever their order.
 */
function agenciesOf(counts: Map<string, number>): Map<string, Spellings> {
  const byExact = new Map<string, Alike>();
  for (const [name, count] of counts) {
    const keys = keysOf(name);
    let alike = byExact.get(keys.exact);
    if (!alike) byExact.set(keys.exact, (alike = { spellings: new Map(), ...keys }));
    alike.abbreviated ||= keys.abbreviated;
    alike.spellings.set(name, count);
  }
  const byInitials = new Map<string, Alike[]>();
  for (const alike of byExact.values()) {
    const list = byInitials.get(alike.initials);
    if (list) list.push(alike);
    else byInitials.set(alike.initials, [alike]);
  }
  const agencyOfName = new Map<string, Spellings>();
  for (const list of byInitials.values()) {
    const full = list.filter((alike) => !alike.abbreviated).length;
    const merged: Spellings | null =
      list.length > 1 && full <= 1 ? new Map(list.flatMap((alike) => [...alike.spellings])) : null;
    for (const alike of list)
      for (const name of alike.spellings.keys()) agencyOfName.set(name, merged ?? alike.spellings);
  }
  return agencyOfName;
}

/** The spelling written most often; of spellings written as often, the first met. */
function shownName(spellings: Spellings): string {
  let best = "";
  let most = 0;
  for (const [name, count] of spellings)
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
 * agency stay ungrouped. True when the table was grouped so.
 */
export function groupByLead(indicators: Indicator[]): boolean {
  const texts = new Set<string>();
  for (const indicator of indicators) if (indicator.lead !== null) texts.add(indicator.lead);
  if (texts.size > MAX_LEAD_TEXTS) return false;
  const nameOf = new Map([...texts].map((text) => [text, leadAgencyName(text)]));
  const counts = new Map<string, number>();
  let led = 0;
  for (const indicator of indicators) {
    const name = indicator.lead === null ? null : nameOf.get(indicator.lead)!;
    if (name === null) continue;
    led++;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  if (led * 2 < indicators.length) return false;
  const agencies = agenciesOf(counts);
  const distinct = new Set(agencies.values());
  if (distinct.size < 2 || distinct.size * 2 > led) return false;
  const shown = new Map([...distinct].map((spellings) => [spellings, shownName(spellings)]));
  for (const indicator of indicators) {
    const name = indicator.lead === null ? null : nameOf.get(indicator.lead)!;
    indicator.group = name === null ? null : shown.get(agencies.get(name)!)!;
  }
  return true;
}
