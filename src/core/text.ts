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

/**
 * Whether `trim` removes the character: JavaScript's white space and line terminators (ECMA-262 WhiteSpace,
 * LineTerminator), which are the ASCII controls 9–13, the space, and a few Unicode spaces.
 */
export function isTrimmedSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * `text.trim()`, without the call where neither end is a space, as for most cell texts: the engine trims several
 * labels of every row, and the builtin costs more than the two tests.
 */
export function trimmed(text: string): string {
  const n = text.length;
  if (n === 0 || (!isTrimmedSpace(text.charCodeAt(0)) && !isTrimmedSpace(text.charCodeAt(n - 1)))) return text;
  return text.trim();
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

/** A name or label on one line: typed over two lines of a cell, it reads as one in a sentence. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The text with its first letter a capital, as a sentence opens. Vietnamese casing: the same as English's for every
 * letter either writes, so one locale serves both languages.
 */
export function capitalizeFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/**
 * Whether the text is typed in capitals ("CHỈ TIÊU DO NGÀNH LĐTB&XH CHỦ TRÌ", "HUYỆN SÓC SƠN"): some
 * capital letter and no small one. Digits and signs alone ("2024", "-") are not.
 */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toLocaleUpperCase("vi");
}
