import { columnIndex, columnLetter } from "../../core/address";

/** A1 references outside string literals; a name such as LOG10( or a sheet name's letters do not match. */
const REFERENCE = /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/**
 * The formula of a cell that shares its master's formula (`<f t="shared" si="0"/>`): the master's text with
 * each relative reference moved by the cell's distance from the master, as Excel does.
 */
export function translateFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula
    .split('"')
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(REFERENCE, (ref: string, colAbs: string, col: string, rowAbs: string, row: string) => {
            const c = colAbs ? columnIndex(col) : columnIndex(col) + cols;
            const r = rowAbs ? Number(row) : Number(row) + rows;
            return c < 1 || r < 1 ? ref : `${colAbs}${columnLetter(c)}${rowAbs}${r}`;
          }),
    )
    .join('"');
}
