/**
 * An in-memory Excel for tests, benchmarks and `npm run preview`: `run` behaves like `Excel.run`, `office` like the
 * subset of the `Office` global the add-in uses, and the workbook can be seeded from SheetSnapshots and inspected.
 * Browser-safe: no Node APIs.
 */
import type { SheetSnapshot } from "../../core/snapshot";
import type { OfficeEnv } from "../../excel/office-env";
import { FakeRequestContext, type FakeHost, type FakeStats } from "./context";
import type { NumberLocale } from "./cell-text";
import { FakeOfficeError } from "./errors";
import { seedSheet, sheetState, WorkbookModel, type SheetModel, type SheetState } from "./model";
import { FakeWorkbook } from "./workbook";

export interface FakeExcelOptions {
  sheets?: SheetSnapshot[];
  /** The sheet that starts active; by default the first. */
  active?: string;
  /** The highest ExcelApi set the fake supports, "1.13" by default; "1.12" turns merged-area reading off. */
  apiVersion?: string;
  /** The workbook's file name (Workbook.name), "Book1" by default, as for a workbook never saved. */
  workbookName?: string;
  /** Office's display language, "vi-VN" by default. */
  displayLanguage?: string;
  /** Regional number separators for `Range.text`; by default those of the display language. */
  numberLocale?: NumberLocale;
  /**
   * Whether the task pane starts on screen. "hidden" is the shared runtime loading the page for a ribbon click or a
   * CHITIEU.* formula while the pane is closed; "shown" (the default) the user opening it.
   */
  pane?: "shown" | "hidden";
}

type VisibilityHandler = (message: { visibilityMode: "Taskpane" | "Hidden" }) => void;

export interface RibbonEvent {
  completed(options?: { allowEvent?: boolean }): void;
  source: { id: string };
}

class FakeContext extends FakeRequestContext {
  readonly workbook = new FakeWorkbook(this);
}

function minorOf(version: string): number {
  const m = /^1\.(\d+)$/.exec(version.trim());
  return m ? Number(m[1]) : Number.NaN;
}

export class FakeExcel implements FakeHost {
  readonly model = new WorkbookModel();
  readonly stats: FakeStats = {
    syncs: 0,
    requestBytes: 0,
    responseBytes: 0,
    largestRequest: 0,
    largestResponse: 0,
    refused: 0,
  };
  readonly apiMinor: number;
  cellEditMode = false;
  selection: { sheet: string; address: string } | null = null;
  beforeSync?: (sync: number) => void;
  displayLanguage: string;
  readonly numberLocale: NumberLocale;
  /** Ribbon actions registered with `Office.actions.associate`. */
  readonly actions = new Map<string, (event: RibbonEvent) => unknown>();
  /** How many times the add-in asked to show its task pane. */
  taskpaneShown = 0;
  /** Whether the task pane is on screen; the page runs either way (shared runtime). */
  paneVisible: boolean;
  readonly visibilityHandlers = new Set<VisibilityHandler>();
  /** The subset of the `Office` global the add-in uses. */
  readonly office: ReturnType<typeof fakeOffice>;

  constructor(options: FakeExcelOptions = {}) {
    this.apiMinor = minorOf(options.apiVersion ?? "1.13");
    this.displayLanguage = options.displayLanguage ?? "vi-VN";
    this.numberLocale = options.numberLocale ?? (/^vi\b/i.test(this.displayLanguage) ? "vi" : "en");
    this.paneVisible = (options.pane ?? "shown") === "shown";
    if (options.workbookName) this.model.name = options.workbookName;
    for (const snapshot of options.sheets ?? []) this.addSheet(snapshot);
    if (options.active) this.model.active = this.model.requireSheet(options.active);
    this.office = fakeOffice(this);
  }

