/**
 * Reads a worksheet's used range into the engine's SheetSnapshot in a number of syncs that grows with the
 * payload, never with rows or cells:
 *
 * 1. The used range's geometry. A used range of more than READ_CELL_LIMIT cells (a stray value far from the
 *    table, e.g. at XFD1048576, makes it billions) is refused with a message naming its far corner, before any
 *    cell is read.
 * 2. A sample of its top-left corner (at most 64 × 64 cells). The sample's size in bytes estimates the bytes per
 *    row, which sizes the chunks; a small sheet is read completely here.
 * 3. One sync per chunk of rows: values, text, number formats, formulas and value types of the chunk, plus its
 *    merged areas and visible rows, each probed on sub-ranges of at most `probeRows` rows of the used columns.
 *
 * Each request stays under Excel's documented limits (5 MB per response on the web, 5 million cells per range
 * read). If an estimate was wrong and Excel still refuses, the sample or chunk is halved and read again; if a
 * probe hits a limit (more than 512 merged areas, too many cells or areas), the probes shrink
 * (512 → 64 → 8 → 1 rows) and the chunk is read again. Hidden rows are the rows that no area of
 * `getSpecialCells("Visible")` over the used columns covers, which also sees rows hidden by a filter.
 *
 * For 100 and 10,000 typical rows this is 3 and 4 syncs; 100,000 rows take one more sync per ~4 MB.
 */
import type { CellArea, CellValue, SheetSnapshot } from "../core/snapshot";
import type { Progress } from "../host/workbook-host";
import { HostError } from "../host/workbook-host";
import { columnLetter } from "../core/address";
import { parseAreas } from "./a1";
import { CELL_PROPERTIES, snapshotRow, type CellData } from "./cell-data";
import { isCellLimitError, isLimitError, isPayloadError, officeErrorCode } from "./errors";
import { CELLS_PER_READ, jsonBytes, SYNC_BUDGET } from "./payload";

const SAMPLE_SIZE = 64;
/** Per-cell bytes never assumed below this, so a sample of blank cells does not make huge chunks. */
const MIN_CELL_BYTES = 24;
/** Margin over the sample's average, for body rows longer than the header and title rows. */
const SAFETY = 1.3;
const FIRST_PROBE_ROWS = 512;
const PROBE_SHRINK = 8;
/**
 * The largest used range read at all: 2 million cells is 100,000 rows of 20 columns, far above any indicator
 * table, and keeps the snapshot within what a task pane's memory holds.
 */
export const READ_CELL_LIMIT = 2_000_000;

