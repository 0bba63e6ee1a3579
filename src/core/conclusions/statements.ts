/**
 * Finding the conclusions officials type beside their tables ("Kết quả: đạt 20/27 chỉ tiêu", "hoàn thành 11/12
 * chỉ tiêu do ngành chủ trì", "(đạt 78,41% kế hoạch)") and reading what each one claims. Purely textual: which
 * indicators a claim is about is decided against the table in ./check.
 */
import { memoize } from "../memo";

/** What a count claims to count. `above` is "đạt trên 90%"; with "còn lại" it counts the not-achieved rest only. */
export type Counted = "achieved" | "not_achieved" | "no_data" | "total" | "above";

export interface CountStatement {
  kind: "count";
  counted: Counted;
  stated: number;
  /** The "of M" in "N/M chỉ tiêu", when stated. */
  of: number | null;
  /** For `above`: the share stated (0.9 for "trên 90%"), and whether only the not-achieved rest is meant. */
  above: { share: number; rest: boolean } | null;
  /** Folded text that may name the group: the claim's own clause first, then the clauses before it. */
  scopeTexts: string[];
  /** The same texts as typed, where an abbreviation ("Sở GD&ĐT") shows by its capitals. */
  scopeTyped: string[];
  /** The claim's clause as typed, for messages. */
  quote: string;
}

export interface PercentStatement {
  kind: "percent";
  /** Stated share of plan, as a fraction (78,41 % → 0.7841). */
  stated: number;
  /** Decimals shown, which bounds how closely the statement can agree. */
  decimals: number;
  /** The folded sentence it was said in, where the indicator's name is looked for. */
  text: string;
  quote: string;
}

export type Statement = CountStatement | PercentStatement;

/** Lower case without diacritics, one character for one: positions in the folded text are positions in the text. */
export function foldKeepingLength(text: string): string {
  let out = "";
  for (const ch of text) out += ch.charCodeAt(0) < 128 ? ch.toLowerCase() : foldCharacter(ch);
  return out;
}

/**
 * ASCII needs only lower case; every other character is decomposed, which is the slow part: memoised, as a text's
 * letters come from a small alphabet.
 */
const foldCharacter = memoize(foldCharacterUncached);

function foldCharacterUncached(ch: string): string {
  return (
    ch
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase()
      .slice(0, 1) || ch
  );
}

const QUOTE_LIMIT = 90;

function quoteOf(text: string): string {
  const trimmed = text.trim().replace(/^[,;:–—-]\s*/, "");
  return trimmed.length > QUOTE_LIMIT ? `${trimmed.slice(0, QUOTE_LIMIT - 1).trimEnd()}…` : trimmed;
}

/** Clause boundaries: sentence ends, semicolons, a comma or parenthesis followed by a space (not 78,41). */
const SENTENCE_END = /[.!?;]\s+|;|\n/g;
const CLAUSE_END = /,\s+|\s+\(|\)\s*/g;

interface Span {
  start: number;
  end: number;
}

function split(text: string, boundary: RegExp, from: number, to: number): Span[] {
  const spans: Span[] = [];
  const part = text.slice(from, to);
  let start = 0;
  for (const m of part.matchAll(boundary)) {
    if (m.index > start) spans.push({ start: from + start, end: from + m.index });
    start = m.index + m[0].length;
  }
  if (start < part.length) spans.push({ start: from + start, end: to });
  return spans;
}

/**
 * "Trong 12 chỉ tiêu …, 11 chỉ tiêu hoàn thành" is 11/12 and is quoted whole; a later clause within the same count
 * is quoted with the opening alone ("Trong 20 chỉ tiêu …, … 2 chỉ tiêu đạt …"), not with the claims between.
 */
function quoteWithin(clean: string, opening: Span | null, clause: Span): string {
  if (opening === null) return clean.slice(clause.start, clause.end);
  const between = clean.slice(opening.end, clause.start);
  if (/^[\s,;:()–—-]*$/.test(between)) return clean.slice(opening.start, clause.end);
  return `${clean.slice(opening.start, opening.end)}, … ${clean.slice(clause.start, clause.end)}`;
}

/** What FRACTION, COUNT and PERCENT_OF_PLAN each need somewhere in the text. */
const CLAIM_MARK = /\d\s*\/|\d\s+(chi tieu|indicator)|%/;
/**
 * "N/M", or in English "N of (the) M", not part of a date (31/12/2023), a code (761/QĐ-TTg) or a figure
 * (139,870 of 150,000), followed by nothing or by "chỉ tiêu".
 */
