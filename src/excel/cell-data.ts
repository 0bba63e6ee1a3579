/** The cell properties a snapshot is read from, and how Office.js's answer becomes the engine's cells. */
import type { CellValue } from "../core/snapshot";

export const CELL_PROPERTIES = ["values", "text", "numberFormat", "formulas", "valueTypes"];

/** A range loaded with CELL_PROPERTIES. */
export interface CellData {
  values: unknown[][];
  text: string[][];
  numberFormat: string[][];
  formulas: unknown[][];
  valueTypes: string[][];
}

export interface SnapshotRow {
  values: CellValue[];
  text: string[];
  formats: string[];
  formulas: (string | null)[];
}

function cellValue(value: unknown, type: string | undefined, text: string | undefined): CellValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty") return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return value === "" ? null : value;
  // Rich values (entities, images) have no plain value; their displayed text is what a reader sees.
  return text ?? null;
}

/** Row `r` of the loaded range as a snapshot holds it. */
export function snapshotRow(data: CellData, r: number): SnapshotRow {
  const types = data.valueTypes[r] ?? [];
  const texts = data.text[r] ?? [];
  return {
    values: (data.values[r] ?? []).map((v, c) => cellValue(v, types[c], texts[c])),
    text: texts.map(String),
    formats: (data.numberFormat[r] ?? []).map(String),
    formulas: (data.formulas[r] ?? []).map((f) => (typeof f === "string" && f.startsWith("=") ? f : null)),
  };
}
