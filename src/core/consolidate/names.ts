/**
 * Matching an indicator's name across units. Districts type the same table differently (with or without
 * diacritics, "BHYT" or "bảo hiểm y tế", "Tỷ" or "Tỉ", a row number inside the name), so names are compared by
 * a key that ignores those; anything beyond that is only a resemblance, which is reported and never merged.
 */
import { fold } from "../text";

/** A row number typed into the name: "1.", "1.2)", "II.", "a)", "-", "+", "•". */
const NUMBER_PREFIX = /^\s*(?:(?:\d+(?:[.,]\d+)*|[ivxlc]+|\p{L})\s*[.):\-–]\s*|[-+*•–]\s*)+/iu;
/** A word as written, its diacritics on. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Common abbreviations, expanded so "Tỷ lệ tham gia BHYT" meets "tỷ lệ tham gia bảo hiểm y tế". */
const ABBREVIATIONS: Record<string, string> = {
  bhyt: "bao hiem y te",
  bhxh: "bao hiem xa hoi",
  bhtn: "bao hiem that nghiep",
  ldtbxh: "lao dong thuong binh va xa hoi",
  xkld: "xuat khau lao dong",
  gqvl: "giai quyet viec lam",
  ubnd: "uy ban nhan dan",
  hdnd: "hoi dong nhan dan",
  tp: "thanh pho",
};
/**
 * Words whose presence changes no meaning in an indicator's name, compared with their diacritics: without them
 * "tại" would take "tái" along, and "Số hộ tái nghèo" (households fallen back into poverty) would be summed
 * into "Số hộ nghèo".
 */
const FILLERS = new Set(["của", "các", "những", "được", "và", "là", "tại"]);
/**
 * The same words in a name typed without diacritics, where the bare letters are hardly ever another word of an
 * indicator's name (cửa, dược, lá). "tai" is not one: it is as often "tái", "tài" or "tải".
 */
const BARE_FILLERS = new Set(["cua", "cac", "nhung", "duoc", "va", "la"]);
/** The territory "trên địa bàn" may name before the place's own name (folded words). */
const TERRITORIES = [
  ["huyen"],
  ["quan"],
  ["thi", "xa"],
  ["thi", "tran"],
  ["thanh", "pho"],
  ["tp"],
  ["tinh"],
  ["xa"],
  ["phuong"],
];
/** Vietnamese writes the final i of an open syllable as y or i ("tỷ"/"tỉ", "quý"/"quí", "kỹ"/"kĩ"). */
const FINAL_Y = /^([bcdghklmnpqrstvx]+|qu)y$/;

interface Word {
  folded: string;
  written: string;
}

/**
 * The words left once "trên địa bàn" is taken out with what follows it to say where: "toàn", a territory
 * ("huyện", "thành phố") and the place's name, known by its capitals ("trên địa bàn huyện Đông Anh").
 */
function withoutArea(words: Word[]): Word[] {
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i]!.folded !== "tren" || words[i + 1]!.folded !== "dia" || words[i + 2]!.folded !== "ban") continue;
    let end = i + 3;
    if (words[end]?.folded === "toan") end++;
    const territory = TERRITORIES.find((t) => t.every((w, k) => words[end + k]?.folded === w));
    if (territory) end += territory.length;
    while (end < words.length && isCapitalised(words[end]!.written)) end++;
    return [...words.slice(0, i), ...withoutArea(words.slice(end))];
  }
  return words;
}

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** The words an indicator's name is compared by. */
export function nameWords(name: string): string[] {
  const written = name.normalize("NFC").replace(NUMBER_PREFIX, "").match(WORD) ?? [];
  const words: Word[] = [];
  for (const word of written) {
    for (const folded of fold(word).split(/[^a-z0-9]+/)) if (folded) words.push({ folded, written: word });
  }
  const bare = words.every((w) => w.folded === w.written.toLowerCase());
  return withoutArea(words)
    .flatMap(({ folded, written }) => {
      const expanded = ABBREVIATIONS[folded];
      if (expanded) return expanded.split(" ").filter((w) => !BARE_FILLERS.has(w));
      return (bare ? BARE_FILLERS.has(folded) : FILLERS.has(written.toLowerCase())) ? [] : [folded];
    })
    .map((word) => word.replace(FINAL_Y, "$1i"));
}

/** Names with the same key are the same indicator. */
export function nameKey(name: string): string {
  return nameWords(name).join(" ");
}

/** How much two names resemble each other, from 0 to 1: the share of words they have in common (Dice). */
export function nameSimilarity(a: string, b: string): number {
  const left = nameWords(a);
  const right = nameWords(b);
  if (left.length + right.length === 0) return 1;
  const pool = new Map<string, number>();
  for (const word of left) pool.set(word, (pool.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of right) {
    const n = pool.get(word) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(word, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** A unit of measure as compared: "Lượt người" and "lượt  người" agree; "%" and "tỷ lệ %" too. */
export function measureUnitKey(unit: string): string {
  return fold(unit)
    .replace(/^ti le\s*/, "")
    .replace(/[\s.()]/g, "");
}
