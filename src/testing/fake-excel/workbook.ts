/** Fake Workbook, WorksheetCollection, Worksheet and the worksheet's parts (protection, panes, page layout, names), settings. */
import type { CellArea } from "../../core/snapshot";
import { MAX_COLS, MAX_ROWS, parseArea } from "../../excel/a1";
import { FakeClientObject, FakeCollection } from "./client-object";
import { payloadBytes, type FakeRequestContext } from "./context";
import { fail } from "./errors";
import type { NameState, SheetModel, Visibility, WorkbookModel } from "./model";
import { FakeRange, FakeRangeAreas, rangesArgument, type Cells } from "./range";
import { FakeChartCollection } from "./chart";

export class FakeWorkbook extends FakeClientObject<WorkbookModel> {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly protection: FakeWorkbookProtection;

  constructor(context: FakeRequestContext) {
    const model = context.host.model;
    super(context, () => model);
    this.worksheets = new FakeWorksheetCollection(context, () => model.sheets.filter((s) => !s.deleted));
    this.settings = new FakeSettingCollection(context, () => [...model.settings.keys()]);
    this.protection = new FakeWorkbookProtection(context, () => model);
  }

  scalarNames(): string[] {
    return ["name"];
  }

  /** Workbook.name (ExcelApi 1.7): https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-name-member */
  protected read(target: WorkbookModel, name: string): unknown {
    if (name !== "name") return undefined;
    this.context.requireApi(7, "Workbook.name");
    return target.name;
  }

  get name(): string {
    return this.loaded("name");
  }
}

class FakeWorkbookProtection extends FakeClientObject<WorkbookModel> {
  scalarNames(): string[] {
    return ["protected"];
  }
  protected read(target: WorkbookModel): unknown {
    return target.structureProtected;
  }
  get protected(): boolean {
    return this.loaded("protected");
  }
}

export class FakeWorksheetCollection extends FakeCollection<SheetModel, FakeWorksheet> {
  private get model(): WorkbookModel {
    return this.context.host.model;
  }

  protected wrap(item: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this.context, () => item);
  }

  getItem(name: string): FakeWorksheet {
    this.context.countPath(payloadBytes(name));
    return new FakeWorksheet(this.context, () => this.model.requireSheet(name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.context.countPath(payloadBytes(name));
    return new FakeWorksheet(this.context, () => this.model.sheet(name), true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const active = this.model.active;
      if (!active) throw fail.notFound("Worksheets.getActiveWorksheet");
      return active;
    });
  }

  add(name?: string): FakeWorksheet {
    let created: SheetModel | null = null;
    this.context.enqueue(
      () => {
        if (this.model.structureProtected) throw fail.accessDenied("Worksheets.add");
        let chosen = name;
        for (let n = this.model.sheets.length + 1; !chosen; n++)
          if (!this.model.sheet(`Sheet${n}`)) chosen = `Sheet${n}`;
        created = this.model.addSheet(chosen);
      },
      (name ?? "").length,
    );
    return new FakeWorksheet(this.context, () => {
      if (!created) throw fail.notFound("Worksheet");
      return created;
    });
  }
}

export class FakeWorksheet extends FakeClientObject<SheetModel> {
  private get model(): WorkbookModel {
    return this.context.host.model;
  }

  protected override checkAlive(target: SheetModel): void {
    if (target.deleted) throw fail.notFound(`Worksheet ${target.name}`);
  }

  scalarNames(): string[] {
    return ["id", "name", "position", "visibility"];
  }

  protected read(target: SheetModel, name: string): unknown {
    if (name === "id") return target.id;
    if (name === "name") return target.name;
    if (name === "position") return this.model.position(target);
    if (name === "visibility") return target.visibility;
    return undefined;
  }

  protected override navigate(name: string) {
    if (name === "protection") return this.protection;
    return null;
  }

