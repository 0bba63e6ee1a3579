/**
 * A section title as a sentence reads it: "CHỈ TIÊU DO NGÀNH LĐTB&XH CHỦ TRÌ" shouts mid-sentence, so a title typed
 * all in capitals is written in sentence case, its abbreviations kept as typed.
 */
import { capitalizeFirst, fold, isAllCaps, oneLine } from "../text";

/**
 * One Vietnamese syllable: an initial consonant, a vowel cluster, a final consonant. A word in capitals that is not
 * one (BHXH, UBND, LĐTB&XH, HIV) is an abbreviation.
 */
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]+(ng|nh|ch|[cmnpt])?$/;

function lowerWord(word: string): string {
  const letters = word.replace(/[^\p{L}]/gu, "");
  if (letters !== word.replace(/[^\p{L}\p{N}&]/gu, "") || !SYLLABLE.test(fold(letters))) return word;
  return word.toLocaleLowerCase("vi");
}

/**
 * Words that open an agency's or a sector's name ("ngành Lao động - Thương binh và Xã hội", "Sở Y tế"), by the word
 * before them that would make them something else: "cơ sở" is a facility, "cán bộ" an official. Compared with their
 * diacritics, as "số" (a number) folds to the same letters as "sở".
 */
const ORGANS = new Map<string, string | null>([
  ["ngành", null],
  ["sở", "cơ"],
  ["bộ", "cán"],
]);
/** What may stand between the parts of a name, each part opening with a capital: "Lao động - Thương binh và Xã hội". */
const JOINERS = new Set(["-", "–", "—", "va", "&", ","]);
/** Where an agency's name ends: its role in the title ("chủ trì", "phối hợp thực hiện") or what follows it. */
const NAME_ENDS = new Set(["chu", "phoi", "thuc", "quan", "theo", "do", "thuoc", "cua", "tai", "tren", "ve", "nam"]);

/** A title's words, each agency's or sector's name written as a proper name, and where each name runs. */
interface Named {
  words: string[];
  /** Each name's first word and the word after its last. */
  runs: Array<[number, number]>;
}

/**
 * The words of an agency's or sector's name written as a proper name, as administrative Vietnamese writes it: the
 * first word of each of its parts capitalised ("ngành Lao động - Thương binh và Xã hội", "Sở Giáo dục và Đào tạo").
 */
function properNames(words: string[]): Named {
  const folded = words.map((word) => fold(word).replace(/[,.;:]$/, ""));
  const lower = words.map((word) => word.normalize("NFC").toLocaleLowerCase("vi"));
  const runs: Array<[number, number]> = [];
  let from: number | null = null;
  let opensPart = false;
  const shown = words.map((word, i) => {
    const f = folded[i]!;
    const organ = lower[i]!;
    if (ORGANS.has(organ) && (i === 0 || lower[i - 1] !== ORGANS.get(organ))) {
      if (from !== null) runs.push([from, i]);
      from = i;
      opensPart = true;
      // "Sở", "Bộ" are part of the agency's name; "ngành" names a sector, not an agency.
      return organ === "ngành" ? word : capitalizeFirst(word);
    }
    if (from === null) return word;
    if (NAME_ENDS.has(f) || word.startsWith("(")) {
      runs.push([from, i]);
      from = null;
      return word;
    }
    if (JOINERS.has(f)) {
      opensPart = true;
      return word;
    }
    const shownWord = opensPart ? capitalizeFirst(word) : word;
    opensPart = word.endsWith(",");
    return shownWord;
  });
  if (from !== null) runs.push([from, words.length]);
  return { words: shown, runs };
}

/** The title in sentence case when typed all in capitals, agencies' names as proper names; as typed otherwise. */
export function sentenceCase(title: string): string {
  if (!isAllCaps(title)) return title;
  const lowered = properNames(title.split(" ").map((word) => lowerWord(word))).words.join(" ");
  return capitalizeFirst(lowered);
}

/**
 * A section's title as the user reads it wherever the engine shows it, in a sentence or a list: on one line, and in
 * sentence case when typed in capitals.
 */
export function sectionTitle(title: string): string {
  return sentenceCase(oneLine(title));
}

/**
 * The agencies and sectors a section's title names, as proper names whatever case the title is typed in: "CHỈ TIÊU
 * DO SỞ GIÁO DỤC VÀ ĐÀO TẠO CHỦ TRÌ" names "Sở Giáo dục và Đào tạo", which a sentence may abbreviate ("Sở GD&ĐT").
 */
export function agencyNamesIn(title: string): string[] {
  const { words, runs } = properNames(sectionTitle(title).split(" "));
  return runs
    .map(([from, to]) =>
      words
        .slice(from, to)
        .join(" ")
        .replace(/[\s,.;:\-–—]+$/u, ""),
    )
    .filter((name) => name.includes(" "));
}

/**
 * What a section's title says its indicators are, after "chỉ tiêu": "Chỉ tiêu phối hợp thực hiện" gives "phối hợp
 * thực hiện", so "trong 5 chỉ tiêu phối hợp thực hiện" does not say "chỉ tiêu" twice; null for any other title.
 */
export function indicatorsPhrase(title: string): string | null {
  const match = /^(\S+\s+\S+)\s+(.+)$/u.exec(title);
  return match && fold(match[1]!) === "chi tieu" ? match[2]! : null;
}
