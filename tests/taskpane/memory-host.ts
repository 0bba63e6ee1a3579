import type { OtherSheet } from "../../src/core/conclusions/other-sheets";
import type { ColumnMapping } from "../../src/core/mapping";
import type { JudgingSettings } from "../../src/core/judging-settings";
import type { SheetSnapshot } from "../../src/core/snapshot";
import type { SummaryPlan } from "../../src/core/summary/plan";
import type { Fix, Issue } from "../../src/core/types";
import type { SavedChoices } from "../../src/host/saved-choices";
import { HostError, type Progress, type SheetInfo, type WorkbookHost } from "../../src/host/workbook-host";

interface Options {
  language?: string;
  /** The workbook's file name, "Book1" (never saved) by default. */
  workbook?: string;
  active?: string;
  protected?: string[];
}

/**
 * A workbook held in memory, for component tests: it keeps what the pane wrote (mappings, judging settings,
 * highlights, fixed values, summary plans) so tests can assert the pane's effect rather than only the calls it made.
 */
export class MemoryWorkbookHost implements WorkbookHost {
  readonly sheets = new Map<string, SheetSnapshot>();
  readonly mappings = new Map<string, ColumnMapping>();
  readonly judging = new Map<string, JudgingSettings>();
  readonly highlights = new Map<string, Issue[]>();
  readonly summaries: SummaryPlan[] = [];
  selection: { sheet: string; address: string } | null = null;
  private readonly language: string;
  private readonly workbook: string;
  private readonly active: string;
  private readonly locked: Set<string>;

  constructor(snapshots: SheetSnapshot[], options: Options = {}) {
    for (const s of snapshots) this.sheets.set(s.name, structuredClone(s));
    this.language = options.language ?? "vi-VN";
    this.workbook = options.workbook ?? "Book1";
    this.active = options.active ?? snapshots[0]?.name ?? "";
    this.locked = new Set(options.protected ?? []);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return [...this.sheets.keys()].map((name) => ({
      name,
      active: name === this.active,
      protected: this.locked.has(name),
      summary: false,
    }));
  }

  async workbookName(): Promise<string> {
    return this.workbook;
  }

  async readSheet(sheet: string, onProgress?: Progress): Promise<SheetSnapshot> {
    const snapshot = this.sheet(sheet);
    onProgress?.(0.5);
    onProgress?.(1);
    return structuredClone(snapshot);
  }

  /**
   * Every other sheet but those it wrote itself, whole, with its saved mapping: how far Excel is read is the
   * adapter's, tested there.
   */
  async readOtherSheets(checked: string): Promise<OtherSheet[]> {
    const written = new Set(this.summaries.map((plan) => plan.sheetName));
    return [...this.sheets.values()]
      .filter((s) => s.name !== checked && !written.has(s.name))
      .map((s) => {
        const mapping = this.mappings.get(s.name);
        return mapping ? { ...structuredClone(s), mapping: { ...mapping } } : structuredClone(s);
      });
  }

  async loadChoices(sheet: string): Promise<SavedChoices> {
    return { mapping: this.mappings.get(sheet) ?? {}, judging: this.judging.get(sheet) ?? {} };
  }

  async saveMapping(sheet: string, mapping: ColumnMapping): Promise<void> {
    this.mappings.set(sheet, { ...mapping });
  }

  async saveJudging(sheet: string, judging: JudgingSettings): Promise<void> {
    this.judging.set(sheet, structuredClone(judging));
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    this.sheet(sheet);
    this.selection = { sheet, address };
  }

  async highlight(sheet: string, issues: Issue[]): Promise<void> {
    this.writable(sheet);
    this.highlights.set(sheet, issues);
  }

  async clearHighlights(sheet: string): Promise<void> {
    this.highlights.delete(sheet);
  }

  async hasHighlights(sheet: string): Promise<boolean> {
    return this.highlights.has(sheet);
  }

  async applyFixes(sheet: string, fixes: Fix[]): Promise<void> {
    const snapshot = this.writable(sheet);
    for (const fix of fixes) {
      const line = snapshot.values[fix.row - snapshot.origin.row];
      if (line) line[fix.col - snapshot.origin.col] = fix.value;
    }
  }

  async writeSummary(plan: SummaryPlan, onProgress?: Progress): Promise<string> {
    this.summaries.push(plan);
    this.sheets.set(plan.sheetName, { name: plan.sheetName, origin: { row: 1, col: 1 }, values: [] });
    onProgress?.(1);
    return plan.sheetName;
  }

  displayLanguage(): string {
    return this.language;
  }

  private sheet(name: string): SheetSnapshot {
    const snapshot = this.sheets.get(name);
    if (!snapshot) throw new HostError("excel.errors.sheetNotFound", { sheet: name });
    return snapshot;
  }

  private writable(name: string): SheetSnapshot {
    if (this.locked.has(name)) throw new HostError("excel.errors.protected", { sheet: name });
    return this.sheet(name);
  }
}
