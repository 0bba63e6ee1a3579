/**
 * How a cumulative figure ("Lũy kế") stands to the year figures it covers. A table keeps one convention per kind
 * of row (flows add up, stocks and rates carry the latest year, some rates average), so the convention is learnt
 * from the table's own rows rather than assumed, and only a row that breaks it is suspect.
 */

export type Relation = "sum" | "latest" | "average";
export const RELATIONS: readonly Relation[] = ["sum", "latest", "average"];

/** A figure as the sheet shows it: its value and half a unit of its last shown decimal (0 for an exact count). */
export interface Figure {
  value: number;
  rounding: number;
}

/** The figure a relation gives from the year figures (in year order), with the rounding it carries. */
export function relationFigure(relation: Relation, years: readonly Figure[]): Figure {
  if (relation === "latest") return years[years.length - 1]!;
  const sum = sumOf(years);
  return relation === "sum" ? sum : { value: sum.value / years.length, rounding: sum.rounding / years.length };
}

/** The year figures added up, their roundings too. */
function sumOf(years: readonly Figure[]): Figure {
  let value = 0;
  let rounding = 0;
  for (const y of years) {
    value += y.value;
    rounding += y.rounding;
  }
  return { value, rounding };
}

/** Each relation's bit in a mask over RELATIONS, by its place there. */
export const RELATION_BIT = Object.fromEntries(RELATIONS.map((r, i) => [r, 1 << i])) as Readonly<
  Record<Relation, number>
>;

/** Within display rounding, allowing float noise of 1e-9 of the magnitude. */
function agrees(value: number, rounding: number, cumulative: Figure): boolean {
  const noise = 1e-9 * Math.max(1, Math.abs(value), Math.abs(cumulative.value));
  return Math.abs(value - cumulative.value) <= rounding + cumulative.rounding + noise;
}

/**
 * holdingMask from the values alone, where they decide: a relation off by no more than float noise holds whatever the
 * roundings, and one off by more than the largest roundings its figures could carry (`most` each) does not. Undefined
 * when a relation lies between, and the roundings are needed.
 */
export function holdingMaskByValue(cumulative: number, years: readonly Figure[], most: number): number | undefined {
  const n = years.length;
  if (n === 0) return 0;
  let sum = 0;
  for (const y of years) sum += y.value;
  // The sum carries every year's rounding, the latest its own, the average their mean; each against the cumulative's.
  const sumBit = decided(sum, (n + 1) * most, cumulative, RELATION_BIT.sum);
  const latestBit = decided(years[n - 1]!.value, 2 * most, cumulative, RELATION_BIT.latest);
  const averageBit = decided(sum / n, 2 * most, cumulative, RELATION_BIT.average);
  if (sumBit < 0 || latestBit < 0 || averageBit < 0) return undefined;
  return sumBit | latestBit | averageBit;
}

/** `bit` when `value` agrees with the cumulative whatever the roundings, 0 when it cannot, -1 when they decide. */
function decided(value: number, most: number, cumulative: number, bit: number): number {
  const noise = 1e-9 * Math.max(1, Math.abs(value), Math.abs(cumulative));
  const gap = Math.abs(value - cumulative);
  if (gap <= noise) return bit;
  return gap > most + noise ? 0 : -1;
}

/**
 * The relations the cumulative figure agrees with over the years (in year order), each within the display
 * rounding of both sides, as a mask of RELATION_BIT. It runs for every row of a table, so the years are summed once
 * for both the sum and the average.
 */
export function holdingMask(cumulative: Figure, years: readonly Figure[]): number {
  const n = years.length;
  if (n === 0) return 0;
  const { value, rounding } = sumOf(years);
  const last = years[n - 1]!;
  let mask = 0;
  if (agrees(value, rounding, cumulative)) mask |= RELATION_BIT.sum;
  if (agrees(last.value, last.rounding, cumulative)) mask |= RELATION_BIT.latest;
  if (agrees(value / n, rounding / n, cumulative)) mask |= RELATION_BIT.average;
  return mask;
}

export interface Sample<K> {
  kind: K;
  /** The relations this row's figures satisfy. */
  holding: readonly Relation[];
  /** How many rows of the kind satisfy exactly these relations, for a large table tallied first; 1 by default. */
  rows?: number;
}

/** A kind needs this many rows before its own convention is read from them. */
export const MIN_ROWS_TO_LEARN = 3;
/** A relation is in use when at least this many rows of the kind follow it (one may be chance). */
export const MIN_SUPPORT = 2;
/** The relations in use must explain this share of a kind's rows, or the column means something else. */
export const MIN_SHARE_EXPLAINED = 2 / 3;

/** What a kind of row may follow whatever the table does, and what it follows when it has too few rows to tell. */
export interface KindRelations {
  /** Never suspect: a count's cumulative is its sum (a flow) or its latest year (a stock) alike. */
  always: readonly Relation[];
  /** The usual relations: sum or latest for counts and money, latest or average for rates. */
  usual: readonly Relation[];
}

/**
 * The relations each kind of row may follow, most followed first; a kind absent from the map is not judged.
 *
 * A kind with enough rows is judged by its own: the relations at least two of its rows follow (plus those it
 * always may), provided they explain two thirds of its rows; else the cumulative column covers something the years
 * do not show, such as a year with no column, and nothing can be said. A kind with too few rows is judged by its
 * usual relations, but only once another kind has shown that the cumulative column covers exactly the year columns.
 */
export function learnRelations<K>(
  samples: readonly Sample<K>[],
  relationsOf: (kind: K) => KindRelations,
): Map<K, Relation[]> {
  const byKind = new Map<K, Sample<K>[]>();
  for (const s of samples) {
    const list = byKind.get(s.kind);
    if (list) list.push(s);
    else byKind.set(s.kind, [s]);
  }
  const rowsOf = (list: Sample<K>[], holding: (s: Sample<K>) => boolean = () => true) =>
    list.reduce((n, s) => (holding(s) ? n + (s.rows ?? 1) : n), 0);
  const learned = new Map<K, Relation[]>();
  for (const [kind, list] of byKind) {
    const rows = rowsOf(list);
    if (rows < MIN_ROWS_TO_LEARN) continue;
    const support = RELATIONS.map((r) => ({ r, n: rowsOf(list, (s) => s.holding.includes(r)) }));
    const used = support
      .filter((s) => s.n >= MIN_SUPPORT)
      .sort((a, b) => b.n - a.n)
      .map((s) => s.r);
    if (used.length === 0) continue;
    const allowed = [...used, ...relationsOf(kind).always.filter((r) => !used.includes(r))];
    const explained = rowsOf(list, (s) => s.holding.some((r) => allowed.includes(r)));
    if (explained >= MIN_SHARE_EXPLAINED * rows) learned.set(kind, allowed);
  }
  if (learned.size === 0) return learned;
  for (const [kind, list] of byKind)
    if (rowsOf(list) < MIN_ROWS_TO_LEARN && !learned.has(kind)) learned.set(kind, [...relationsOf(kind).usual]);
  return learned;
}

/** Of the relations a kind follows, the one whose figure comes closest to the cumulative: the row's likely intent. */
export function closestRelation(
  relations: readonly Relation[],
  cumulative: Figure,
  years: readonly Figure[],
): Relation {
  let best = relations[0]!;
  let gap = Infinity;
  for (const r of relations) {
    const d = Math.abs(relationFigure(r, years).value - cumulative.value);
    if (d < gap) {
      gap = d;
      best = r;
    }
  }
  return best;
}
