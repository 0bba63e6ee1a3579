/**
 * Comparing the conclusions a workbook states with what its rows give. A claim is tied to the whole table or to
 * one group (section) by the words around it and by the count it states; one that cannot be tied for certain is
 * only ever confirmed, never flagged, so a sentence the engine misreads raises no false alarm. One that speaks of a
 * group it cannot be tied to is reported unchecked, with why, so that the user does not take silence for agreement.
 */
import type { SheetView } from "../snapshot";
import type { GroupedBy, Indicator, TableLayout } from "../types";
import {
  abbreviatedInitials,
  abbreviationsIn,
  fullNameInitials,
  initialsOfWords,
  leadAgencyName,
} from "../lead-groups";
import { agencyNamesIn } from "../narrative/title";
import type { BodyRead } from "../rows";
import { fold } from "../text";
import {
  findStatements,
  foldKeepingLength,
  type CountStatement,
  type PercentStatement,
  type Statement,
} from "./statements";

/**
 * `unchecked`: a count that speaks of a group the engine could not tie to one of the table's, said so that the user
 * knows the line was read and why it was not judged.
 */
export type Outcome = "agrees" | "differs" | "unchecked";
/** Why a claim was not judged: it names no group of the table, several of them, or only one group has its size. */
export type UncheckedReason = "unnamed" | "several" | "size";

export interface Verdict {
  row: number;
  col: number;
  statement: Statement;
  outcome: Outcome;
  /** For `unchecked`, why; else null. */
  reason: UncheckedReason | null;
  /** Tied to its group by its size alone, the statement naming none: the confirmation says so. */
  bySize: boolean;
  /** What the rows give, in the claim's terms: "19/27" or "19" for counts, a fraction for a percent of plan. */
  computed: string | number;
  /** What the claim says, in the same terms. */
  stated: string | number;
  /** The group the claim was tied to; null for the whole table. */
  group: string | null;
  /** The indicator a percent of plan was tied to. */
  indicator: string | null;
  /** For `unchecked`: the groups it named, or the table's groups when it named none. */
  groups: string[];
}

interface Scope {
  title: string | null;
  indicators: Indicator[];
  /** Word pairs of its title that no other group's title has ("chủ trì" against "phối hợp"). */
  marks: string[];
  /** Its names' words, folded, each long enough to name it: its title, and by lead agency each spelling. */
  spelled: string[];
  /** The initials of its agencies' abbreviated names, which the name written in full begins with. */
  initials: string[];
  /** The initials of its agencies' names written in full, which an abbreviation of them spells. */
  abbreviations: string[];
  /** Those of its abbreviations another agency's name written in full spells too ("Sở NV": Nội vụ, Ngoại vụ). */
  shared: string[];
}

/** Words that say nothing about which group is meant: "khác" is as often "the other 6 indicators" as a group. */
const STOP = new Set(
  (
    "nhom chi tieu cac cua do nganh va ve the group indicators of the by and linh vuc phan muc " +
    "chuong trinh ke hoach giai doan nam thanh pho tinh huyen khac other"
  ).split(" "),
);
/** Words that say a claim is about some group, though none could be named ("các chỉ tiêu khác" may be one). */
const GROUPISH = /\bnhom\b|linh vuc|chu tri|phoi hop|con lai|\bkhac\b|\bgroup\b|\bled\b|\blead\b|coordinat|\bother\b/;
/**
 * The indicators no group holds, as the paragraph names them: by lead agency "chưa ghi cơ quan chủ trì", "with no
 * lead agency"; by section "không thuộc nhóm nào", "outside any group".
 */
const UNGROUPED = new RegExp(
  [
    "(?:chua ghi|khong (?:co|ghi)) (?:co quan|don vi) chu tri",
    "(?:with )?no lead agency",
    "khong thuoc nhom nao",
    "outside any group",
  ].join("|"),
);
/**
 * Words that name a kind of group outright ("do … chủ trì", "nhóm", "led by"), as "khác" and "còn lại" do not: a
 * claim with them that cannot be tied is worth an info, "6 chỉ tiêu khác …" is not.
 */
