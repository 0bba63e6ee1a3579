/** Fake Range, RangeAreas, their formats and conditional formats. */
import type { CellArea } from "../../core/snapshot";
import { areaAddress, MAX_COLS, MAX_ROWS, parseArea, parseAreas, quoteSheet } from "../../excel/a1";
import { FakeClientObject, FakeCollection } from "./client-object";
import type { FakeRequestContext } from "./context";
import { displayText } from "./cell-text";
import { fail } from "./errors";
import {
  intersection,
  intersects,
  newId,
  type BorderEdge,
  type CellState,
  type CellStyle,
  type ConditionalFormatState,
  type HyperlinkState,
  type SheetModel,
} from "./model";

/** What a Range or RangeAreas proxy is bound to. */
export interface Cells {
  sheet: SheetModel;
  areas: CellArea[];
}

/**
 * Excel refuses to get cell data or special cells of a range of more than 5 million cells (RangeExceedsLimit):
 * "Resource limits and performance optimization for Office Add-ins", Excel add-ins section,
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization.
 * The 5 MB payload limits are enforced per sync in ./context.
 */
export const READ_CELL_LIMIT = 5_000_000;
/** Formatting whole rows or columns cell by cell is not something the add-in does; the fake refuses it. */
const FORMATTABLE_CELLS = 5_000_000;

function cellCount(area: CellArea): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

function forEachCell(areas: CellArea[], visit: (row: number, col: number) => void): void {
  for (const area of areas) {
    if (cellCount(area) > FORMATTABLE_CELLS) throw fail.general("fake Excel: formatting whole rows or columns");
    for (let row = area.top; row <= area.bottom; row++) {
      for (let col = area.left; col <= area.right; col++) visit(row, col);
    }
  }
}

function guardWrite(sheet: SheetModel, member: string): void {
  if (sheet.protected) throw fail.accessDenied(member);
}

function grid<V>(area: CellArea, sheet: SheetModel, pick: (cell: CellState | undefined) => V): V[][] {
  if (cellCount(area) > READ_CELL_LIMIT) throw fail.rangeExceedsLimit("Range");
  const out: V[][] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    const line: V[] = [];
    const cells = sheet.rows[row - 1];
    for (let col = area.left; col <= area.right; col++) line.push(pick(cells?.[col - 1]));
    out.push(line);
  }
  return out;
}

/** Accepts a 2-D array of the range's shape, or one value for every cell, as Office.js does. */
function eachInput(
  area: CellArea,
  input: unknown,
  member: string,
  visit: (row: number, col: number, v: unknown) => void,
) {
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  if (!Array.isArray(input)) {
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) visit(area.top + r, area.left + c, input);
    return;
  }
  if (input.length !== rows || input.some((line) => !Array.isArray(line) || line.length !== cols)) {
    throw fail.invalidArgument(`${member}: the input array doesn't match the size of the range`);
  }
  input.forEach((line: unknown[], r) => line.forEach((v, c) => visit(area.top + r, area.left + c, v)));
}

function valueType(cell: CellState | undefined): string {
  if (!cell || (cell.value === null && !cell.error)) return "Empty";
  if (cell.error) return "Error";
  if (typeof cell.value === "number") return "Double";
  if (typeof cell.value === "boolean") return "Boolean";
  return "String";
}

function rawValue(cell: CellState | undefined): unknown {
  if (!cell) return "";
  if (cell.error) return cell.error;
  return cell.value ?? "";
}

function runs(from: number, to: number, hidden: Set<number>): [number, number][] {
  const out: [number, number][] = [];
  let start: number | null = null;
  for (let i = from; i <= to + 1; i++) {
    const visible = i <= to && !hidden.has(i);
    if (visible && start === null) start = i;
    if (!visible && start !== null) {
      out.push([start, i - 1]);
      start = null;
    }
  }
  return out;
}

export class FakeRange extends FakeClientObject<Cells> {
  constructor(context: FakeRequestContext, resolver: () => Cells | null, orNull = false) {
    super(context, resolver, orNull);
  }

  private get host() {
    return this.context.host;
  }

  protected override checkAlive(target: Cells): void {
    if (target.sheet.deleted) throw fail.notFound("Worksheet");
  }

  scalarNames(): string[] {
    return [
      "address",
      "rowIndex",
      "columnIndex",
      "rowCount",
      "columnCount",
      "cellCount",
      "values",
      "text",
      "numberFormat",
      "formulas",
      "valueTypes",
      "rowHidden",
    ];
  }

