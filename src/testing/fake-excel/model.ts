/**
 * The state behind the fake Excel: plain data that the proxies read and change at `context.sync()`, and that
 * tests seed from SheetSnapshots and inspect afterwards. Coordinates are 1-based.
 */
import type { CellArea, SheetSnapshot } from "../../core/snapshot";
import { isCellError } from "../../core/snapshot";
import { a1 } from "../../core/address";
import { MAX_COLS, MAX_ROWS } from "../../excel/a1";
import { fail } from "./errors";

export type Scalar = number | string | boolean;
export type BorderEdge = "top" | "bottom" | "left" | "right";

export interface CellStyle {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontColor?: string;
  horizontal?: string;
  wrap?: boolean;
  borders?: Partial<Record<BorderEdge, string>>;
}

/**
 * A cell's link as `Range.hyperlink` sets it (Excel.RangeHyperlink, ExcelApi 1.7):
 * https://learn.microsoft.com/javascript/api/excel/excel.rangehyperlink
 */
export interface HyperlinkState {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface CellState {
  value: Scalar | null;
  error: string | null;
  formula: string | null;
  format: string;
  style?: CellStyle;
  hyperlink?: HyperlinkState;
}

export interface ConditionalFormatState {
  id: string;
  type: string;
  areas: CellArea[];
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  /**
   * A user's rule Excel fails to read (OfficeDev/office-js#6827: reading a cell-value rule's `rule` or `format`
   * throws once a range has two): "rule" when its rule cannot be read, "all" when even its type cannot.
   */
  unreadable?: "rule" | "all";
}

export interface ChartSeriesState {
  name: string;
  values: CellArea | null;
  xValues: CellArea | null;
  chartType: string | null;
}

export interface ChartState {
  id: string;
  name: string;
  type: string;
  source: CellArea;
  seriesBy: string;
  title: string | null;
  series: ChartSeriesState[];
  position: { start: string; end: string } | null;
  valueAxisFormat: string | null;
  valueAxisMax: number | null;
  categoryReversed: boolean;
  legend: string | null;
}

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows: string | null;
}

export interface NameState {
  reference: string;
  visible: boolean;
  comment: string;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

let nextId = 1;
export function newId(prefix: string): string {
  return `{${prefix}-${String(nextId++).padStart(8, "0")}}`;
}

export class SheetModel {
  readonly id = newId("sheet");
  name: string;
  visibility: Visibility = "Visible";
  protected = false;
  deleted = false;
  /** rows[row - 1][col - 1]; sparse. */
  rows: (CellState | undefined)[][] = [];
  merges: CellArea[] = [];
  hiddenRows = new Set<number>();
  hiddenCols = new Set<number>();
  columnWidths = new Map<number, number>();
  /** Heights set on rows, in points; rows not set keep Excel's automatic height. */
  rowHeights = new Map<number, number>();
  conditionalFormats: ConditionalFormatState[] = [];
  charts: ChartState[] = [];
  freezeRows = 0;
  /** The range Worksheet.autoFilter was applied to; a sheet has at most one. */
  autoFilter: CellArea | null = null;
  pageLayout: PageLayoutState = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    printTitleRows: null,
  };
  names = new Map<string, NameState>();

  constructor(name: string) {
    this.name = name;
  }

  cell(row: number, col: number): CellState | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  ensure(row: number, col: number): CellState {
    const line = (this.rows[row - 1] ??= []);
    return (line[col - 1] ??= { value: null, error: null, formula: null, format: "General" });
  }

  /** The used range: cells with a value (valuesOnly) or with anything set. A blank sheet's is A1, as in Excel. */
  usedArea(valuesOnly: boolean): CellArea {
    let top = 0;
    let bottom = 0;
    let left = 0;
    let right = 0;
    this.rows.forEach((line, r) => {
      line?.forEach((cell, c) => {
        if (!cell) return;
        const hasValue = cell.value !== null || cell.error !== null || cell.formula !== null;
        if (!hasValue && (valuesOnly || (cell.format === "General" && !cell.style))) return;
        const row = r + 1;
        const col = c + 1;
        if (top === 0 || row < top) top = row;
        if (row > bottom) bottom = row;
        if (left === 0 || col < left) left = col;
        if (col > right) right = col;
      });
    });
    return top === 0 ? { top: 1, left: 1, bottom: 1, right: 1 } : { top, left, bottom, right };
  }

  /** Writes a value the way Excel coerces typed input: "=…" is a formula, numeric text becomes a number unless
   * the cell is formatted as text ("@") or the text starts with an apostrophe. */
  writeValue(row: number, col: number, input: unknown): void {
    if (input === null || input === undefined) return;
    const cell = this.ensure(row, col);
    cell.error = null;
    cell.formula = null;
    if (typeof input === "number" || typeof input === "boolean") {
      cell.value = input;
      return;
    }
    const text = String(input);
    if (text === "") {
      cell.value = null;
      return;
    }
    if (text.startsWith("'")) {
      cell.value = text.slice(1);
      return;
    }
    if (text.startsWith("=")) {
      cell.formula = text;
      cell.value = null;
      return;
    }
    if (cell.format !== "@") {
      if (/^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i.test(text.trim())) {
        cell.value = Number(text);
        return;
      }
      const pct = /^([+-]?\d+\.?\d*)%$/.exec(text.trim());
      if (pct) {
        cell.value = Number(pct[1]) / 100;
        return;
      }
      if (/^(true|false)$/i.test(text)) {
        cell.value = text.toLowerCase() === "true";
        return;
      }
    }
    cell.value = text;
  }

