import { analyzeSheet } from "../../src/core/analyze";
import type { CellValue } from "../../src/core/snapshot";
import type { Issue } from "../../src/core/types";
import { sheet, VI_HEADER } from "./table";

/** Issues of one rule on a one-level table (VI_HEADER columns, body from row 2), plus the whole analysis. */
export function check(code: string, rows: CellValue[][], formats: Record<string, string> = {}, header = VI_HEADER) {
  const analysis = analyzeSheet(sheet({ header: [header], rows, formats }));
  const issues = analysis.issues.filter((i: Issue) => i.code === code);
  return { issues, cells: issues.map((i) => i.cell), analysis };
}
