import i18next, { type i18n } from "i18next";
import type { Lang } from "../types";
import { catalog, type Messages } from "./catalog";
import { formatNumber } from "../numbers";
import { PERCENT_SIGN, percentText, SHARE_DECIMALS } from "../figures";

export type MessageParams = Record<string, string | number>;

let instance: i18n | null = null;

/** The reader's language decides how numbers in messages look, not the sheet's. */
const convention = (lng: string | undefined) => (lng === "en" ? "en" : "vi");

/** Formats messages use, as "{{sum, num}}": the same functions serve i18next and the compiled messages. */
const FORMATS: Record<string, (value: number, lng: string | undefined) => string> = {
  num: (value, lng) => formatNumber(value, convention(lng)),
  // A percent a rule quotes keeps its two decimals ("125,00 %", "78,41 %"), with the sign written as percentText
  // writes it, so a message and the figures beside it in the findings file read alike.
  pct: (value, lng) => {
    const lang = convention(lng);
    return formatNumber(value, lang, { percent: true, decimals: 2 }).replace(/%$/, PERCENT_SIGN[lang]);
  },
  // A share of a period or a threshold as the paragraph writes it (percentText): "75 %", "66,7 %", never "75,00 %".
  share: (value, lng) => percentText(value, convention(lng), SHARE_DECIMALS),
};

function translator(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    // Resources are bundled, so initialisation is synchronous and needs no backend.
    void instance.init({
      resources: { vi: { translation: catalog.vi }, en: { translation: catalog.en } },
      lng: "vi",
      fallbackLng: "en",
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      // i18next otherwise prints an advertisement on stdout, which would corrupt the command line's --json output.
      showSupportNotice: false,
    });
    for (const [name, format] of Object.entries(FORMATS)) instance.services.formatter?.add(name, format);
  }
  return instance;
}

/** What the catalogue needs of a validation rule (src/core/rules/rule.ts). */
export interface RuleTexts {
  code: string;
  title: { vi: string; en: string };
  messages: { vi: string; en: string };
}

/**
 * Adds the validation rules' titles (`rules.<code>`) and messages (`issues.<code>`) to the catalogue. They come with
 * the rules rather than with the catalogue, so that the page the custom functions load with, which checks no table,
 * does not carry the rules (its size is held to a budget: tests/build/dist.test.ts).
 */
export function addRuleMessages(rules: readonly RuleTexts[]): void {
  for (const lang of ["vi", "en"] as const) {
    const titles = catalog[lang].rules as Messages;
    const messages = catalog[lang].issues as Messages;
    for (const rule of rules) {
      titles[rule.code] = rule.title[lang];
      messages[rule.code] = rule.messages[lang];
    }
    instance?.addResourceBundle(lang, "translation", { rules: titles, issues: messages }, true, true);
  }
  // A key asked before its rule was added was compiled as missing.
  compiled.vi.clear();
  compiled.en.clear();
}

/** The message as i18next gives it: plurals, nesting, fallback to English. */
export function i18nextMessage(lang: Lang, key: string, params: MessageParams = {}): string {
  return translator().t(key, { ...params, lng: lang });
}

/** Text between placeholders, and each placeholder's parameter and format. */
interface Template {
  texts: string[];
  names: string[];
  formats: (string | null)[];
}

interface Compiled {
  /** The whole message, or the part before the message it nests ("… $t(issues.relation.{{relation}}) …"). */
  head: Template;
  /** The nested message's key, filled from the same parameters, and the text after it. */
  nested: { key: Template; tail: Template } | null;
  /** True when the key has plural forms ("…_one", "…_other") for a count to choose from. */
  plural: boolean;
}

/** i18next options a parameter could be taken for; a message given one goes through i18next. */
const OPTION_NAMES = new Set([
  "context",
  "ordinal",
  "defaultValue",
  "replace",
  "lng",
  "lngs",
  "fallbackLng",
  "ns",
  "keyPrefix",
  "returnObjects",
  "returnDetails",
  "joinArrays",
  "postProcess",
  "interpolation",
  "skipInterpolation",
  "nsSeparator",
  "keySeparator",
  "formatParams",
]);

