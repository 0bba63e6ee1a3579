/**
 * Matching an indicator's name across units. Districts type the same table differently (with or without
 * diacritics, "BHYT" or "bảo hiểm y tế", "Tỷ" or "Tỉ", a row number inside the name), so names are compared by
 * a key that ignores those; anything beyond that is only a resemblance, which is reported and never merged.
 */
import { fold } from "../text";

/** A row number typed into the name: "1.", "1.2)", "II.", "a)", "-", "+", "•". */
const NUMBER_PREFIX = /^\s*(?:(?:\d+(?:[.,]\d+)*|[ivxlc]+|[a-z])\s*[.):\-–]\s*|[-+*•–]\s*)+/;
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
/** Words whose presence changes no meaning in an indicator's name ("của", "các", "được", "trên địa bàn"). */
const FILLERS = new Set(["cua", "cac", "nhung", "duoc", "va", "la", "tai", "dia", "ban", "tren"]);
/** Vietnamese writes the final i of an open syllable as y or i ("tỷ"/"tỉ", "quý"/"quí", "kỹ"/"kĩ"). */
const FINAL_Y = /^([bcdghklmnpqrstvx]+|qu)y$/;

/** The words an indicator's name is compared by. */
export function nameWords(name: string): string[] {
  const folded = fold(name).replace(NUMBER_PREFIX, "");
  return folded
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .flatMap((word) => (ABBREVIATIONS[word] ?? word).split(" "))
    .map((word) => word.replace(FINAL_Y, "$1i"))
    .filter((word) => !FILLERS.has(word));
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
