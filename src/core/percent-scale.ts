/**
 * How a "%" row writes its plain numbers, decided from the row's own evidence before the sheet-wide default
 * (a plain number under "%" is a whole percent: 98,9 means 98,9 %):
 * - a sibling cell formatted as a percent holds a fraction, so the row's author writes fractions (0,989 beside
 *   97 % formatted is 98,9 %);
 * - the sheet's own formulas: a cell computed as a ratio (=F8/G8) holds a fraction and one computed as a ratio
 *   times 100 a whole percent; a formula dividing one cell by another (=E8/D8 for the stated percent) reads both on
 *   one scale, so a cell whose scale is known tells the other's;
 * - a plain number above 1,5 can only be a whole percent (a rate of 150 % and more is not a rate).
 * Only numbers that could be either (at most 1,5) follow the decision; evidence that disagrees leaves them at the
 * default, and the mixed-scale check says so.
 *
 * When no cell says anything, the row's target may (see scaleOfTarget): a plain 0,989 beside "≥ 99,5%" is 98,9 %.
 * Whatever decides a plain number that could be either without a cell of the row saying so, the target or the
 * default, is a guess, and the percent-scale-guessed check says at the cell how it was read and why.
 */
import { parseA1 } from "./address";

export type Scale = "fraction" | "whole";

/** A value cell of the row, as the decision needs it. */
export interface ScaleCell {
  row: number;
  col: number;
  /** The number as written, before any scaling; null when the cell holds none. */
  number: number | null;
  /** Formatted as a percent, or typed with a % sign: already a fraction. */
  percentMark: boolean;
  /** Its formula, when it has one. */
  formula: string | null;
}

export interface ScaleDecision {
  /** The scale of the row's ambiguous plain numbers, or null when no evidence decides (the default applies). */
  readonly scale: Scale | null;
  /** The evidence disagreed. */
  readonly conflict: boolean;
}

/**
 * What decided the scale of a percent row's plain numbers that could be either: its cells, its target's size (see
 * scaleOfTarget), nothing (the default, whole percents), or cells that disagree (the default again).
 */
export type ScaleBasis = "cells" | "target" | "default" | "conflict";

/** Plain numbers above this are whole percents whatever else the row says. */
export const WHOLE_ABOVE = 1.5;

/**
 * A target at or above this, 15 %, says the row's plain numbers of at most 1,5 are fractions. Read as whole percents
 * they would be at most 1,5 %, a tenth of such a target or less; read as fractions, at most ten times it: by ratio
 * the fraction is the nearer reading for every such value, so the whole row is read one way. Below it the nearer
 * reading depends on the value (against 10 %, 0,12 is nearer as 12 % but 1,2 as 1,2 %), and a row read partly one
 * way and partly the other would be worse than the default; against a target of a few tenths of a percent neither
 * reading is out of the question (0,03 under "Dưới 0,5%" is the poor-household rate of 0,03 %, or a rate of 3 %
 * six times the ceiling), so the default stands there too. The direction does not matter: a ceiling of 20 % beside
 * 0,185 is a rate in the tens of percents just as a floor is.
 */
export const FRACTION_TARGET = 0.15;

/**
 * The scale a row's target says its plain numbers are on, when no cell of the row says: fractions under a target
 * of FRACTION_TARGET or more, read as a fraction. Null otherwise (the default stands).
 */
export function scaleOfTarget(plan: number | null): Scale | null {
  return plan !== null && plan >= FRACTION_TARGET ? "fraction" : null;
}

/** `=E8/D8`, `=ROUND(E8/D8;4)`, `=IFERROR(E8/D8,0)`, `=E8/D8*100`, `=100*E8/D8`: one cell (or a constant) over another. */
const RATIO =
  /^=\s*(?:(?:ROUND|IFERROR)\s*\(\s*)?(100\s*\*\s*)?(\$?[A-Z]{1,3}\$?\d+|\d+(?:[.,]\d+)?)\s*\/\s*(\$?[A-Z]{1,3}\$?\d+|\d+(?:[.,]\d+)?)\s*(\*\s*100)?\s*(?:[,;]\s*\d+\s*)?\)?\s*$/i;

interface Ratio {
  numerator: string;
  denominator: string;
  times100: boolean;
}