const FRACTION = /(?<![\d/.,])(\d{1,4})(?:\s*\/\s*| of (?:the )?)(\d{1,4})(?![\d/.,]\d)/g;
/** "none of the 4 indicators", "không có chỉ tiêu nào": a count of zero, written without the digit. */
const NONE = /\bnone of (?:the )?(\d{1,4})\b|\bkhong co chi tieu nao\b/;
/** "the only indicator, X, is achieved", "chỉ tiêu duy nhất do … chủ trì chưa hoàn thành": one of one. */
const ONLY = /\bthe only indicator\b|\bchi tieu duy nhat\b/;
/**
 * "chỉ tiêu duy nhất chưa hoàn thành là Tuyển sinh", "the only indicator not achieved is …": the one of its status
 * among others, not one of one.
 */
const ONLY_OF_STATUS =
  /\b(the only indicator|chi tieu duy nhat) (not |da |chua |khong dat|khong hoan|hoan thanh|dat|achieved|without|with no)/;
const COUNT = /(?<![\d/.,])(\d{1,4})\s+(?:chi tieu|indicators?)\b/g;
const ABOVE = /(?:tren|tu|hon|above|over)\s+(\d{1,3}(?:[.,]\d+)?)\s*%/;
const NO_DATA = /(chua|khong) co (so lieu|du lieu|ket qua)|\bno data\b/;
const NOT_ACHIEVED = /(chua|khong|not yet|not) (dat|hoan thanh|achieved|met|completed)/;
const ACHIEVED = /hoan thanh|\bdat\b|\bvuot\b|achieved|completed|\bmet\b/;
const TOTAL = /tong so|tong cong|\bbao gom\b|\bgom\b|\btotal\b|\bin all\b/;
/** "Trong 12 chỉ tiêu do … chủ trì", "Of the 5 indicators …": the count the clauses after it speak within. */
const WITHIN = /^\s*(?:trong (?:so )?|of the |among the )(\d{1,4}) (?:chi tieu|indicators?)\b/;
const PERCENT_OF_PLAN =
  /(?:dat|bang|dat duoc|reached|at)\s+(\d{1,3}(?:[.,](\d+))?)\s*%\s*(?:so voi\s+|of\s+(?:the\s+)?)?(?:ke hoach|kh\b|plan|target)/g;

type Status = Exclude<Counted, "total" | "above"> | "above";

/**
 * "11 chỉ tiêu hoàn thành trước thời hạn", "2 chỉ tiêu chưa hoàn thành nhưng đúng tiến độ": a count of a pace, which
 * the status counts can neither confirm nor contradict.
 */
const PACE = /truoc thoi han|tien do|ahead of (time|schedule)|on (pace|track)|behind schedule/;

/** The status a clause speaks of; null when none or when it names several. */
function statusOf(folded: string): { status: Status; above: CountStatement["above"] } | null {
  if (PACE.test(folded)) return null;
  const above = ABOVE.exec(folded);
  if (above && /\bdat\b|reach|achiev/.test(folded)) {
    const share = Number(above[1]!.replace(",", ".")) / 100;
    return { status: "above", above: { share, rest: /con lai|remaining|\bother\b/.test(folded) } };
  }
  if (NO_DATA.test(folded)) return { status: "no_data", above: null };
  if (NOT_ACHIEVED.test(folded)) {
    const rest = folded.replace(new RegExp(NOT_ACHIEVED.source, "g"), " ");
    return ACHIEVED.test(rest) ? null : { status: "not_achieved", above: null };
  }
  if (ACHIEVED.test(folded)) return { status: "achieved", above: null };
  return null;
}

/** What follows "N/M" must be the end of the clause or "chỉ tiêu": "2/4 trường" counts schools, not indicators. */
function countsIndicators(after: string): boolean {
  const next = after.trimStart();
  return next === "" || /^(chi tieu|indicators?)\b/.test(next) || /^[^\p{L}\d]/u.test(next);
}

/**
 * The claim a count in a summary table of the user's own makes, from its row's label and its column's header
 * ("Hoàn thành" × "Số chỉ tiêu": 20); null unless they speak of a status or a total and, with the header of the
 * labels' column ("Nhóm chỉ tiêu"), of indicators.
 */
export function claimOfLabels(
  labels: { row: string; column: string; corner: string },
  stated: number,
  of: number | null,
): CountStatement | null {
  const tidy = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();
  const typed = [tidy(labels.row), tidy(labels.column)];
  const texts = typed.map(foldKeepingLength);
  const both = texts.join(" ");
  if (!/chi tieu|indicator/.test(`${both} ${foldKeepingLength(tidy(labels.corner))}`)) return null;
  const status = statusOf(both);
  const total =
    TOTAL.test(both) || /^(cong|tong)\b/.test(texts[0]!) || /^(so chi tieu|number of indicators)$/.test(texts[1]!);
  const counted = status?.status ?? (total ? "total" : null);
  if (!counted) return null;
  const said = [labels.row, labels.column].filter(Boolean).join(" / ");
  const quote = quoteOf(`${said}: ${of === null ? stated : `${stated}/${of}`}`);
  return {
    kind: "count",
    counted,
    stated,
    of,
    above: status?.above ?? null,
    scopeTexts: texts,
    scopeTyped: typed,
    quote,
  };
}

