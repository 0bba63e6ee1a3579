import { analyzeSheet } from "../../../src/core/analyze";
import { agencyOf, unitIndicators, type UnitSource } from "../../../src/core/consolidate";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { districtSheet, type DistrictRow } from "../../../src/samples/districts";

/** A unit source from a sheet, as the command line makes one from a file. */
export function source(sheet: SheetSnapshot, file: string): UnitSource {
  const analysis = analyzeSheet(sheet);
  return {
    file,
    sheet: sheet.name,
    label: file.replace(/\.xlsx$/, ""),
    agency: analysis.table ? agencyOf(sheet, analysis.table.headerRows[0]!) : null,
    indicators: analysis.table ? unitIndicators(analysis) : null,
    problem: analysis.table ? null : "no table",
    period: analysis.period,
  };
}

export function district(d: number, options: Parameters<typeof districtSheet>[1] = {}): UnitSource {
  return source(districtSheet(d, options), `quan-huyen-${d + 1}.xlsx`);
}

/** The district's rows with some names retyped, as a district clerk would. */
export function renamed(rows: DistrictRow[], names: Record<number, string>): DistrictRow[] {
  return rows.map((r, i) => (names[i] !== undefined ? { ...r, name: names[i]! } : r));
}