const NAMES_A_GROUP = /\bnhom\b|linh vuc|chu tri|phoi hop|\bgroup\b|\bled\b|coordinat/;
/** Rows below the table worth reading for conclusions; a long sheet's tail holds other things. */
const AFTER_TABLE = 60;
const MIN_NAME_WORDS = 4;
const NAME_COVERAGE = 0.75;

function words(folded: string): string[] {
  return folded.split(/[^a-z0-9]+/).filter(Boolean);
}

/**
 * A title's word pairs, or, when it has none, its words: a lead agency is often one acronym beside stop words
 * ("BHXH thành phố"). Digits and short words alone would name a group in any sentence.
 */
function pairs(title: string): string[] {
  const tokens = words(fold(title));
  const out: string[] = [];
  for (let i = 1; i < tokens.length; i++)
    if (!STOP.has(tokens[i - 1]!) && !STOP.has(tokens[i]!)) out.push(`${tokens[i - 1]} ${tokens[i]}`);
  if (out.length > 0) return out;
  return tokens.filter((w) => !STOP.has(w) && w.length >= 3 && /^[a-z]+$/.test(w));
}

/**
 * A group's names: its title, and in a table grouped by lead agency each way its agency is written, so that "do Sở Lao
 * động - Thương binh và Xã hội chủ trì" names the group shown as "Sở LĐTB&XH".
 */
function namesOf(title: string, indicators: Indicator[], groupedBy: GroupedBy): string[] {
  if (groupedBy !== "lead") return [title];
  const leads = new Set(indicators.flatMap((i) => (i.lead === null ? [] : [i.lead])));
  const names = new Set([title]);
  for (const lead of leads) {
    const name = leadAgencyName(lead);
    if (name !== null) names.add(name);
  }
  return [...names];
}

/**
 * The agencies' names a group's abbreviations and initials are worked out from: by lead agency its spellings; by
 * section the agencies its title names, so that "Sở GD&ĐT" names "CHỈ TIÊU DO SỞ GIÁO DỤC VÀ ĐÀO TẠO CHỦ TRÌ". A title
 * as a whole is not one: "chỉ tiêu do …" would spell initials no sentence abbreviates.
 */
function agenciesOf(title: string, names: string[], groupedBy: GroupedBy): string[] {
  return groupedBy === "lead" ? names : agencyNamesIn(title);
}

function scopesOf(indicators: Indicator[], groupedBy: GroupedBy): Scope[] {
  const byTitle = new Map<string, Indicator[]>();
  for (const i of indicators) {
    if (i.group === null) continue;
    const list = byTitle.get(i.group);
    if (list) list.push(i);
    else byTitle.set(i.group, [i]);
  }
  const all = [...byTitle].map(([title, list]) => {
    const names = namesOf(title, list, groupedBy);
    const agencies = agenciesOf(title, names, groupedBy);
    const abbreviations = new Set(agencies.flatMap((name) => fullNameInitials(name) ?? []));
    return { title, indicators: list, names, agencies, pairs: names.flatMap(pairs), abbreviations: [...abbreviations] };
  });
  // How many groups' titles have each pair, counted once per title: a long table has thousands of groups, too many
  // to compare each title's pairs with every other's. Abbreviations likewise, once per group.
  const titlesWith = new Map<string, number>();
  for (const { pairs: own } of all) for (const p of new Set(own)) titlesWith.set(p, (titlesWith.get(p) ?? 0) + 1);
  const agenciesWith = new Map<string, number>();
  for (const { abbreviations } of all)
    for (const a of abbreviations) agenciesWith.set(a, (agenciesWith.get(a) ?? 0) + 1);
  return all.map(({ title, indicators: list, names, agencies, pairs: own, abbreviations }) => ({
    title,
    indicators: list,
    marks: own.filter((p) => titlesWith.get(p) === 1),
    spelled: names.map(spelledOut).filter((spelled) => spelled !== ""),
    initials: agencies.flatMap((name) => abbreviatedInitials(name) ?? []),
    abbreviations: abbreviations.filter((a) => agenciesWith.get(a) === 1),
    shared: abbreviations.filter((a) => agenciesWith.get(a)! > 1),
  }));
}

