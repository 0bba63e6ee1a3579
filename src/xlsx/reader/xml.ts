import { SaxesParser, type SaxesTagPlain } from "saxes";

export interface XmlHandlers {
  /** An element opens; `name` is the local name (an "x:" prefix some writers use is dropped). */
  open(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  /** Character data, possibly in several pieces for one text node. */
  text?(text: string): void;
}

const CHUNK = 1 << 20;

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Parses one XML part with saxes, decoding it a megabyte at a time so a large sheet never exists as one string.
 * Throws on XML that is not well formed.
 */
export function parseXml(bytes: Uint8Array, handlers: XmlHandlers): void {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on("opentag", (tag: SaxesTagPlain) => handlers.open(localName(tag.name), tag.attributes));
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (tag: SaxesTagPlain) => close(localName(tag.name)));
  }
  if (handlers.text) {
    parser.on("text", handlers.text);
    parser.on("cdata", handlers.text);
  }
  parser.on("error", (error: Error) => {
    throw error;
  });
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const end = Math.min(at + CHUNK, bytes.length);
    parser.write(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length }));
  }
  parser.close();
}