const compiled = { vi: new Map<string, Compiled | null>(), en: new Map<string, Compiled | null>() };

function template(text: string): Template | null {
  const texts: string[] = [];
  const names: string[] = [];
  const formats: (string | null)[] = [];
  let from = 0;
  for (const match of text.matchAll(/\{\{(.+?)\}\}/g)) {
    const [name, ...format] = match[1]!.split(",").map((p) => p.trim());
    const formatName = format.length > 0 ? format.join(",") : null;
    if (!/^\w+$/.test(name!) || (formatName !== null && !Object.hasOwn(FORMATS, formatName))) return null;
    texts.push(text.slice(from, match.index));
    names.push(name!);
    formats.push(formatName);
    from = match.index + match[0].length;
  }
  texts.push(text.slice(from));
  if (texts.some((piece) => piece.includes("{{") || piece.includes("}}"))) return null;
  return { texts, names, formats };
}

/**
 * The message split at its placeholders and at the one message it may nest, or null for one only i18next reads
 * right: a key that is no plain string in this language (plural forms, a fallback to English, a namespace), two
 * nested messages, unescaped or dotted placeholders, or a format other than FORMATS.
 */
function compile(lang: Lang, key: string): Compiled | null {
  if (key.includes(":")) return null;
  let node: unknown = catalog[lang];
  let parent: object = {};
  const path = key.split(".");
  for (const part of path) {
    if (typeof node !== "object" || node === null || !Object.prototype.hasOwnProperty.call(node, part)) return null;
    parent = node;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node !== "string") return null;
  const pluralPrefix = `${path.at(-1)}_`;
  const plural = Object.keys(parent).some((sibling) => sibling.startsWith(pluralPrefix));
  const nesting = node.indexOf("$t(");
  if (nesting < 0) {
    const head = template(node);
    return head && { head, nested: null, plural };
  }
  const close = node.indexOf(")", nesting);
  if (close < 0 || node.indexOf("$t(", close) >= 0) return null;
  const keyText = node.slice(nesting + 3, close);
  // The nested key must stay a key once filled in: no options, formats or spaces for i18next to read in it.
  if (!/^[\w.-]*$/.test(keyText.replace(/\{\{\w+\}\}/g, ""))) return null;
  const head = template(node.slice(0, nesting));
  const nestedKey = template(keyText);
  const tail = template(node.slice(close + 1));
  return head && nestedKey && tail && { head, nested: { key: nestedKey, tail }, plural };
}

/**
 * A template filled in, or null when i18next must fill it: a parameter missing, of another type, or, in a message
 * that nests none, holding text i18next would read as markup ("{{", "$t("). A message that nests another is always
 * filled here, its parameters shown as they are: i18next puts the nested message in with String.replace, so a cell
 * text quoted in it with "$&" made it loop for ever, and "$`" or "$'" garbled it. A key's parameters must be plain
 * words.
 */
function fillTemplate(part: Template, lang: Lang, params: MessageParams, nesting: boolean, inKey = false) {
  let out = part.texts[0]!;
  for (let i = 0; i < part.names.length; i++) {
    const value = Object.hasOwn(params, part.names[i]!) ? params[part.names[i]!] : undefined;
    const format = part.formats[i]!;
    if (typeof value === "number" && !inKey) {
      out += format === null ? String(value) : FORMATS[format]!(value, lang);
    } else if (
      typeof value === "string" &&
      format === null &&
      (inKey ? /^[\w-]+$/.test(value) : nesting || (!value.includes("{{") && !value.includes("$t(")))
    ) {
      out += value;
    } else {
      return null;
    }
    out += part.texts[i + 1]!;
  }
  return out;
}