/** One text a claim may name its group in, read once for all the groups it is held against. */
interface Said {
  spaced: string;
  /** The initials its words begin with; worked out only when some agency is abbreviated in the table. */
  initials: string;
  /** The initials its abbreviations spell; worked out only when some agency is written in full in the table. */
  abbreviations: string[];
}

/** What the groups' names need of a claim's texts: an abbreviation or initials only an agency's name can match. */
interface Needs {
  initials: boolean;
  abbreviations: boolean;
}

function saidOf(folded: string, typed: string, needs: Needs): Said {
  const said = words(folded);
  return {
    spaced: ` ${said.join(" ")} `,
    initials: needs.initials ? initialsOfWords(said) : "",
    abbreviations: needs.abbreviations ? abbreviationsIn(typed) : [],
  };
}

/**
 * A group is named by a pair of words only its title has, by its whole title (quoted, as the paragraph does), or by
 * its agency abbreviated where the table writes it in full, or the other way round.
 */
function names(scope: Scope, said: Said): boolean {
  if (scope.marks.some((mark) => said.spaced.includes(` ${mark} `))) return true;
  if (scope.spelled.some((spelled) => said.spaced.includes(` ${spelled} `))) return true;
  if (scope.abbreviations.some((initials) => said.abbreviations.includes(initials))) return true;
  return scope.initials.some((initials) => said.initials.includes(initials));
}

function spelledOut(title: string): string {
  const spelled = words(fold(title)).join(" ");
  return spelled.length >= 3 ? spelled : "";
}

type Tie = { scope: Scope; certain: boolean } | { scope: null; reason: UncheckedReason | null; named: Scope[] };

/** The table's scopes a claim is tied to: the whole table, its groups, and the indicators no group holds. */
interface Scopes {
  overall: Scope;
  groups: Scope[];
  ungrouped: Scope | null;
  needs: Needs;
}

function resolve(statement: CountStatement, { overall, groups, ungrouped, needs }: Scopes): Tie {
  if (ungrouped && statement.scopeTexts.some((t) => UNGROUPED.test(t))) return { scope: ungrouped, certain: true };
  const fits = (s: Scope) => statement.of === null || statement.of === s.indicators.length;
  const byCount = (candidates: Scope[]) => (statement.of === null ? [] : candidates.filter(fits));
  let named: Scope[] = [];
  for (const [index, text] of statement.scopeTexts.entries()) {
    const said = saidOf(text, statement.scopeTyped[index] ?? "", needs);
    named = groups.filter((g) => names(g, said));
    if (named.length > 0) break;
    // An abbreviation two agencies written in full both spell is tied to neither, whatever count it states.
    const shared = needs.abbreviations
      ? groups.filter((g) => g.shared.some((a) => said.abbreviations.includes(a)))
      : [];
    if (shared.length > 0) return { scope: null, reason: "several", named: shared };
  }
  if (named.length === 1 && fits(named[0]!)) return { scope: named[0]!, certain: true };
  const namedByCount = byCount(named);
  if (namedByCount.length === 1) return { scope: namedByCount[0]!, certain: true };
  // "Trong 13 chỉ tiêu do Sở LĐTB&XH chủ trì" of a group of 12: a wrong size, unless the size is another scope's.
  if (named.length === 1 && byCount([overall, ...groups]).length === 0) return { scope: named[0]!, certain: true };
  const groupish = statement.scopeTexts.some((t) => GROUPISH.test(t));
  if (named.length === 0 && !groupish) {
    if (fits(overall)) return { scope: overall, certain: true };
    const one = byCount(groups);
    // A count matching one group's size is more likely about that group than a wrong total.
    return one.length === 1 ? { scope: one[0]!, certain: false } : { scope: overall, certain: true };
  }
  const one = byCount([overall, ...groups]);
  if (one.length === 1) return { scope: one[0]!, certain: false };
  const speaks = groups.length > 0 && statement.scopeTexts.some((t) => NAMES_A_GROUP.test(t));
  const reason = named.length > 1 ? "several" : speaks ? "unnamed" : null;
  return { scope: null, reason, named };
}

