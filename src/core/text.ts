/** Text normalisation for matching Vietnamese headers and labels typed with or without diacritics. */

/** Units, statuses and agencies repeat down a column, so folding is memoised (bounded, then started afresh). */
const MEMO_LIMIT = 20_000;
const memo = new Map<string, string>();

/** Lower case, no diacritics (đ → d), single spaces, trimmed. */
export function fold(text: string): string {
  const known = memo.get(text);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const folded = foldUncached(text);
  memo.set(text, folded);
  return folded;
}

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
