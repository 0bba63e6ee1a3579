/** Text normalisation for matching Vietnamese headers and labels typed with or without diacritics. */
import { memoize } from "./memo";

/** Lower case, no diacritics (đ → d), single spaces, trimmed. Memoised: units and statuses repeat down a column. */
export const fold = memoize(foldUncached);

function foldUncached(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

const phrases = new Map<string, RegExp>();

/** True when the folded text contains the folded phrase as whole words. */
export function hasWords(folded: string, phrase: string): boolean {
  let pattern = phrases.get(phrase);
  if (!pattern) {
    const p = fold(phrase).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    pattern = new RegExp(`(^|[^a-z0-9])${p}($|[^a-z0-9])`);
    phrases.set(phrase, pattern);
  }
  return pattern.test(folded);
}