/** Every count the claim can mean: "đạt trên 90%" without "còn lại" may or may not include the achieved. */
function readings(statement: CountStatement, indicators: Indicator[]): number[] {
  const countOf = (test: (i: Indicator) => boolean) => indicators.filter(test).length;
  switch (statement.counted) {
    case "achieved":
      return [countOf((i) => i.status === "achieved")];
    case "not_achieved":
      // "1 chỉ tiêu chưa hoàn thành: …" may leave out those near their target, counted on their own after it.
      return [countOf((i) => i.status === "not_achieved"), countOf((i) => i.band === "not_achieved")];
    case "no_data":
      return [countOf((i) => i.status === "no_data")];
    case "total":
      return [indicators.length];
    case "above": {
      const share = statement.above?.share ?? 0;
      const above = (i: Indicator) => i.status === "not_achieved" && i.attainment !== null && i.attainment >= share;
      const rest = countOf(above);
      // In a partial period those on pace may have been told apart ("2 chỉ tiêu … đúng tiến độ") and not counted here.
      const offPace = countOf((i) => above(i) && i.pace !== "on_track");
      const readings = statement.above?.rest ? [rest] : [rest, rest + countOf((i) => i.status === "achieved")];
      return offPace === rest ? readings : [...readings, offPace];
    }
  }
}

/** The words of the quote that name the indicators no group holds, for the message: as typed, in its language. */
function ungroupedWords(quote: string): string {
  const m = UNGROUPED.exec(foldKeepingLength(quote));
  return m ? quote.slice(m.index, m.index + m[0].length) : "";
}

function countVerdict(statement: CountStatement, scopes: Scopes) {
  const { groups, ungrouped } = scopes;
  const tied = resolve(statement, scopes);
  const of = statement.of === null ? "" : `/${statement.of}`;
  const base = { stated: `${statement.stated}${of}`, indicator: null, groups: [] as string[], bySize: false };
  if (tied.scope === null) {
    if (!tied.reason) return null;
    const listed = tied.named.length > 0 ? tied.named : groups;
    return {
      ...base,
      outcome: "unchecked" as const,
      reason: tied.reason,
      computed: "",
      group: null,
      groups: listed.map((g) => g.title!),
    };
  }
  const { scope, certain } = tied;
  const counts = readings(statement, scope.indicators);
  const size = scope.indicators.length;
  const agrees = counts.includes(statement.stated) && (statement.of === null || statement.of === size);
  const closest = counts.reduce((a, b) => (Math.abs(b - statement.stated) < Math.abs(a - statement.stated) ? b : a));
  const computed = statement.of === null ? `${closest}` : `${closest}/${size}`;
  const bySize = !certain && scope.title !== null;
  if (!agrees && !certain) {
    // Only its size ties it to a group it does not name: what that group gives is told, not flagged.
    return bySize
      ? { ...base, outcome: "unchecked" as const, reason: "size" as const, computed, group: scope.title }
      : null;
  }
  return {
    ...base,
    outcome: agrees ? ("agrees" as const) : ("differs" as const),
    reason: null,
    bySize,
    computed,
    group: scope === ungrouped ? ungroupedWords(statement.quote) : scope.title,
  };
}