  get id(): string {
    return this.loaded("id");
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(value: string) {
    this.write((sheet) => {
      if (this.model.structureProtected) throw fail.accessDenied("Worksheet.name");
      const other = this.model.sheet(value);
      if (other && other !== sheet) throw fail.itemExists(`Worksheet.name(${value})`);
      if (!/^[^\\/?*[\]:]{1,31}$/.test(value)) throw fail.invalidArgument("Worksheet.name");
      sheet.name = value;
    }, value);
  }

  get position(): number {
    return this.loaded("position");
  }
  set position(value: number) {
    this.write((sheet) => this.model.move(sheet, value), value);
  }

  get visibility(): Visibility {
    return this.loaded("visibility");
  }
  set visibility(value: Visibility) {
    this.write((sheet) => {
      if (
        value !== "Visible" &&
        this.model.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0
      ) {
        throw fail.invalidOperation("Worksheet.visibility", "A workbook must contain at least one visible worksheet.");
      }
      sheet.visibility = value;
    }, value);
  }

  get protection(): FakeWorksheetProtection {
    return this.child("protection", () => new FakeWorksheetProtection(this.context, () => this.target()));
  }

  get freezePanes(): { freezeRows(count: number): void } {
    return {
      // On a hidden sheet Excel fails freeze-pane calls (OfficeDev/office-js#1463, #2196: GeneralException).
      freezeRows: (count: number) =>
        this.write((sheet) => {
          if (sheet.visibility !== "Visible") throw fail.general("WorksheetFreezePanes.freezeRows");
          sheet.freezeRows = count;
        }, count),
    };
  }

  get pageLayout(): FakePageLayout {
    return this.child("pageLayout", () => new FakePageLayout(this.context, () => this.target()));
  }

  get autoFilter(): FakeAutoFilter {
    return this.child("autoFilter", () => new FakeAutoFilter(this.context, () => this.target()));
  }

  get charts(): FakeChartCollection {
    return this.child("charts", () => new FakeChartCollection(this.context, () => this.target()));
  }

  get names(): FakeNamedItemCollection {
    return this.child("names", () => new FakeNamedItemCollection(this.context, () => this.target()));
  }

  private cells(area: () => CellArea): () => Cells {
    return () => ({ sheet: this.target(), areas: [area()] });
  }

  getRange(address?: string): FakeRange {
    this.context.countPath(payloadBytes(address ?? ""));
    return new FakeRange(
      this.context,
      this.cells(() => {
        if (address === undefined) return { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS };
        const area = parseArea(address);
        if (!area || address.includes(",")) throw fail.invalidArgument(`Worksheet.getRange(${address})`);
        return area;
      }),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(
      this.context,
      this.cells(() => {
        if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1) {
          throw fail.invalidArgument("Worksheet.getRangeByIndexes");
        }
        return {
          top: startRow + 1,
          left: startColumn + 1,
          bottom: startRow + rowCount,
          right: startColumn + columnCount,
        };
      }),
    );
  }

  /**
   * Worksheet.getRanges (ExcelApi 1.9), "Gets the RangeAreas object, representing one or more blocks of rectangular
   * ranges": https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getranges-member(1).
   * Like every member an Excel lacks, it fails when the batch runs, not when it is queued.
   */
  getRanges(address: string): FakeRangeAreas {
    this.context.countPath(payloadBytes(address));
    return new FakeRangeAreas(this.context, () => {
      this.context.requireApi(9, "Worksheet.getRanges");
      return { sheet: this.target(), areas: rangesArgument(address) };
    });
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      this.cells(() => this.target().usedArea(valuesOnly)),
    );
  }

  activate(): void {
    this.write((sheet) => {
      if (sheet.visibility !== "Visible") throw fail.invalidOperation("Worksheet.activate", "The sheet is hidden.");
      this.model.active = sheet;
    });
  }

  delete(): void {
    this.write((sheet) => {
      if (this.model.structureProtected) throw fail.accessDenied("Worksheet.delete");
      this.model.deleteSheet(sheet);
    });
  }

  protected override describe(): string {
    return "Worksheet";
  }
}

class FakeWorksheetProtection extends FakeClientObject<SheetModel> {
  scalarNames(): string[] {
    return ["protected"];
  }
  protected read(target: SheetModel): unknown {
    return target.protected;
  }
  get protected(): boolean {
    return this.loaded("protected");
  }
}

class FakePageLayout extends FakeClientObject<SheetModel> {
  scalarNames(): string[] {
    return ["orientation", "paperSize", "zoom"];
  }
  protected read(target: SheetModel, name: string): unknown {
    const layout = target.pageLayout;
    if (name === "orientation") return layout.orientation;
    if (name === "paperSize") return layout.paperSize;
    if (name === "zoom") return { ...layout.zoom };
    return undefined;
  }
  get orientation(): string {
    return this.loaded("orientation");
  }
  set orientation(value: string) {
    this.write((s) => (s.pageLayout.orientation = value), value);
  }
  get paperSize(): string {
    return this.loaded("paperSize");
  }
  set paperSize(value: string) {
    this.write((s) => (s.pageLayout.paperSize = value), value);
  }
  get zoom(): SheetModel["pageLayout"]["zoom"] {
    return this.loaded("zoom");
  }
  /** Fit-to-pages set on a hidden, inactive sheet does not hold in Excel; the fake keeps only what would. */
  set zoom(value: SheetModel["pageLayout"]["zoom"]) {
    this.write((s) => {
      if (s.visibility !== "Visible" || this.context.host.model.active !== s) return;
      s.pageLayout.zoom = { ...value };
    }, value);
  }
  setPrintTitleRows(rows: string): void {
    this.write((s) => {
      if (!/^\$?\d+:\$?\d+$/.test(rows)) throw fail.invalidArgument("PageLayout.setPrintTitleRows");
      s.pageLayout.printTitleRows = rows;
    }, rows);
  }
}