  protected read(target: Cells, name: string): unknown {
    const { sheet } = target;
    const area = target.areas[0] as CellArea;
    switch (name) {
      case "address":
        return `${quoteSheet(sheet.name)}!${areaAddress(area)}`;
      case "rowIndex":
        return area.top - 1;
      case "columnIndex":
        return area.left - 1;
      case "rowCount":
        return area.bottom - area.top + 1;
      case "columnCount":
        return area.right - area.left + 1;
      case "cellCount":
        return cellCount(area);
      case "values":
        return grid(area, sheet, rawValue);
      case "text":
        return grid(area, sheet, (c) => (c ? displayText(c.value, c.error, c.format, this.host.numberLocale) : ""));
      case "numberFormat":
        return grid(area, sheet, (c) => c?.format ?? "General");
      case "formulas":
        return grid(area, sheet, (c) => c?.formula ?? rawValue(c));
      case "valueTypes":
        return grid(area, sheet, valueType);
      case "rowHidden": {
        let hidden = 0;
        for (let row = area.top; row <= area.bottom; row++) if (sheet.hiddenRows.has(row)) hidden++;
        const rows = area.bottom - area.top + 1;
        return hidden === 0 ? false : hidden === rows ? true : null;
      }
    }
    return undefined;
  }

  protected override navigate(name: string) {
    if (name === "format") return this.format;
    return null;
  }