/**
 * The compiled message filled in, or null when i18next must: a count to choose a plural form with, a parameter
 * named like one of its options, or one fillTemplate refuses. A count for a message without plural forms is only a
 * number to show, as i18next then shows it. A nested message is read with the same parameters, as i18next reads it.
 */
function fill(message: Compiled, key: string, lang: Lang, params: MessageParams): string | null {
  if (message.plural && Object.hasOwn(params, "count")) return null;
  for (const name in params) if (OPTION_NAMES.has(name)) return null;
  const nesting = message.nested !== null;
  const head = fillTemplate(message.head, lang, params, nesting);
  if (head === null || !message.nested) return head;
  const nestedKey = fillTemplate(message.nested.key, lang, params, nesting, true);
  const tail = fillTemplate(message.nested.tail, lang, params, nesting);
  if (nestedKey === null || tail === null || nestedKey === key) return null;
  return head + t(lang, nestedKey, params) + tail;
}

/**
 * The message for `key` in `lang`, with `{{name}}` placeholders filled from `params`. Most messages are plain text
 * with placeholders, filled here from a split made once: through i18next each cost microseconds, and a report of
 * 20,000 rows has tens of thousands of them. The rest go through i18next, which gives the same text for any message.
 */
export function t(lang: Lang, key: string, params: MessageParams = {}): string {
  const cache = lang === "vi" ? compiled.vi : lang === "en" ? compiled.en : null;
  if (cache) {
    let message = cache.get(key);
    if (message === undefined) {
      message = compile(lang, key);
      cache.set(key, message);
    }
    const text = message ? fill(message, key, lang, params) : null;
    if (text !== null) return text;
  }
  return i18nextMessage(lang, key, params);
}

/** How a list's names are parted: by commas, or by semicolons where names and their figures hold commas. */
export type ListParting = "comma" | "semicolon";

const conjunctionPatterns = new Map<string, RegExp>();

/** Whether a name holds the conjunction as a word of its own ("tư vấn và giới thiệu", not "dựa vào"). */
function holdsConjunction(item: string, conjunction: string): boolean {
  // A cheap test first: most names hold no such letters at all, and need no pattern.
  if (!item.toLowerCase().includes(conjunction)) return false;
  let pattern = conjunctionPatterns.get(conjunction);
  if (pattern === undefined) {
    pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${conjunction}(?![\\p{L}\\p{M}\\p{N}])`, "iu");
    conjunctionPatterns.set(conjunction, pattern);
  }
  return pattern.test(item);
}

/**
 * Names listed in a sentence, the last joined by the conjunction: "Hoàn Kiếm, Long Biên và Đống Đa", "Hoàn Kiếm and
 * Long Biên". Names that hold commas of their own ("Tỷ lệ hộ nghèo, cận nghèo") are parted by semicolons. When a
 * name holds the conjunction itself ("Sở Lao động - Thương binh và Xã hội"), a bare conjunction would no longer tell
 * where one name ends, so every boundary keeps its separator, as the catalogue words it. Not Intl.ListFormat: its
 * English puts a comma before "and" always, and it knows no separator but its own.
 */
export function listText(items: readonly string[], lang: Lang, parting: ListParting = "comma"): string {
  if (items.length < 2) return items[0] ?? "";
  const conjunction = t(lang, "common.list.conjunction");
  const marked = items.some((item) => holdsConjunction(item.normalize("NFC"), conjunction));
  return t(lang, `common.list.${parting}.${marked ? "marked" : "last"}`, {
    rest: items.slice(0, -1).join(t(lang, `common.list.${parting}.separator`)),
    last: items.at(-1)!,
  });
}

/** "vi" for a Vietnamese locale tag ("vi", "vi-VN"), "en" for anything else. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return /^vi\b/i.test(locale ?? "") ? "vi" : "en";
}

export function hasMessage(key: string): boolean {
  return translator().exists(key, { lng: "vi" }) && translator().exists(key, { lng: "en" });
}