/**
 * Worksheet.autoFilter (ExcelApi 1.9), https://learn.microsoft.com/javascript/api/excel/excel.autofilter: `apply`
 * puts the sheet's one AutoFilter on a range. Filter criteria are not modelled: the add-in only adds the header's
 * filter buttons.
 */
class FakeAutoFilter extends FakeClientObject<SheetModel> {
  scalarNames(): string[] {
    return [];
  }
  protected read(): unknown {
    return undefined;
  }
  apply(range: FakeRange | string, columnIndex?: number, criteria?: unknown): void {
    this.write(
      (sheet) => {
        this.context.requireApi(9, "AutoFilter.apply");
        if (sheet.protected) throw fail.accessDenied("AutoFilter.apply");
        if (columnIndex !== undefined || criteria !== undefined) throw fail.general("fake Excel: filter criteria");
        const area = typeof range === "string" ? (range.includes(",") ? null : parseArea(range)) : this.onSheet(range);
        if (!area) throw fail.invalidArgument("AutoFilter.apply");
        sheet.autoFilter = { ...area };
      },
      typeof range === "string" ? range : undefined,
    );
  }
  /** The range's area, when it lies on this filter's sheet. */
  private onSheet(range: FakeRange): CellArea | null {
    const { sheet, areas } = range.target();
    return sheet === this.target() ? (areas[0] as CellArea) : null;
  }
}

class FakeNamedItemCollection extends FakeCollection<[string, NameState], FakeNamedItem> {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, () => [...sheet().names.entries()]);
  }

  protected wrap(item: [string, NameState]): FakeNamedItem {
    return new FakeNamedItem(this.context, () => item, this.sheet);
  }

  add(name: string, reference: string, comment = ""): FakeNamedItem {
    this.context.enqueue(
      () => {
        const sheet = this.sheet();
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw fail.invalidArgument(`NamedItemCollection.add(${name})`);
        if (sheet.names.has(name)) throw fail.itemExists(`NamedItemCollection.add(${name})`);
        sheet.names.set(name, { reference, visible: true, comment });
      },
      name.length + reference.length + comment.length,
    );
    return this.named(name, false);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    this.context.countPath(payloadBytes(name));
    return this.named(name, true);
  }

  private named(name: string, orNull: boolean): FakeNamedItem {
    return new FakeNamedItem(
      this.context,
      () => {
        const state = this.sheet().names.get(name);
        if (!state) throw fail.notFound(`NamedItem ${name}`);
        return [name, state];
      },
      this.sheet,
      orNull,
    );
  }
}

class FakeNamedItem extends FakeClientObject<[string, NameState]> {
  constructor(
    context: FakeRequestContext,
    resolver: () => [string, NameState] | null,
    private readonly sheet: () => SheetModel,
    orNull = false,
  ) {
    super(context, resolver, orNull);
  }
  scalarNames(): string[] {
    return ["name", "formula", "visible", "comment"];
  }
  protected read([name, state]: [string, NameState], prop: string): unknown {
    if (prop === "name") return name;
    if (prop === "formula") return state.reference;
    if (prop === "visible") return state.visible;
    if (prop === "comment") return state.comment;
    return undefined;
  }
  get name(): string {
    return this.loaded("name");
  }
  get visible(): boolean {
    return this.loaded("visible");
  }
  set visible(value: boolean) {
    this.write(([, state]) => (state.visible = value), value);
  }
  delete(): void {
    this.write(([name]) => this.sheet().names.delete(name));
  }
}

export class FakeSettingCollection extends FakeCollection<string, FakeSetting> {
  private get model(): WorkbookModel {
    return this.context.host.model;
  }

  protected wrap(key: string): FakeSetting {
    return new FakeSetting(this.context, () => key);
  }

  add(key: string, value: unknown): FakeSetting {
    this.context.enqueue(
      () => {
        if (key.length === 0) throw fail.invalidArgument("SettingCollection.add");
        this.model.settings.set(key, structuredClone(value));
      },
      payloadBytes([key, value]),
    );
    return new FakeSetting(this.context, () => key);
  }

  getItemOrNullObject(key: string): FakeSetting {
    this.context.countPath(payloadBytes(key));
    return new FakeSetting(this.context, () => (this.model.settings.has(key) ? key : null), true);
  }
}

export class FakeSetting extends FakeClientObject<string> {
  private get model(): WorkbookModel {
    return this.context.host.model;
  }
  protected override checkAlive(key: string): void {
    if (!this.model.settings.has(key)) throw fail.notFound(`Setting ${key}`);
  }
  scalarNames(): string[] {
    return ["key", "value"];
  }
  protected read(key: string, name: string): unknown {
    return name === "key" ? key : structuredClone(this.model.settings.get(key));
  }
  get key(): string {
    return this.loaded("key");
  }
  get value(): unknown {
    return this.loaded("value");
  }
  set value(value: unknown) {
    this.write((key) => this.model.settings.set(key, structuredClone(value)), value);
  }
  delete(): void {
    this.write((key) => this.model.settings.delete(key));
  }
}
