import type { CellArea, CellValue, SheetSnapshot } from "../../src/core/snapshot";

export interface TableSpec {
  name?: string;
  /** Rows above the header (titles). */
  above?: CellValue[][];
  header: CellValue[][];
  rows: CellValue[][];
  merges?: CellArea[];
  formats?: Record<string, string>;
  hiddenRows?: number[];
}

/** A sheet snapshot from rows of values, starting at A1. `formats` maps A1 addresses to number formats. */
export function sheet(spec: TableSpec): SheetSnapshot {
  const values = [...(spec.above ?? []), ...spec.header, ...spec.rows];
  const width = Math.max(...values.map((r) => r.length));
  const grid = values.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
  const formats = grid.map((r) => r.map(() => "General"));
  for (const [address, format] of Object.entries(spec.formats ?? {})) {
    const col = address.charCodeAt(0) - 64;
    const row = Number(address.slice(1));
    formats[row - 1]![col - 1] = format;
  }
  return {
    name: spec.name ?? "Sheet1",
    origin: { row: 1, col: 1 },
    values: grid,
    formats,
    merges: spec.merges ?? [],
    hiddenRows: spec.hiddenRows ?? [],
  };
}

/** A one-level Vietnamese header: TT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | Tỷ lệ % | Đánh giá. */
export const VI_HEADER: CellValue[] = ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ % TH/KH", "Đánh giá"];