  style(row: number, col: number): CellStyle {
    const cell = this.ensure(row, col);
    return (cell.style ??= {});
  }

  isRowHidden(row: number): boolean {
    return this.hiddenRows.has(row);
  }
}

export class WorkbookModel {
  /** What Workbook.name gives: the file name, "Book1" for a workbook never saved. */
  name = "Book1";
  sheets: SheetModel[] = [];
  active: SheetModel | null = null;
  settings = new Map<string, unknown>();
  structureProtected = false;

  sheet(name: string): SheetModel | null {
    const key = name.toLowerCase();
    return this.sheets.find((s) => !s.deleted && s.name.toLowerCase() === key) ?? null;
  }

  requireSheet(name: string): SheetModel {
    const sheet = this.sheet(name);
    if (!sheet) throw fail.notFound(`Worksheets.getItem(${name})`);
    return sheet;
  }

  addSheet(name: string): SheetModel {
    if (!/^[^\\/?*[\]:]{1,31}$/.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw fail.invalidArgument("Worksheets.add");
    }
    if (this.sheet(name)) throw fail.itemExists(`Worksheets.add(${name})`);
    const sheet = new SheetModel(name);
    this.sheets.push(sheet);
    if (!this.active) this.active = sheet;
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      throw fail.invalidOperation("Worksheet.delete", "A workbook must contain at least one visible worksheet.");
    }
    sheet.deleted = true;
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.active === sheet) this.active = this.sheets.find((s) => s.visibility === "Visible") ?? null;
  }

  position(sheet: SheetModel): number {
    return this.sheets.indexOf(sheet);
  }

  move(sheet: SheetModel, position: number): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(Math.max(0, Math.min(position, this.sheets.length)), 0, sheet);
  }
}

/** Fills a sheet from a snapshot: values (errors as error values), formats, formulas, merges and hidden rows. */
export function seedSheet(sheet: SheetModel, snapshot: SheetSnapshot): void {
  const { origin } = snapshot;
  snapshot.values.forEach((line, r) => {
    line.forEach((value, c) => {
      const row = origin.row + r;
      const col = origin.col + c;
      const format = snapshot.formats?.[r]?.[c] ?? "General";
      const formula = snapshot.formulas?.[r]?.[c] ?? null;
      const hasFormula = typeof formula === "string" && formula.startsWith("=");
      if (value === null && format === "General" && !hasFormula) return;
      const cell = sheet.ensure(row, col);
      cell.format = format;
      if (isCellError(value)) cell.error = value.error;
      else cell.value = value === "" ? null : value;
      if (hasFormula) cell.formula = formula;
    });
  });
  sheet.merges = (snapshot.merges ?? []).map((m) => ({ ...m }));
  sheet.hiddenRows = new Set(snapshot.hiddenRows ?? []);
}

export function clampArea(area: CellArea): CellArea {
  return {
    top: Math.max(1, area.top),
    left: Math.max(1, area.left),
    bottom: Math.min(MAX_ROWS, area.bottom),
    right: Math.min(MAX_COLS, area.right),
  };
}

export function intersects(a: CellArea, b: CellArea): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function intersection(a: CellArea, b: CellArea): CellArea | null {
  if (!intersects(a, b)) return null;
  return {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
}

/** A plain, comparable picture of a sheet's whole state, for `expect(...).toEqual(...)` in tests. */
export interface SheetState {
  name: string;
  visibility: Visibility;
  protected: boolean;
  cells: Record<string, CellState>;
  merges: CellArea[];
  hiddenRows: number[];
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  conditionalFormats: Omit<ConditionalFormatState, "id">[];
  charts: Omit<ChartState, "id">[];
  freezeRows: number;
  autoFilter: CellArea | null;
  pageLayout: PageLayoutState;
  names: Record<string, NameState>;
}

export function sheetState(sheet: SheetModel): SheetState {
  const cells: Record<string, CellState> = {};
  sheet.rows.forEach((line, r) =>
    line?.forEach((cell, c) => {
      if (cell) cells[a1(r + 1, c + 1)] = structuredClone(cell);
    }),
  );
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    protected: sheet.protected,
    cells,
    merges: sheet.merges.map((m) => ({ ...m })),
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    columnWidths: Object.fromEntries(sheet.columnWidths),
    rowHeights: Object.fromEntries(sheet.rowHeights),
    conditionalFormats: sheet.conditionalFormats.map(({ id: _id, ...rest }) => structuredClone(rest)),
    charts: sheet.charts.map(({ id: _id, ...rest }) => structuredClone(rest)),
    freezeRows: sheet.freezeRows,
    autoFilter: sheet.autoFilter && { ...sheet.autoFilter },
    pageLayout: structuredClone(sheet.pageLayout),
    names: Object.fromEntries([...sheet.names].map(([k, v]) => [k, { ...v }])),
  };
}
