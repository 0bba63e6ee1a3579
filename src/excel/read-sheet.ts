/**
 * Reads a worksheet's used range into the engine's SheetSnapshot in a number of syncs that grows with the
 * payload, never with rows or cells:
 *
 * 1. The used range's geometry and a sample of its top-left corner (at most 64 × 64 cells). The sample's size
 *    in bytes estimates the bytes per row, which sizes the chunks; a small sheet is read completely here.
 * 2. One sync per chunk of rows: values, text, number formats, formulas and value types of the chunk, plus its
 *    merged areas and visible rows, each probed on sub-ranges of `probeRows` rows.
 *
 * Each chunk stays under Excel on the web's 5 MB response limit. If the estimate was wrong and Excel still
 * refuses the response, the chunk is halved and read again. Merged areas and visible rows are probed on
 * sub-ranges because Excel fails `getMergedAreasOrNullObject` past 512 areas and bounds multi-area results;
 * if a probe batch fails with such a limit error, the probes shrink (512 → 64 → 8 → 1 rows) and the chunk is
 * read again. Hidden rows are the rows missing from `getSpecialCells("Visible")` of the chunk's entire rows,
 * which also sees rows hidden by a filter.
 *
 * For 100 and 10,000 typical rows this is 2 and 3 syncs; 100,000 rows take one more sync per ~4 MB.
 */
import type { CellArea, CellValue, SheetSnapshot } from "../core/snapshot";
import type { Progress } from "../host/workbook-host";
import { parseAreas } from "./a1";
import { isLimitError, isPayloadError, officeErrorCode } from "./errors";
import { jsonBytes, SYNC_BUDGET } from "./payload";

const CELL_PROPERTIES = ["values", "text", "numberFormat", "formulas", "valueTypes"];
const SAMPLE_SIZE = 64;
/** Per-cell bytes never assumed below this, so a sample of blank cells does not make huge chunks. */
const MIN_CELL_BYTES = 24;
/** Margin over the sample's average, for body rows longer than the header and title rows. */
const SAFETY = 1.3;
const FIRST_PROBE_ROWS = 512;
const PROBE_SHRINK = 8;

export interface ReadOptions {
  /** Whether Range.getMergedAreasOrNullObject (ExcelApi 1.13) may be used. */
  mergedAreas: boolean;
  onProgress?: Progress;
  /** Response bytes per sync; tests lower it to exercise chunking on small sheets. */
  budget?: number;
}

interface CellData {
  values: unknown[][];
  text: string[][];
  numberFormat: string[][];
  formulas: unknown[][];
  valueTypes: string[][];
}

function cellValue(value: unknown, type: string | undefined, text: string | undefined): CellValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty") return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return value === "" ? null : value;
  // Rich values (entities, images) have no plain value; their displayed text is what a reader sees.
  return text ?? null;
}

/** The snapshot under construction; rows are filled by index as chunks arrive. */
class SnapshotRows {
  readonly values: CellValue[][];
  readonly text: string[][];
  readonly formats: string[][];
  readonly formulas: (string | null)[][];
  readonly merges = new Map<string, CellArea>();
  readonly hiddenRows: number[] = [];

  constructor(
    readonly top: number,
    readonly left: number,
    readonly rows: number,
    readonly cols: number,
  ) {
    this.values = new Array<CellValue[]>(rows);
    this.text = new Array<string[]>(rows);
    this.formats = new Array<string[]>(rows);
    this.formulas = new Array<(string | null)[]>(rows);
  }

  /** Rows of `data` (all columns of the used range) starting at row offset `first`. */
  put(first: number, data: CellData): void {
    data.values.forEach((line, r) => {
      const types = data.valueTypes[r] ?? [];
      const texts = data.text[r] ?? [];
      this.values[first + r] = line.map((v, c) => cellValue(v, types[c], texts[c]));
      this.text[first + r] = texts.map(String);
      this.formats[first + r] = (data.numberFormat[r] ?? []).map(String);
      this.formulas[first + r] = (data.formulas[r] ?? []).map((f) =>
        typeof f === "string" && f.startsWith("=") ? f : null,
      );
    });
  }

  addMerges(address: string): void {
    for (const area of parseAreas(address))
      this.merges.set(`${area.top}:${area.left}:${area.bottom}:${area.right}`, area);
  }

  /** Records as hidden the sheet rows first..last that no visible area covers. */
  addHidden(first: number, last: number, visibleAddress: string | null): void {
    const visible = new Uint8Array(last - first + 1);
    for (const area of visibleAddress ? parseAreas(visibleAddress) : []) {
      for (let row = Math.max(area.top, first); row <= Math.min(area.bottom, last); row++) visible[row - first] = 1;
    }
    visible.forEach((shown, i) => {
      if (!shown) this.hiddenRows.push(first + i);
    });
  }
}