  get address(): string {
    return this.loaded("address");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get cellCount(): number {
    return this.loaded("cellCount");
  }
  get text(): string[][] {
    return this.loaded("text");
  }
  get valueTypes(): string[][] {
    return this.loaded("valueTypes");
  }
  get rowHidden(): boolean | null {
    return this.loaded("rowHidden");
  }

  get values(): unknown[][] {
    return this.loaded("values");
  }
  set values(input: unknown) {
    this.write((t) => {
      guardWrite(t.sheet, "Range.values");
      eachInput(t.areas[0] as CellArea, input, "Range.values", (row, col, v) => t.sheet.writeValue(row, col, v));
    }, input);
  }

  get formulas(): unknown[][] {
    return this.loaded("formulas");
  }
  set formulas(input: unknown) {
    this.write((t) => {
      guardWrite(t.sheet, "Range.formulas");
      eachInput(t.areas[0] as CellArea, input, "Range.formulas", (row, col, v) => t.sheet.writeValue(row, col, v));
    }, input);
  }

  get numberFormat(): string[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(input: unknown) {
    this.write((t) => {
      guardWrite(t.sheet, "Range.numberFormat");
      eachInput(t.areas[0] as CellArea, input, "Range.numberFormat", (row, col, v) => {
        if (v !== null && v !== undefined) t.sheet.ensure(row, col).format = String(v);
      });
    }, input);
  }

  /**
   * Range.hyperlink (ExcelApi 1.7), https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-hyperlink-member:
   * `textToDisplay` is "the string that is displayed in the top left most cell in the range"
   * (https://learn.microsoft.com/javascript/api/excel/excel.rangehyperlink). The fake links one cell at a time, all
   * the add-in does, and does not read links back.
   */
  get hyperlink(): HyperlinkState {
    return this.loaded("hyperlink");
  }
  set hyperlink(link: HyperlinkState) {
    this.write((t) => {
      this.context.requireApi(7, "Range.hyperlink");
      guardWrite(t.sheet, "Range.hyperlink");
      const area = t.areas[0] as CellArea;
      if (cellCount(area) !== 1) throw fail.general("fake Excel: a link over several cells");
      if (link.textToDisplay !== undefined) t.sheet.writeValue(area.top, area.left, link.textToDisplay);
      t.sheet.ensure(area.top, area.left).hyperlink = { ...link };
    }, link);
  }

  get format(): FakeRangeFormat {
    return this.child("format", () => new FakeRangeFormat(this.context, () => this.target()));
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return this.child(
      "conditionalFormats",
      () => new FakeConditionalFormatCollection(this.context, () => this.target()),
    );
  }

  private derive(make: (area: CellArea, sheet: SheetModel) => CellArea | null, orNull = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const target = this.target();
        const area = make(target.areas[0] as CellArea, target.sheet);
        if (!area) {
          if (orNull) return null;
          throw fail.notFound("Range");
        }
        if (area.top < 1 || area.left < 1 || area.bottom > MAX_ROWS || area.right > MAX_COLS) {
          throw fail.invalidArgument("Range: outside the worksheet grid");
        }
        return { sheet: target.sheet, areas: [area] };
      },
      orNull,
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive((a) => ({
      top: a.top + row,
      left: a.left + column,
      bottom: a.top + row,
      right: a.left + column,
    }));
  }

  getRow(row: number): FakeRange {
    return this.derive((a) => ({ ...a, top: a.top + row, bottom: a.top + row }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive((a) => ({ ...a, bottom: a.bottom + deltaRows, right: a.right + deltaColumns }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): FakeRange {
    return this.derive((a) => ({ ...a, bottom: a.top + numRows - 1, right: a.left + numColumns - 1 }));
  }

  getEntireRow(): FakeRange {
    return this.derive((a) => ({ ...a, left: 1, right: MAX_COLS }));
  }

  getEntireColumn(): FakeRange {
    return this.derive((a) => ({ ...a, top: 1, bottom: MAX_ROWS }));
  }

  getIntersection(other: FakeRange | string): FakeRange {
    return this.intersect(other, false);
  }

  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    return this.intersect(other, true);
  }

  private intersect(other: FakeRange | string, orNull: boolean): FakeRange {
    return this.derive((a) => {
      const b = typeof other === "string" ? parseArea(other) : (other.target().areas[0] as CellArea);
      if (!b) throw fail.invalidArgument("Range.getIntersection");
      return intersection(a, b);
    }, orNull);
  }

  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        const { sheet, areas } = this.target();
        if (cellType !== "Visible") throw fail.general(`fake Excel: getSpecialCells(${cellType})`);
        const area = areas[0] as CellArea;
        if (cellCount(area) > READ_CELL_LIMIT) throw fail.rangeExceedsLimit("Range.getSpecialCells");
        const found: CellArea[] = [];
        for (const [top, bottom] of runs(area.top, area.bottom, sheet.hiddenRows)) {
          for (const [left, right] of runs(area.left, area.right, sheet.hiddenCols))
            found.push({ top, bottom, left, right });
        }
        // Excel refuses results with very many areas, as its multi-area addresses are bounded.
        if (found.length > 8192) throw fail.general("Range.getSpecialCells");
        return found.length > 0 ? { sheet, areas: found } : null;
      },
      true,
    );
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        this.context.requireApi(13, "Range.getMergedAreasOrNullObject");
        const { sheet, areas } = this.target();
        const area = areas[0] as CellArea;
        const found = sheet.merges.filter((m) => intersects(m, area)).map((m) => ({ ...m }));
        // Documented: more than 512 merged areas in the range and the method fails.
        if (found.length > 512) throw fail.general("Range.getMergedAreasOrNullObject");
        return found.length > 0 ? { sheet, areas: found } : null;
      },
      true,
    );
  }

  merge(across = false): void {
    this.write((t) => {
      guardWrite(t.sheet, "Range.merge");
      const area = t.areas[0] as CellArea;
      const pieces = across
        ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => ({
            ...area,
            top: area.top + i,
            bottom: area.top + i,
          }))
        : [area];
      for (const piece of pieces) {
        if (t.sheet.merges.some((m) => intersects(m, piece)))
          throw fail.invalidOperation("Range.merge", "Cannot merge overlapping merged cells.");
        // Excel keeps only the top-left value of a merged area.
        forEachCell([piece], (row, col) => {
          if (row === piece.top && col === piece.left) return;
          const cell = t.sheet.cell(row, col);
          if (cell) Object.assign(cell, { value: null, error: null, formula: null });
        });
        t.sheet.merges.push(piece);
      }
    });
  }

  select(): void {
    this.write((t) => {
      const host = this.host;
      host.model.active = t.sheet;
      host.selection = { sheet: t.sheet.name, address: areaAddress(t.areas[0] as CellArea) };
    });
  }

  protected override describe(): string {
    return "Range";
  }
}

export class FakeRangeAreas extends FakeClientObject<Cells> {
  scalarNames(): string[] {
    return ["address", "areaCount"];
  }

  protected override checkAlive(target: Cells): void {
    if (target.sheet.deleted) throw fail.notFound("Worksheet");
  }

  protected read(target: Cells, name: string): unknown {
    if (name === "address")
      return target.areas.map((a) => `${quoteSheet(target.sheet.name)}!${areaAddress(a)}`).join(",");
    if (name === "areaCount") return target.areas.length;
    return undefined;
  }

  get address(): string {
    return this.loaded("address");
  }

  get areaCount(): number {
    return this.loaded("areaCount");
  }

