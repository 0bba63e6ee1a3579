import type { XmlHandlers } from "./xml";

/**
 * The shared strings table: each `<si>` is plain text or rich-text runs, joined. Phonetic guides (`<rPh>`,
 * furigana) are not part of the cell's text and are left out.
 */
export function sharedStrings(parse: (handlers: XmlHandlers) => void): string[] {
  const strings: string[] = [];
  let current = "";
  let inT = false;
  let phonetic = 0;
  parse({
    open(name) {
      if (name === "si") current = "";
      else if (name === "t") inT = phonetic === 0;
      else if (name === "rPh") phonetic++;
    },
    close(name) {
      if (name === "t") inT = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") strings.push(current);
    },
    text(text) {
      if (inT) current += text;
    },
  });
  return strings;
}