  /** `Excel.run`: the batch gets a fresh context; commands still queued when it resolves are synced. */
  readonly run = async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const result = await batch(context);
    await context.sync();
    return result;
  };

  isSetSupported = (name: string, version = "1.1"): boolean => name === "ExcelApi" && minorOf(version) <= this.apiMinor;

  /** What OfficeWorkbookHost needs, bound to this fake. */
  env(): OfficeEnv {
    return {
      run: this.run as unknown as OfficeEnv["run"],
      isSetSupported: this.isSetSupported,
      displayLanguage: () => this.displayLanguage,
    };
  }

  resetStats(): void {
    Object.assign(this.stats, {
      syncs: 0,
      requestBytes: 0,
      responseBytes: 0,
      largestRequest: 0,
      largestResponse: 0,
      refused: 0,
    });
  }

  addSheet(snapshot: SheetSnapshot): SheetModel {
    const sheet = this.model.addSheet(snapshot.name);
    seedSheet(sheet, snapshot);
    return sheet;
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  sheet(name: string): SheetState {
    return sheetState(this.model.requireSheet(name));
  }

  /** The raw model of a sheet, for tests that set up states a snapshot cannot express (fills, hidden columns). */
  sheetModel(name: string): SheetModel {
    return this.model.requireSheet(name);
  }

  activeSheet(): string | null {
    return this.model.active?.name ?? null;
  }

  protect(name: string, on = true): void {
    this.model.requireSheet(name).protected = on;
  }

  deleteSheet(name: string): void {
    this.model.deleteSheet(this.model.requireSheet(name));
  }

  /**
   * Shows or hides the pane as the user (or the add-in) does; handlers registered with
   * `Office.addin.onVisibilityModeChanged` hear of each change, as in Excel.
   */
  setPaneVisible(visible: boolean): void {
    if (this.paneVisible === visible) return;
    this.paneVisible = visible;
    const message = { visibilityMode: visible ? ("Taskpane" as const) : ("Hidden" as const) };
    for (const handler of this.visibilityHandlers) handler(message);
  }

  /** Runs a ribbon action as Office would and resolves when it calls `event.completed()`. */
  invokeAction(name: string): Promise<void> {
    const action = this.actions.get(name);
    if (!action) return Promise.reject(new Error(`no ribbon action "${name}" is registered`));
    return new Promise((resolve) => {
      void action({ completed: () => resolve(), source: { id: name } });
    });
  }
}

/** The subset of the `Office` global the add-in uses, backed by one fake. */
function fakeOffice(excel: FakeExcel) {
  const { model } = excel;
  return {
    context: {
      requirements: { isSetSupported: (name: string, version?: string) => excel.isSetSupported(name, version) },
      get displayLanguage(): string {
        return excel.displayLanguage;
      },
      document: {
        settings: {
          get: (name: string): unknown => model.settings.get(name) ?? null,
          set: (name: string, value: unknown): void => void model.settings.set(name, structuredClone(value)),
          remove: (name: string): void => void model.settings.delete(name),
          saveAsync: (callback?: (result: { status: "succeeded" }) => void): void =>
            callback?.({ status: "succeeded" }),
        },
      },
    },
    actions: {
      associate: (name: string, action: (event: RibbonEvent) => unknown): void => void excel.actions.set(name, action),
    },
    // "Show or hide the task pane of your Office Add-in" (learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in):
    // showing and hiding never reload the page, and onVisibilityModeChanged resolves to a function that removes
    // the handler. Office offers no call that returns the current visibility, so neither does the fake.
    addin: {
      showAsTaskpane: async (): Promise<void> => {
        excel.taskpaneShown++;
        excel.setPaneVisible(true);
      },
      hide: async (): Promise<void> => excel.setPaneVisible(false),
      onVisibilityModeChanged: async (handler: VisibilityHandler): Promise<() => Promise<void>> => {
        excel.visibilityHandlers.add(handler);
        return async () => void excel.visibilityHandlers.delete(handler);
      },
    },
    HostType: { Excel: "Excel" },
    onReady: async (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return info;
    },
  };
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  return new FakeExcel(options);
}

/**
 * Puts the fake in place of Office.js on a window (the preview page, an end-to-end test): sets `Office`, `Excel`
 * and `OfficeExtension`, so code written against the real globals runs unchanged. Returns the fake to inspect.
 */
export function installFakeOffice(target: object, options: FakeExcelOptions = {}): FakeExcel {
  const excel = createFakeExcel(options);
  Object.assign(target, {
    Office: excel.office,
    Excel: { run: excel.run },
    OfficeExtension: { Error: FakeOfficeError },
  });
  return excel;
}
