/**
 * Array arguments the way Excel's own functions take them: every argument is a matrix, a single cell (or an
 * omitted optional argument) applies to every position, a column applies across a row and a row down a column.
 * One call fills a whole spilled range.
 */
import { functionError, type Output } from "./evaluate";

export type Matrix = unknown[][];

interface Shape {
  rows: number;
  cols: number;
}

/** A row of zero cells counts as one blank cell, so every call gives at least one result. */
function shapeOf(matrix: Matrix | null | undefined): Shape {
  if (!matrix || matrix.length === 0) return { rows: 1, cols: 1 };
  return { rows: matrix.length, cols: matrix[0]?.length || 1 };
}

/** A bare value where a matrix was expected (a caller other than Excel) is a one-cell matrix. */
function asMatrix(arg: unknown): Argument {
  if (arg === null || arg === undefined || Array.isArray(arg)) return arg as Argument;
  return [[arg]];
}

/**
 * The cell function, made safe: whatever one position throws becomes that position's #VALUE!, so one odd cell
 * never turns the whole spilled range into a single error.
 */
function guarded(cell: Cell): Cell {
  return (a, b, c, d, e) => {
    try {
      return cell(a, b, c, d, e);
    } catch (error) {
      const detail = error instanceof Error ? error.name : typeof error;
      return functionError("#VALUE!", "unexpected", undefined, { detail });
    }
  };
}

/** Either shape's size where the other's is 1; null when both exceed 1 and differ. */
function common(a: number, b: number): number | null {
  if (a === b || b === 1) return a;
  if (a === 1) return b;
  return null;
}

/** An argument as the loop reads it: rows of its matrix, and 0 for a dimension it stretches over. */
interface Slot {
  matrix: Matrix;
  rowStep: number;
  colStep: number;
}

type Cell = (a: unknown, b: unknown, c: unknown, d: unknown, e: unknown) => Output;

/** The most arguments a CHITIEU function takes (PACE); `Arguments` holds the callers to it at compile time. */
export const MAX_ARGUMENTS = 5;
type Argument = Matrix | null | undefined;
export type Arguments = [Argument?, Argument?, Argument?, Argument?, Argument?];

/**
 * Applies `cell` at every position of the arguments' common shape. Arguments whose sizes cannot be matched give a
 * single #VALUE! that names the sizes, rather than results for positions that do not line up. A position whose
 * cell throws gets its own #VALUE!, never the whole range.
 */
export function broadcast(given: Arguments, cell: Cell): Output[][] {
  const args = given.map(asMatrix) as Arguments;
  // The cells are pure, so a call in which one throws is run again with each cell guarded; the usual call pays
  // nothing for the guard.
  try {
    return spread(args, cell);
  } catch {
    return spread(args, guarded(cell));
  }
}

function spread(args: Arguments, cell: Cell): Output[][] {
  const shapes = args.map(shapeOf);
  let rows: number | null = 1;
  let cols: number | null = 1;
  for (const shape of shapes) {
    rows = rows === null ? null : common(rows, shape.rows);
    cols = cols === null ? null : common(cols, shape.cols);
  }
  if (rows === null || cols === null) {
    const sizes = args.flatMap((arg, i) => (arg ? [`${shapes[i]?.rows}×${shapes[i]?.cols}`] : []));
    return [[functionError("#VALUE!", "shape", undefined, { shapes: sizes.join(", ") })]];
  }
  // Unrolled to five fixed slots: a 100 000-row call spends its time here, and spreading arguments per cell
  // would cost more than the arithmetic.
  const slots = Array.from({ length: MAX_ARGUMENTS }, (_, i): Slot | null => {
    const matrix = args[i];
    const shape = shapes[i];
    if (!matrix || matrix.length === 0 || !shape) return null;
    return { matrix, rowStep: shape.rows === 1 ? 0 : 1, colStep: shape.cols === 1 ? 0 : 1 };
  });
  const [s0, s1, s2, s3, s4] = slots;
  const [c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0] = slots.map((slot) => slot?.colStep ?? 0);
  // Grown by push rather than `new Array(rows)`: a preallocated 100 000-slot array lives in old space, and every
  // young row stored into it makes the garbage collector's work five times larger.
  const out: Output[][] = [];
  for (let r = 0; r < rows; r++) {
    const r0 = s0?.matrix[r * s0.rowStep];
    const r1 = s1?.matrix[r * s1.rowStep];
    const r2 = s2?.matrix[r * s2.rowStep];
    const r3 = s3?.matrix[r * s3.rowStep];
    const r4 = s4?.matrix[r * s4.rowStep];
    if (cols === 1) {
      // An array literal takes the elements kind V8 learned for this site; `new Array(1)` and a store would
      // reallocate it once the first number lands, which triples the cost of a one-column call.
      out.push([cell(r0?.[0], r1?.[0], r2?.[0], r3?.[0], r4?.[0])]);
      continue;
    }
    const line: Output[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      line[c] = cell(r0?.[c * c0], r1?.[c * c1], r2?.[c * c2], r3?.[c * c3], r4?.[c * c4]);
    }
    out.push(line);
  }
  return out;
}