/** The one indicator whose name the sentence carries, nearly word for word. */
function namedIndicator(text: string, indicators: Indicator[]): Indicator | null {
  const said = new Set(words(text));
  let best: Indicator | null = null;
  let bestCoverage = 0;
  let runnerUp = 0;
  for (const indicator of indicators) {
    const own = words(fold(indicator.name)).filter((w) => !STOP.has(w) && w !== "so" && w !== "co");
    if (own.length < MIN_NAME_WORDS) continue;
    const coverage = own.filter((w) => said.has(w)).length / own.length;
    if (coverage > bestCoverage) {
      runnerUp = bestCoverage;
      bestCoverage = coverage;
      best = indicator;
    } else if (coverage > runnerUp) runnerUp = coverage;
  }
  return best && bestCoverage >= NAME_COVERAGE && bestCoverage - runnerUp >= 0.15 ? best : null;
}

function percentVerdict(statement: PercentStatement, indicators: Indicator[]) {
  const indicator = namedIndicator(statement.text, indicators);
  if (!indicator || indicator.attainment === null) return null;
  const tolerance = 0.5 * 10 ** -(statement.decimals + 2) + 1e-9;
  const agrees = Math.abs(indicator.attainment - statement.stated) <= tolerance;
  return {
    outcome: agrees ? ("agrees" as const) : ("differs" as const),
    reason: null,
    bySize: false,
    groups: [],
    stated: statement.stated,
    computed: indicator.attainment,
    group: indicator.group,
    indicator: indicator.name,
  };
}

function candidateRows(view: SheetView, layout: TableLayout, body: BodyRead): number[] {
  const rows = new Set<number>();
  const top = Math.min(...layout.headerRows);
  for (let row = view.firstRow; row < top; row++) rows.add(row);
  for (const { row } of body.sections) rows.add(row);
  for (const { row } of body.totals) rows.add(row);
  for (const row of body.remarks) rows.add(row);
  for (let row = body.lastRow + 1; row <= Math.min(view.lastRow, body.lastRow + AFTER_TABLE); row++) rows.add(row);
  return [...rows].sort((a, b) => a - b);
}

/** A claim and the cell it was read from. */
export interface Located {
  row: number;
  col: number;
  statement: Statement;
}

/** Each claim judged against the indicators: agreeing, differing, unchecked with a reason, or left out. */
export function judgeClaims(claims: Located[], indicators: Indicator[], groupedBy: GroupedBy = null): Verdict[] {
  // Most tables state no conclusion: their groups need not be gathered.
  if (claims.length === 0) return [];
  const unnamed = { title: null, marks: [], spelled: [], initials: [], abbreviations: [], shared: [] };
  const overall: Scope = { ...unnamed, indicators };
  const groups = scopesOf(indicators, groupedBy);
  const loose = indicators.filter((i) => i.group === null);
  const ungrouped: Scope | null = groups.length > 0 && loose.length > 0 ? { ...unnamed, indicators: loose } : null;
  const needs: Needs = {
    initials: groups.some((g) => g.initials.length > 0),
    abbreviations: groups.some((g) => g.abbreviations.length > 0 || g.shared.length > 0),
  };
  const scopes: Scopes = { overall, groups, ungrouped, needs };
  const out: Verdict[] = [];
  for (const { row, col, statement } of claims) {
    const verdict =
      statement.kind === "count" ? countVerdict(statement, scopes) : percentVerdict(statement, indicators);
    if (verdict) out.push({ row, col, statement, ...verdict });
  }
  return out;
}

const verdicts = new WeakMap<BodyRead, Verdict[]>();

/** The table's stated conclusions, each with whether the rows bear it out. Worked out once per table read. */
export function checkConclusions(
  view: SheetView,
  layout: TableLayout,
  body: BodyRead,
  groupedBy: GroupedBy = null,
): Verdict[] {
  const known = verdicts.get(body);
  if (known) return known;
  const claims: Located[] = [];
  for (const row of candidateRows(view, layout, body)) {
    for (let col = view.firstCol; col <= view.lastCol; col++) {
      const value = view.value(row, col);
      if (typeof value !== "string" || value.length < 6) continue;
      for (const statement of findStatements(value)) claims.push({ row, col, statement });
    }
  }
  const out = judgeClaims(claims, body.indicators, groupedBy);
  verdicts.set(body, out);
  return out;
}