  get format(): FakeRangeFormat {
    return this.child("format", () => new FakeRangeFormat(this.context, () => this.target()));
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return this.child(
      "conditionalFormats",
      () => new FakeConditionalFormatCollection(this.context, () => this.target()),
    );
  }

  /**
   * RangeAreas.select (ExcelApi 1.18), "Selects the specified range areas in the Excel UI":
   * https://learn.microsoft.com/javascript/api/excel/excel.rangeareas#excel-excel-rangeareas-select-member(1).
   * Range.select, of one area, is ExcelApi 1.1.
   */
  select(): void {
    this.write((t) => {
      this.context.requireApi(18, "RangeAreas.select");
      const host = this.context.host;
      host.model.active = t.sheet;
      host.selection = { sheet: t.sheet.name, address: t.areas.map(areaAddress).join(",") };
    });
  }

  protected override navigate(name: string) {
    return name === "format" ? this.format : null;
  }

  protected override describe(): string {
    return "RangeAreas";
  }
}

/** Parses the argument of Worksheet.getRanges; Excel rejects very long multi-area addresses. */
export function rangesArgument(address: string): CellArea[] {
  if (address.length > 8192) throw fail.invalidArgument("Worksheet.getRanges");
  try {
    return parseAreas(address);
  } catch {
    throw fail.invalidArgument("Worksheet.getRanges");
  }
}

abstract class FakeCellFormatPart extends FakeClientObject<Cells> {
  protected override checkAlive(target: Cells): void {
    if (target.sheet.deleted) throw fail.notFound("Worksheet");
  }

  protected styleAll(member: string, value: unknown, apply: (style: CellStyle) => void): void {
    this.write((t) => {
      guardWrite(t.sheet, member);
      forEachCell(t.areas, (row, col) => apply(t.sheet.style(row, col)));
    }, value);
  }

  protected topLeftStyle(target: Cells): CellStyle {
    const area = target.areas[0] as CellArea;
    return target.sheet.cell(area.top, area.left)?.style ?? {};
  }
}

export class FakeRangeFormat extends FakeCellFormatPart {
  scalarNames(): string[] {
    return ["horizontalAlignment", "wrapText", "columnWidth", "rowHeight"];
  }

  protected read(target: Cells, name: string): unknown {
    const style = this.topLeftStyle(target);
    if (name === "horizontalAlignment") return style.horizontal ?? "General";
    if (name === "wrapText") return style.wrap ?? false;
    if (name === "columnWidth") return target.sheet.columnWidths.get((target.areas[0] as CellArea).left) ?? 48;
    if (name === "rowHeight") return target.sheet.rowHeights.get((target.areas[0] as CellArea).top) ?? 15;
    return undefined;
  }

  protected override navigate(name: string) {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    return null;
  }

  get fill(): FakeRangeFill {
    return this.child("fill", () => new FakeRangeFill(this.context, () => this.target()));
  }
  get font(): FakeRangeFont {
    return this.child("font", () => new FakeRangeFont(this.context, () => this.target()));
  }
  get borders(): FakeRangeBorders {
    return this.child("borders", () => new FakeRangeBorders(this.context, () => this.target()));
  }