function ratioOf(formula: string | null): Ratio | null {
  if (!formula) return null;
  const m = RATIO.exec(formula.replace(/\s+/g, ""));
  if (!m || !m[2] || !m[3]) return null;
  return { numerator: m[2], denominator: m[3], times100: Boolean(m[1] || m[4]) };
}

/** A plain cell's own formula: a ratio is a fraction, a ratio times 100 a whole percent. */
export function ownFormulaScale(cell: ScaleCell): Scale | null {
  const ratio = ratioOf(cell.formula);
  if (!ratio) return null;
  return ratio.times100 ? "whole" : "fraction";
}

/** The scales voted for, as bits, so a row's votes combine with `|`. */
const VOTE = { none: 0, fraction: 1, whole: 2 } as const;

/** What a number says of its scale without a formula, as a vote: its percent format, else a magnitude. */
export function plainVote(number: number, percentMark: boolean): number {
  if (percentMark) return VOTE.fraction;
  return Math.abs(number) > WHOLE_ABOVE ? VOTE.whole : VOTE.none;
}

/** The one scale the votes agree on; null when none was cast or both were. */
export function votedScale(votes: number): Scale | null {
  return votes === VOTE.fraction ? "fraction" : votes === VOTE.whole ? "whole" : null;
}

/** The four decisions the votes can make, shared: a third of a large table's rows are "%" rows. */
const DECISIONS: readonly ScaleDecision[] = (
  [
    { scale: null, conflict: false },
    { scale: "fraction", conflict: false },
    { scale: "whole", conflict: false },
    { scale: null, conflict: true },
  ] satisfies ScaleDecision[]
).map((d): ScaleDecision => Object.freeze(d));

/** The decision the votes make: one scale, none cast, or both (a conflict). */
export function decisionOf(votes: number): ScaleDecision {
  return DECISIONS[votes]!;
}

/** What a cell alone says of its scale: its format, its own formula, or a magnitude only a whole percent has. */
function knownScale(cell: ScaleCell): Scale | null {
  if (cell.number === null) return null;
  return votedScale(plainVote(cell.number, cell.percentMark)) ?? ownFormulaScale(cell);
}

/** A cell outside the row's values that a formula names (a target typed once above the table), when readable. */
export type CellLookup = (row: number, col: number) => ScaleCell | null;

function operandScale(
  operand: string,
  cells: ScaleCell[],
  lookup: CellLookup,
): { scale: Scale | null; cell: ScaleCell | null } {
  const at = parseA1(operand);
  if (!at) {
    // A constant says as much as a plain number: 95 is a whole percent, 0,95 either.
    const value = Number(operand.replace(",", "."));
    return { scale: Number.isFinite(value) && Math.abs(value) > WHOLE_ABOVE ? "whole" : null, cell: null };
  }
  const own = cells.find((c) => c.row === at.row && c.col === at.col);
  if (own) return { scale: knownScale(own), cell: own };
  const other = lookup(at.row, at.col);
  return { scale: other ? knownScale(other) : null, cell: null };
}

/**
 * The scale of a "%" row's ambiguous plain numbers, from its value cells (plan, results) and the formulas of its
 * other cells (the stated percent's =E8/D8), whose own format says nothing of the values' scale. Pure: the caller
 * reads formats and formulas from the sheet.
 */
export function decidePercentScale(
  values: ScaleCell[],
  formulas: (string | null)[] = [],
  lookup: CellLookup = () => null,
): ScaleDecision {
  // The scales voted for, as bits: a third of a large table's rows are "%" rows, each decided here.
  let votes = 0;
  for (const cell of values) votes |= VOTE[knownScale(cell) ?? "none"];
  for (const formula of formulas) {
    const ratio = ratioOf(formula);
    if (!ratio || ratio.times100) continue;
    // Dividing one figure of the row by another reads both on one scale: the known side tells the other's.
    const top = operandScale(ratio.numerator, values, lookup);
    const bottom = operandScale(ratio.denominator, values, lookup);
    if (top.cell && top.scale === null && bottom.scale) votes |= VOTE[bottom.scale];
    if (bottom.cell && bottom.scale === null && top.scale) votes |= VOTE[top.scale];
  }
  return decisionOf(votes);
}