/** Every claim in one cell's text; none when the text makes none. */
export function findStatements(text: string): Statement[] {
  const clean = text.normalize("NFC").replace(/\s+/g, " ").trim();
  if (!/\d/.test(clean)) return [];
  const folded = foldKeepingLength(clean);
  if (!/chi tieu|indicator|ke hoach|\bkh\b|plan|target/.test(folded)) return [];
  // Every claim holds "N/M", "N chỉ tiêu" or a percent: a title that names indicators ("NHÓM CHỈ TIÊU 3") makes none.
  if (!CLAIM_MARK.test(folded)) return [];
  const out: Statement[] = [];
  for (const sentence of split(folded, SENTENCE_END, 0, folded.length)) {
    const said = folded.slice(sentence.start, sentence.end);
    for (const m of said.matchAll(PERCENT_OF_PLAN)) {
      const at = sentence.start + m.index;
      out.push({
        kind: "percent",
        stated: Number(m[1]!.replace(",", ".")) / 100,
        decimals: m[2]?.length ?? 0,
        text: said,
        quote: quoteOf(clean.slice(at, at + m[0].length)),
      });
    }
    const clauses = split(folded, CLAUSE_END, sentence.start, sentence.end);
    let inherited: ReturnType<typeof statusOf> = null;
    let within: { of: number; clause: Span } | null = null;
    // "the only indicator, Tuyển sinh (…), is not achieved": named in one clause, judged in a later one.
    let onlyNamed = false;
    clauses.forEach((clause, index) => {
      const own = folded.slice(clause.start, clause.end);
      const status = statusOf(own);
      const opening = WITHIN.exec(own);
      if (opening && !status) {
        within = { of: Number(opening[1]), clause };
        return;
      }
      const claims: { stated: number; of: number | null }[] = [];
      // The "M indicators" of "N of M indicators" and "none of M indicators" is the fraction's, not a count of its own.
      const taken: Span[] = [];
      for (const m of own.matchAll(FRACTION)) {
        const stated = Number(m[1]);
        const of = Number(m[2]);
        if (of === 0 || stated > of || !countsIndicators(own.slice(m.index + m[0].length))) continue;
        claims.push({ stated, of });
        taken.push({ start: m.index, end: m.index + m[0].length });
      }
      const none = NONE.exec(own);
      if (none?.[1] !== undefined) {
        claims.push({ stated: 0, of: Number(none[1]) });
        taken.push({ start: none.index, end: none.index + none[0].length });
      } else if (none && within !== null) claims.push({ stated: 0, of: within.of });
      for (const m of own.matchAll(COUNT)) {
        if (taken.some((t) => m.index >= t.start && m.index < t.end)) continue;
        const stated = Number(m[1]);
        claims.push({ stated, of: within !== null && stated <= within.of ? within.of : null });
      }
      if (ONLY.test(own)) onlyNamed = true;
      // The figures in brackets after the name ("đạt 78,41 % kế hoạch") are not the verdict on it.
      const before = folded.slice(sentence.start, clause.start);
      const bracketed = before.split("(").length > before.split(")").length;
      const only = status !== null && onlyNamed && !bracketed;
      if (only) {
        claims.push({ stated: 1, of: ONLY_OF_STATUS.test(own) ? null : 1 });
        onlyNamed = false;
      }
      // Most clauses claim nothing: what may name a claim's group, and its quote, are taken only for a claim.
      if (claims.length > 0) {
        const scope = clauses.slice(0, index + 1).reverse();
        const said = {
          scopeTexts: scope.map((c) => folded.slice(c.start, c.end)),
          scopeTyped: scope.map((c) => clean.slice(c.start, c.end)),
          quote: quoteOf(quoteWithin(clean, within?.clause ?? null, clause)),
        };
        for (const claim of claims) {
          const judged = status ?? (claim.of !== null ? inherited : null);
          if (judged) out.push({ kind: "count", counted: judged.status, ...claim, above: judged.above, ...said });
          else if (claim.of === null && TOTAL.test(own))
            out.push({ kind: "count", counted: "total", ...claim, above: null, ...said });
        }
      }
      // After "the only indicator is not achieved", "(0/1)" counts the achieved, not what the clause says.
      if (status) inherited = only ? null : status;
    });
  }
  return out;
}