  get horizontalAlignment(): string {
    return this.loaded("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this.styleAll("RangeFormat.horizontalAlignment", value, (s) => (s.horizontal = value));
  }
  get wrapText(): boolean {
    return this.loaded("wrapText");
  }
  set wrapText(value: boolean) {
    this.styleAll("RangeFormat.wrapText", value, (s) => (s.wrap = value));
  }

  get columnWidth(): number {
    return this.loaded("columnWidth");
  }
  /** Column widths belong to columns, not cells, so whole-column ranges are fine here. */
  set columnWidth(value: number) {
    this.write((t) => {
      guardWrite(t.sheet, "RangeFormat.columnWidth");
      for (const area of t.areas)
        for (let col = area.left; col <= area.right; col++) t.sheet.columnWidths.set(col, value);
    }, value);
  }

  get rowHeight(): number {
    return this.loaded("rowHeight");
  }
  /** Excel refuses a height past 409 points, as it does here. */
  set rowHeight(value: number) {
    this.write((t) => {
      guardWrite(t.sheet, "RangeFormat.rowHeight");
      if (!(value >= 0 && value <= 409)) throw fail.invalidArgument("RangeFormat.rowHeight");
      for (const area of t.areas)
        for (let row = area.top; row <= area.bottom; row++) t.sheet.rowHeights.set(row, value);
    }, value);
  }
}

export class FakeRangeFill extends FakeCellFormatPart {
  scalarNames(): string[] {
    return ["color"];
  }
  protected read(target: Cells): unknown {
    return this.topLeftStyle(target).fill ?? "#FFFFFF";
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.styleAll("RangeFill.color", value, (s) => (s.fill = value.toUpperCase()));
  }
  clear(): void {
    this.styleAll("RangeFill.clear", null, (s) => delete s.fill);
  }
}

export class FakeRangeFont extends FakeCellFormatPart {
  scalarNames(): string[] {
    return ["bold", "italic", "size", "color"];
  }
  protected read(target: Cells, name: string): unknown {
    const style = this.topLeftStyle(target);
    if (name === "bold") return style.bold ?? false;
    if (name === "italic") return style.italic ?? false;
    if (name === "size") return style.size ?? 11;
    if (name === "color") return style.fontColor ?? "#000000";
    return undefined;
  }
  get bold(): boolean {
    return this.loaded("bold");
  }
  set bold(value: boolean) {
    this.styleAll("RangeFont.bold", value, (s) => (s.bold = value));
  }
  get italic(): boolean {
    return this.loaded("italic");
  }
  set italic(value: boolean) {
    this.styleAll("RangeFont.italic", value, (s) => (s.italic = value));
  }
  get size(): number {
    return this.loaded("size");
  }
  set size(value: number) {
    this.styleAll("RangeFont.size", value, (s) => (s.size = value));
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.styleAll("RangeFont.color", value, (s) => (s.fontColor = value.toUpperCase()));
  }
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

export class FakeRangeBorders extends FakeCellFormatPart {
  scalarNames(): string[] {
    return [];
  }
  protected read(): unknown {
    return undefined;
  }
  getItem(index: string): FakeRangeBorder {
    if (!(EDGES as readonly string[]).includes(index))
      throw fail.invalidArgument(`RangeBorderCollection.getItem(${index})`);
    return new FakeRangeBorder(this.context, () => this.target(), index as (typeof EDGES)[number]);
  }
}

export class FakeRangeBorder extends FakeCellFormatPart {
  constructor(
    context: FakeRequestContext,
    resolver: () => Cells,
    private readonly edge: (typeof EDGES)[number],
  ) {
    super(context, resolver);
  }
  scalarNames(): string[] {
    return ["style"];
  }
  protected read(target: Cells): unknown {
    const side = this.sides(
      target.areas[0] as CellArea,
      (target.areas[0] as CellArea).top,
      (target.areas[0] as CellArea).left,
    )[0];
    return (side && this.topLeftStyle(target).borders?.[side]) ?? "None";
  }
  /** The sides of cell (row, col) that this edge of the area covers. */
  private sides(area: CellArea, row: number, col: number): BorderEdge[] {
    switch (this.edge) {
      case "EdgeTop":
        return row === area.top ? ["top"] : [];
      case "EdgeBottom":
        return row === area.bottom ? ["bottom"] : [];
      case "EdgeLeft":
        return col === area.left ? ["left"] : [];
      case "EdgeRight":
        return col === area.right ? ["right"] : [];
      case "InsideHorizontal":
        return [...(row > area.top ? (["top"] as const) : []), ...(row < area.bottom ? (["bottom"] as const) : [])];
      case "InsideVertical":
        return [...(col > area.left ? (["left"] as const) : []), ...(col < area.right ? (["right"] as const) : [])];
    }
  }
  get style(): string {
    return this.loaded("style");
  }
  set style(value: string) {
    this.write((t) => {
      guardWrite(t.sheet, "RangeBorder.style");
      for (const area of t.areas) {
        forEachCell([area], (row, col) => {
          const sides = this.sides(area, row, col);
          if (sides.length === 0) return;
          const style = t.sheet.style(row, col);
          const borders = (style.borders ??= {});
          for (const side of sides) borders[side] = value;
        });
      }
    }, value);
  }
}

export class FakeConditionalFormatCollection extends FakeCollection<ConditionalFormatState, FakeConditionalFormat> {
  private readonly cells: () => Cells;

  constructor(context: FakeRequestContext, cells: () => Cells) {
    super(context, () => {
      const { sheet, areas } = cells();
      return sheet.conditionalFormats.filter((cf) => cf.areas.some((a) => areas.some((b) => intersects(a, b))));
    });
    this.cells = cells;
  }

  protected wrap(item: ConditionalFormatState): FakeConditionalFormat {
    return new FakeConditionalFormat(
      this.context,
      () => item,
      () => this.cells().sheet,
    );
  }

