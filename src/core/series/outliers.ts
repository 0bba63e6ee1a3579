/**
 * Outliers in a row's yearly series, after the WHO Data Quality Review (2017): a value more than 3 standard
 * deviations from the other years is an extreme outlier, more than 2 a moderate one. Programme figures grow or
 * fall year on year, so "from the other years" is read against their trend (a least-squares line through them,
 * on a log scale when every value is positive, as figures grow by a share) rather than their mean; a steady
 * 10–20 % a year is then no outlier. Two checks need no long series: a value about ten times or a tenth of its neighbours (a zero
 * typed too many or too few), and a rate moving by more points in a year than it usually moves.
 */

export interface OutlierOptions {
  /** Standard deviations from the trend of the other years for an extreme outlier. */
  extreme: number;
  /** Standard deviations for a moderate outlier. */
  moderate: number;
  /**
   * Fewest year values for the deviation test: the trend of the others takes two of them and their spread needs
   * two more, so four others and the value judged.
   */
  minYears: number;
  /** A value at least this many times its neighbours (or at most one over it) is a typed extra (missing) zero. */
  magnitude: number;
  /** Percentage points a rate may move in a year beyond its usual yearly change. */
  jumpPoints: number;
  /**
   * The least spread assumed around the trend, as a share of it (counts and money): four figures on a near
   * perfect line have almost no spread, and any wobble would read as extreme.
   */
  minSpread: number;
  /** The least spread for rates in percentage points, on top of `minSpread`. */
  minSpreadPoints: number;
}

export const DEFAULT_OUTLIER_OPTIONS: Readonly<OutlierOptions> = {
  extreme: 3,
  moderate: 2,
  minYears: 5,
  magnitude: 7,
  jumpPoints: 10,
  minSpread: 0.1,
  minSpreadPoints: 1,
};

export type OutlierKind = "magnitude" | "extreme" | "jump" | "moderate";

export interface YearValue {
  year: number;
  /** Rates as fractions (0.989), as the engine holds them. */
  value: number;
}

export interface Outlier {
  /** Index into the series. */
  index: number;
  kind: OutlierKind;
  /** The value's ratio to what it is judged against: its neighbours (magnitude), the trend (deviations). */
  ratio: number;
  /** What the value is judged against: the trend of the other years, or the neighbour (magnitude, jump). */
  expected: number;
  /** Standard deviations from the trend, for extreme and moderate outliers. */
  deviations: number | null;
  /** For a rate's jump: the change from the year before, in percentage points. */
  points: number | null;
}

/** Which outliers to look for: a rate jumps in points, a count or an amount grows by a share. */
export type SeriesScale = "rate" | "quantity";

/** Most specific first: one finding per value, the one that best explains it. */
const PRECEDENCE: OutlierKind[] = ["magnitude", "extreme", "jump", "moderate"];

export function findOutliers(
  series: readonly YearValue[],
  scale: SeriesScale,
  options: OutlierOptions = DEFAULT_OUTLIER_OPTIONS,
): Outlier[] {
  if (!mayHaveOutliers(series.length, scale)) return [];
  // A large table asks this of every row and most rows have none: no map until an outlier is found.
  let found = offer(null, magnitudeOutliers(series, options.magnitude));
  found = offer(found, deviationOutliers(series, scale, options));
  if (scale === "rate") found = offer(found, rateJumps(series, options.jumpPoints));
  return found ? [...found.values()].sort(byIndex) : [];
}

/**
 * Whether a series this long can hold an outlier of its scale: a value against both neighbours needs three years,
 * a trend more, and only a rate's jump is seen in two.
 */
export function mayHaveOutliers(length: number, scale: SeriesScale): boolean {
  return length >= 3 || (scale === "rate" && length >= 2);
}

/** Keeps the most specific outlier of each value. */
function offer(found: Map<number, Outlier> | null, outliers: Outlier[]): Map<number, Outlier> | null {
  for (const o of outliers) {
    found ??= new Map();
    const held = found.get(o.index);
    if (!held || PRECEDENCE.indexOf(o.kind) < PRECEDENCE.indexOf(held.kind)) found.set(o.index, o);
  }
  return found;
}

function byIndex(a: Outlier, b: Outlier): number {
  return a.index - b.index;
}

/** Whether two positive values stand within `limit` times of each other. */
function near(a: number, b: number, limit: number): boolean {
  return a > 0 && b > 0 && a / b < limit && b / a < limit;
}

/**
 * A value `limit` times or more above (or below) both its neighbours; at either end of the series, above its one
 * neighbour while that neighbour agrees with the next, so the odd value is known. Zero and negative values have
 * no ratio and are left alone.
 */
export function magnitudeOutliers(series: readonly YearValue[], limit: number): Outlier[] {
  const out: Outlier[] = [];
  if (series.length < 3) return out;
  const off = (v: number, n: number) => (v / n >= limit ? 1 : n / v >= limit ? -1 : 0);
  for (let i = 0; i < series.length; i++) {
    const v = series[i]!.value;
    if (!(v > 0)) continue;
    const before = series[i - 1]?.value;
    const after = series[i + 1]?.value;
    let against: number | null = null;
    if (before !== undefined && after !== undefined) {
      if (!(before > 0 && after > 0)) continue;
      const side = off(v, before);
      if (side !== 0 && side === off(v, after)) against = Math.sqrt(before * after);
    } else {
      const neighbour = (before ?? after)!;
      const beyond = before !== undefined ? series[i - 2]!.value : series[i + 2]!.value;
      if (neighbour > 0 && off(v, neighbour) !== 0 && near(neighbour, beyond, limit)) against = neighbour;
    }
    if (against !== null)
      out.push({ index: i, kind: "magnitude", ratio: v / against, expected: against, deviations: null, points: null });
  }
  return out;
}

