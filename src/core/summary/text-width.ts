/**
 * How wide a text prints in the summary's font, Times New Roman, counted in the unit column widths are given in:
 * the width of a digit of the 11 pt default font. The plan sizes its label columns with it and the writers count a
 * wrapped text's lines with it, so a column made for a label holds it on the line the row height allows for.
 */

/** Times New Roman's advance widths in thousandths of an em, from space (32) to tilde (126). */
// prettier-ignore
const ASCII_WIDTHS = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
  500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
  921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
  556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
  333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
  500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
const DIGIT = 500;
/** Times New Roman Bold runs about this much wider than the regular face over Vietnamese and English text. */
const BOLD = 1.08;
/** Letters and signs outside ASCII that the summary's texts use, where their width is not their base letter's. */
const OTHER_WIDTHS: Record<string, number> = {
  "\u00a0": 250,
  đ: 500,
  Đ: 722,
  "–": 500,
  "—": 1000,
  "…": 1000,
  "≥": 549,
  "≤": 549,
  "‘": 333,
  "’": 333,
  "“": 444,
  "”": 444,
};
/** The horn of ư and ơ sticks out right of the letter. */
const HORN = "\u031b";
const HORN_EXTRA = 60;
/** Unicode's block of combining diacritical marks, where every Vietnamese tone and vowel mark lies. */
const COMBINING_FIRST = 0x300;
const COMBINING_LAST = 0x36f;
const widthCache = new Map<string, number>();

/** A Vietnamese letter is as wide as its base letter: its tone and vowel marks sit above or below it. */
function composedWidth(char: string): number {
  const parts = char.normalize("NFD");
  const base = parts.charCodeAt(0);
  const width = base >= 32 && base <= 126 ? ASCII_WIDTHS[base - 32]! : DIGIT;
  return parts.includes(HORN) ? width + HORN_EXTRA : width;
}

function nonAsciiWidth(char: string): number {
  const cached = widthCache.get(char);
  if (cached !== undefined) return cached;
  const code = char.charCodeAt(0);
  let width: number;
  if (code >= COMBINING_FIRST && code <= COMBINING_LAST) {
    // A mark typed apart from its letter (decomposed text, as a Mac pastes it or "Unicode tổ hợp" types it) sits on
    // the letter before it, measured as its base letter: the text is then as wide as its composed form.
    width = char === HORN ? HORN_EXTRA : 0;
  } else {
    width = OTHER_WIDTHS[char] ?? composedWidth(char);
  }
  widthCache.set(char, width);
  return width;
}

/** The width of `text` at `fontSize` points, in digits of the 11 pt default font. */
export function textWidth(text: string, bold = false, fontSize = 11): number {
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    units += code >= 32 && code <= 126 ? ASCII_WIDTHS[code - 32]! : nonAsciiWidth(text.charAt(i));
  }
  return ((units / DIGIT) * (bold ? BOLD : 1) * fontSize) / 11;
}

/** A cell keeps about a digit of its width for its margins; the rest is the line its text wraps within. */
export const CELL_MARGIN = 1;

/** The column width (in digits) that holds each of `labels` on one line. */
export function labelColumnWidth(labels: readonly string[], bold = false): number {
  let widest = 0;
  for (const label of labels) widest = Math.max(widest, textWidth(label, bold));
  return Math.ceil(widest + CELL_MARGIN);
}