  add(type: string): FakeConditionalFormat {
    let created: ConditionalFormatState | null = null;
    const cells = this.cells;
    this.context.enqueue(() => {
      const { sheet, areas } = cells();
      guardWrite(sheet, "ConditionalFormatCollection.add");
      created = {
        id: newId("cf"),
        type,
        areas: areas.map((a) => ({ ...a })),
        formula: null,
        fill: null,
        fontColor: null,
      };
      sheet.conditionalFormats.unshift(created);
    }, type.length);
    const made = (): ConditionalFormatState => {
      if (!created) throw fail.notFound("ConditionalFormat");
      return created;
    };
    return new FakeConditionalFormat(this.context, made, () => cells().sheet);
  }
}

export class FakeConditionalFormat extends FakeClientObject<ConditionalFormatState> {
  constructor(
    context: FakeRequestContext,
    resolver: () => ConditionalFormatState,
    private readonly sheet: () => SheetModel | null,
  ) {
    super(context, resolver);
  }

  protected override checkAlive(target: ConditionalFormatState): void {
    const sheet = this.sheet();
    if (!sheet || sheet.deleted || !sheet.conditionalFormats.includes(target)) throw fail.notFound("ConditionalFormat");
  }

  scalarNames(): string[] {
    return ["id", "type", "priority"];
  }

  protected read(target: ConditionalFormatState, name: string): unknown {
    if (target.unreadable === "all") throw fail.general("ConditionalFormat");
    if (name === "id") return target.id;
    if (name === "type") return target.type;
    if (name === "priority") return this.sheet()?.conditionalFormats.indexOf(target) ?? -1;
    return undefined;
  }

  get id(): string {
    return this.loaded("id");
  }
  get type(): string {
    return this.loaded("type");
  }
  get priority(): number {
    return this.loaded("priority");
  }

  get custom(): FakeCustomConditionalFormat {
    return this.child(
      "custom",
      () =>
        new FakeCustomConditionalFormat(this.context, () => {
          const cf = this.target();
          if (cf.type !== "Custom")
            throw fail.invalidOperation("ConditionalFormat.custom", "The conditional format is not a custom one.");
          return cf;
        }),
    );
  }

  protected override navigate(name: string) {
    return name === "custom" ? this.custom : null;
  }

  delete(): void {
    this.write((cf) => {
      const sheet = this.sheet() as SheetModel;
      guardWrite(sheet, "ConditionalFormat.delete");
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
    });
  }
}

class FakeCustomConditionalFormat extends FakeClientObject<ConditionalFormatState> {
  scalarNames(): string[] {
    return [];
  }
  protected read(): unknown {
    return undefined;
  }
  get rule(): FakeConditionalRule {
    return this.child("rule", () => new FakeConditionalRule(this.context, () => this.target()));
  }
  get format(): FakeConditionalRangeFormat {
    return this.child("format", () => new FakeConditionalRangeFormat(this.context, () => this.target()));
  }
  protected override navigate(name: string) {
    if (name === "rule") return this.rule;
    if (name === "format") return this.format;
    return null;
  }
}

class FakeConditionalRule extends FakeClientObject<ConditionalFormatState> {
  scalarNames(): string[] {
    return ["formula"];
  }
  protected read(target: ConditionalFormatState): unknown {
    if (target.unreadable) throw fail.general("ConditionalFormatRule");
    return target.formula;
  }
  get formula(): string {
    return this.loaded("formula");
  }
  set formula(value: string) {
    this.write((cf) => (cf.formula = value), value);
  }
}

class FakeConditionalRangeFormat extends FakeClientObject<ConditionalFormatState> {
  scalarNames(): string[] {
    return [];
  }
  protected read(): unknown {
    return undefined;
  }
  get fill(): { color: string } {
    const write = (apply: (cf: ConditionalFormatState) => void, value: unknown) => this.write(apply, value);
    return {
      set color(value: string) {
        write((cf) => (cf.fill = value.toUpperCase()), value);
      },
      get color(): string {
        throw fail.notLoaded("color");
      },
    };
  }
  get font(): { color: string } {
    const write = (apply: (cf: ConditionalFormatState) => void, value: unknown) => this.write(apply, value);
    return {
      set color(value: string) {
        write((cf) => (cf.fontColor = value.toUpperCase()), value);
      },
      get color(): string {
        throw fail.notLoaded("color");
      },
    };
  }
}