interface Line {
  intercept: number;
  slope: number;
}

function fitLine(xs: readonly number[], ys: readonly number[]): Line {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { intercept: my - slope * mx, slope };
}

interface Judged {
  deviations: number;
  expected: number;
}

/**
 * A value against the line through the other years, on one scale: its distance from the line in standard
 * deviations of the others' own distances from it, never less than the least spread.
 */
function againstLine(
  xs: readonly number[],
  values: readonly number[],
  i: number,
  log: boolean,
  scale: SeriesScale,
  options: OutlierOptions,
): Judged | null {
  const ys = values.map((v) => (log ? Math.log(v) : v));
  const ox = xs.filter((_, j) => j !== i);
  const oy = ys.filter((_, j) => j !== i);
  const line = fitLine(ox, oy);
  const at = (x: number) => line.intercept + line.slope * x;
  const squares = ox.reduce((acc, x, j) => acc + (oy[j]! - at(x)) ** 2, 0);
  const spread = Math.sqrt(squares / (ox.length - 2));
  const mean = oy.reduce((a, b) => a + b, 0) / oy.length;
  const sd = Math.max(spread, log ? Math.log(1 + options.minSpread) : options.minSpread * Math.abs(mean));
  if (!(sd > 0)) return null;
  const predicted = at(xs[i]!);
  const expected = log ? Math.exp(predicted) : predicted;
  let deviations = Math.abs(ys[i]! - predicted) / sd;
  if (scale === "rate")
    deviations = Math.min(deviations, (Math.abs(values[i]! - expected) * 100) / options.minSpreadPoints);
  return { deviations, expected };
}

/**
 * Each value against the trend of the other years. Figures grow by a share (a straight line on a log scale) or
 * by a step (a straight line), so a value is judged against whichever line it is nearer: only a value far from
 * both is an outlier. Needs `minYears` values. A rate must also stand that many times `minSpreadPoints` away in
 * points: 0,05 % after 0,03 % is a large share but no news.
 */
export function deviationOutliers(
  series: readonly YearValue[],
  scale: SeriesScale,
  options: OutlierOptions,
): Outlier[] {
  const out: Outlier[] = [];
  if (series.length < Math.max(options.minYears, 4)) return out;
  const xs = series.map((p) => p.year);
  const values = series.map((p) => p.value);
  const positive = values.every((v) => v > 0);
  for (let i = 0; i < series.length; i++) {
    const linear = againstLine(xs, values, i, false, scale, options);
    const log = positive ? againstLine(xs, values, i, true, scale, options) : null;
    const judged = !log || (linear && linear.deviations < log.deviations) ? linear : log;
    if (!judged) continue;
    const { deviations, expected } = judged;
    const kind = deviations > options.extreme ? "extreme" : deviations > options.moderate ? "moderate" : null;
    if (!kind) continue;
    const v = values[i]!;
    out.push({ index: i, kind, ratio: expected !== 0 ? v / expected : Infinity, expected, deviations, points: null });
  }
  return out;
}

function without(values: readonly number[], index: number): number[] {
  const rest: number[] = [];
  for (let k = 0; k < values.length; k++) if (k !== index) rest.push(values[k]!);
  return rest;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * A rate's yearly change of more than `limit` points that also departs from its usual change (the median of the
 * others; none for two years) by as much: a rate climbing 12 points every year keeps its trend. A value that
 * jumps away and back is the one flagged, not the year after it.
 */
export function rateJumps(series: readonly YearValue[], limit: number): Outlier[] {
  const out: Outlier[] = [];
  // Sized up front: every rate row of a table is asked, and an array grown by pushes takes room for many more.
  const changes = new Array<number>(Math.max(series.length - 1, 0));
  let large = false;
  for (let j = 1; j < series.length; j++) {
    const change = (series[j]!.value - series[j - 1]!.value) * 100;
    changes[j - 1] = change;
    if (Math.abs(change) > limit) large = true;
  }
  // A jump is a change beyond the limit: most series have none, and need no medians.
  if (!large) return out;
  const odd = new Array<boolean>(changes.length);
  for (let j = 0; j < changes.length; j++) {
    const c = changes[j]!;
    odd[j] = Math.abs(c) > limit && Math.abs(c - median(without(changes, j))) > limit;
  }
  for (let j = 0; j < changes.length; j++) {
    if (!odd[j]) continue;
    const index = j + 1;
    const prev = series[j]!.value;
    out.push({
      index,
      kind: "jump",
      ratio: prev !== 0 ? series[index]!.value / prev : Infinity,
      expected: prev,
      deviations: null,
      points: changes[j]!,
    });
    // Away and back: the value between the two changes is the odd one; the change back is not another.
    if (odd[j + 1] && Math.sign(changes[j + 1]!) !== Math.sign(changes[j]!)) j++;
  }
  return out;
}
