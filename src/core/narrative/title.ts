/**
 * A section title as a sentence reads it: "CHỈ TIÊU DO NGÀNH LĐTB&XH CHỦ TRÌ" shouts mid-sentence, so a title typed
 * all in capitals is written in sentence case, its abbreviations kept as typed.
 */
import { fold } from "../text";

/**
 * One Vietnamese syllable: an initial consonant, a vowel cluster, a final consonant. A word in capitals that is not
 * one (BHXH, UBND, LĐTB&XH, HIV) is an abbreviation.
 */
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]+(ng|nh|ch|[cmnpt])?$/;

function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toLocaleUpperCase("vi");
}

function lowerWord(word: string): string {
  const letters = word.replace(/[^\p{L}]/gu, "");
  if (letters !== word.replace(/[^\p{L}\p{N}&]/gu, "") || !SYLLABLE.test(fold(letters))) return word;
  return word.toLocaleLowerCase("vi");
}

/** The title in sentence case when typed all in capitals; as typed otherwise. */
export function sentenceCase(title: string): string {
  if (!isAllCaps(title)) return title;
  const lowered = title
    .split(" ")
    .map((word) => lowerWord(word))
    .join(" ");
  return lowered.charAt(0).toLocaleUpperCase("vi") + lowered.slice(1);
}

/**
 * What a section's title says its indicators are, after "chỉ tiêu": "Chỉ tiêu phối hợp thực hiện" gives "phối hợp
 * thực hiện", so "trong 5 chỉ tiêu phối hợp thực hiện" does not say "chỉ tiêu" twice; null for any other title.
 */
export function indicatorsPhrase(title: string): string | null {
  const match = /^(\S+\s+\S+)\s+(.+)$/u.exec(title);
  return match && fold(match[1]!) === "chi tieu" ? match[2]! : null;
}