function cellBytes(data: CellData, cells: number): number {
  const sampled = cells > 0 ? jsonBytes(CELL_PROPERTIES.map((p) => data[p as keyof CellData])) / cells : 0;
  return Math.max(MIN_CELL_BYTES, sampled) * SAFETY;
}

interface Chunk {
  /** Row offsets in the used range: extras (merges, visibility) for [start, end), cell data for [dataStart, end). */
  start: number;
  dataStart: number;
  end: number;
}

async function readChunk(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rows: SnapshotRows,
  chunk: Chunk,
  probeRows: number,
  mergedAreas: boolean,
): Promise<void> {
  const rowRange = (offset: number, count: number) =>
    sheet.getRangeByIndexes(rows.top - 1 + offset, rows.left - 1, count, rows.cols);
  const dataRows = chunk.end - chunk.dataStart;
  const data = dataRows > 0 ? rowRange(chunk.dataStart, dataRows).load(CELL_PROPERTIES) : null;
  const probes: { first: number; last: number; merged: Excel.RangeAreas | null; visible: Excel.RangeAreas }[] = [];
  for (let offset = chunk.start; offset < chunk.end; offset += probeRows) {
    const count = Math.min(probeRows, chunk.end - offset);
    const range = rowRange(offset, count);
    probes.push({
      first: rows.top + offset,
      last: rows.top + offset + count - 1,
      merged: mergedAreas ? range.getMergedAreasOrNullObject().load("address") : null,
      visible: range.getEntireRow().getSpecialCellsOrNullObject("Visible").load("address"),
    });
  }
  await context.sync();
  if (data) rows.put(chunk.dataStart, data);
  for (const probe of probes) {
    if (probe.merged && !probe.merged.isNullObject) rows.addMerges(probe.merged.address);
    rows.addHidden(probe.first, probe.last, probe.visible.isNullObject ? null : probe.visible.address);
  }
}

export async function readSheet(
  context: Excel.RequestContext,
  name: string,
  options: ReadOptions,
): Promise<SheetSnapshot> {
  const budget = options.budget ?? SYNC_BUDGET;
  const sheet = context.workbook.worksheets.getItem(name);
  sheet.load("name");
  const used = sheet.getUsedRange(true).load("rowIndex,columnIndex,rowCount,columnCount");
  const sample = used
    .getIntersection(used.getCell(0, 0).getResizedRange(SAMPLE_SIZE - 1, SAMPLE_SIZE - 1))
    .load([...CELL_PROPERTIES, "rowCount", "columnCount"]);
  await context.sync();

  const rows = new SnapshotRows(used.rowIndex + 1, used.columnIndex + 1, used.rowCount, used.columnCount);
  // A sample as wide as the used range holds complete rows; a narrower one only informs the estimate.
  const sampledRows = sample.columnCount === rows.cols ? sample.rowCount : 0;
  if (sampledRows > 0) rows.put(0, sample);
  const rowBytes = cellBytes(sample, sample.rowCount * sample.columnCount) * rows.cols;
  let chunkRows = Math.max(1, Math.floor(budget / rowBytes));
  let probeRows = FIRST_PROBE_ROWS;

  let start = 0;
  while (start < rows.rows) {
    const dataStart = Math.max(start, sampledRows);
    const end = Math.min(rows.rows, dataStart + chunkRows);
    try {
      await readChunk(context, sheet, rows, { start, dataStart, end }, probeRows, options.mergedAreas);
    } catch (error) {
      const code = officeErrorCode(error);
      if (isPayloadError(code) && end - dataStart > 1) {
        chunkRows = Math.max(1, Math.floor((end - dataStart) / 2));
        continue;
      }
      if (isLimitError(code) && probeRows > 1) {
        probeRows = Math.max(1, Math.floor(probeRows / PROBE_SHRINK));
        continue;
      }
      throw error;
    }
    start = end;
    options.onProgress?.(end / rows.rows);
  }

  const snapshot: SheetSnapshot = {
    name: sheet.name,
    origin: { row: rows.top, col: rows.left },
    values: rows.values,
    text: rows.text,
    formats: rows.formats,
    formulas: rows.formulas,
    hiddenRows: rows.hiddenRows,
  };
  if (options.mergedAreas) {
    snapshot.merges = [...rows.merges.values()].sort((a, b) => a.top - b.top || a.left - b.left);
  }
  return snapshot;
}