export interface ReadOptions {
  /** Whether Range.getMergedAreasOrNullObject (ExcelApi 1.13) may be used. */
  mergedAreas: boolean;
  onProgress?: Progress;
  /** Response bytes per sync; tests lower it to exercise chunking on small sheets. */
  budget?: number;
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
    data.values.forEach((_, r) => {
      const row = snapshotRow(data, r);
      this.values[first + r] = row.values;
      this.text[first + r] = row.text;
      this.formats[first + r] = row.formats;
      this.formulas[first + r] = row.formulas;
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
  /** Columns of cell data, from the used range's first; the extras always cover all used columns. */
  dataCols: number;
}

async function readChunk(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rows: SnapshotRows,
  chunk: Chunk,
  probing: { probeRows: number; mergedAreas: boolean; probe: boolean },
): Promise<CellData | null> {
  const { probeRows, mergedAreas } = probing;
  const rowRange = (offset: number, count: number, cols = rows.cols) =>
    sheet.getRangeByIndexes(rows.top - 1 + offset, rows.left - 1, count, cols);
  const dataRows = chunk.end - chunk.dataStart;
  const data = dataRows > 0 ? rowRange(chunk.dataStart, dataRows, chunk.dataCols).load(CELL_PROPERTIES) : null;
  const probes: { first: number; last: number; merged: Excel.RangeAreas | null; visible: Excel.RangeAreas }[] = [];
  for (let offset = chunk.start; probing.probe && offset < chunk.end; offset += probeRows) {
    const count = Math.min(probeRows, chunk.end - offset);
    const range = rowRange(offset, count);
    probes.push({
      first: rows.top + offset,
      last: rows.top + offset + count - 1,
      merged: mergedAreas ? range.getMergedAreasOrNullObject().load("address") : null,
      // The used columns only: entire rows are 16,384 cells each, and 512 of them pass the 5 million cell limit.
      // A row then counts as visible when any used cell of it is; with every used column hidden nothing shows.
      visible: range.getSpecialCellsOrNullObject("Visible").load("address"),
    });
  }
  await context.sync();
  if (data && chunk.dataCols === rows.cols) rows.put(chunk.dataStart, data);
  for (const probe of probes) {
    if (probe.merged && !probe.merged.isNullObject) rows.addMerges(probe.merged.address);
    rows.addHidden(probe.first, probe.last, probe.visible.isNullObject ? null : probe.visible.address);
  }
  return data;
}

function refuseHuge(name: string, used: Excel.Range): void {
  const cells = used.rowCount * used.columnCount;
  if (cells <= READ_CELL_LIMIT) return;
  // Spelled cell to cell ("A1:XFD1048576", not "1:1048576"): the far corner is what the user must find.
  const first = `${columnLetter(used.columnIndex + 1)}${used.rowIndex + 1}`;
  const corner = `${columnLetter(used.columnIndex + used.columnCount)}${used.rowIndex + used.rowCount}`;
  throw new HostError("excel.reading.sheetTooLarge", {
    sheet: name,
    address: `${first}:${corner}`,
    corner,
    cells,
    limit: READ_CELL_LIMIT,
  });
}

/** Rows per probe: at most FIRST_PROBE_ROWS, and never more cells than one read may hold. */
function firstProbeRows(cols: number): number {
  return Math.max(1, Math.min(FIRST_PROBE_ROWS, Math.floor(CELLS_PER_READ / cols)));
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
  await context.sync();
  refuseHuge(sheet.name, used);

  const rows = new SnapshotRows(used.rowIndex + 1, used.columnIndex + 1, used.rowCount, used.columnCount);
  let probeRows = firstProbeRows(rows.cols);

  // The sample is read by indexes from the geometry, so a table at the sheet's right or bottom edge cannot push
  // it outside the grid; it shrinks like any chunk when Excel refuses it. A sample as wide as the used range
  // holds complete rows, so their merged areas and visibility are probed with it and they are done.
  let sampleSize = SAMPLE_SIZE;
  let sample: { data: CellData; rows: number; cols: number } | null = null;
  while (!sample) {
    const sampleRows = Math.min(sampleSize, rows.rows);
    const sampleCols = Math.min(sampleSize, rows.cols);
    const chunk = { start: 0, dataStart: 0, end: sampleRows, dataCols: sampleCols };
    try {
      const data = await readChunk(context, sheet, rows, chunk, {
        probeRows,
        mergedAreas: options.mergedAreas,
        probe: sampleCols === rows.cols,
      });
      sample = { data: data as CellData, rows: sampleRows, cols: sampleCols };
    } catch (error) {
      const code = officeErrorCode(error);
      if ((isPayloadError(code) || isCellLimitError(code)) && sampleSize > 1) {
        sampleSize = Math.max(1, Math.floor(sampleSize / 2));
        continue;
      }
      if (isLimitError(code) && probeRows > 1) {
        probeRows = Math.max(1, Math.floor(probeRows / PROBE_SHRINK));
        continue;
      }
      throw error;
    }
  }
  const sampledRows = sample.cols === rows.cols ? sample.rows : 0;
  const rowBytes = cellBytes(sample.data, sample.rows * sample.cols) * rows.cols;
  let chunkRows = Math.max(1, Math.min(Math.floor(budget / rowBytes), Math.floor(CELLS_PER_READ / rows.cols)));

  let start = sampledRows;
  while (start < rows.rows) {
    const dataStart = Math.max(start, sampledRows);
    const end = Math.min(rows.rows, dataStart + chunkRows);
    try {
      const chunk = { start, dataStart, end, dataCols: rows.cols };
      await readChunk(context, sheet, rows, chunk, { probeRows, mergedAreas: options.mergedAreas, probe: true });
    } catch (error) {
      const code = officeErrorCode(error);
      const cellLimit = isCellLimitError(code);
      if ((isPayloadError(code) || cellLimit) && end - dataStart > 1) {
        chunkRows = Math.max(1, Math.floor((end - dataStart) / 2));
        if (cellLimit) probeRows = Math.max(1, Math.floor(probeRows / PROBE_SHRINK));
        continue;
      }
      if ((isLimitError(code) || cellLimit) && probeRows > 1) {
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
