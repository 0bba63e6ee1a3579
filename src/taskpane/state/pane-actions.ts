import type { RibbonNotice } from "../../commands/ribbon-notices";
import { analyzeSheet, type AnalyzeOptions } from "../../core/analyze";
import { findingRows } from "../../core/findings";
import { findingsPlan } from "../../core/findings-plan";
import type { JudgingSettings } from "../../core/judging-settings";
import type { ColumnMapping } from "../../core/mapping";
import { buildSummaryPlan } from "../../core/summary/build";
import { formatGeneratedAt } from "../../core/summary/generated-at";
import { splitReference } from "../../core/address";
import { issueCells, issuesOnSheet } from "../../core/issues";
import type { SheetSnapshot } from "../../core/snapshot";
import type { Fix, Issue, Lang, Role, SheetAnalysis } from "../../core/types";
import { HostError, type Progress, type WorkbookHost } from "../../host/workbook-host";
import { errorMessage } from "../../host/error-message";
import { consolidateWorkbook } from "../../host/consolidate-workbook";
import { withOtherSheets } from "../../host/other-sheets";
import { countsText } from "../../host/issue-counts";
import { analyzeOptions, type SavedChoices } from "../../host/saved-choices";
import type { Message, PaneStore, SheetData, Task } from "./pane-state";
import { ribbonOutcome } from "./ribbon-outcome";

/** Share of the progress bar spent reading the sheet when a task then writes a sheet of its own (summary, findings). */
const READ_SHARE = 0.4;

/** What the pane says once a choice is saved, by what was saved: the notices name it. */
const SAVED_NOTICES = {
  mapping: {
    saved: "ui.table.saved",
    redrawn: "ui.afterRoles.highlightsRedrawn",
    cleared: "ui.afterRoles.highlightsCleared",
  },
  judging: {
    saved: "ui.judging.saved",
    redrawn: "ui.judging.highlightsRedrawn",
    cleared: "ui.judging.highlightsCleared",
  },
};

/**
 * Everything the pane does to the workbook, in one place: each action reads the current state, talks to the
 * host, runs the engine and records the outcome. Failures become a message in the pane, never a silent log.
 */
export class PaneActions {
  constructor(
    private readonly host: WorkbookHost,
    private readonly store: PaneStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get state() {
    return this.store.getState();
  }

  /**
   * Lists the sheets and opens the active one. `pending` is the notice of a ribbon command that ran while the pane
   * was closed: it is shown, and the sheet it is about opens as that command left it (checked, or summarised).
   */
  start(pending: RibbonNotice | null = null): Promise<void> {
    return this.run("load", async (progress) => {
      if (pending) this.store.dispatch({ type: "ribbon", notice: pending });
      const sheets = await this.host.listSheets();
      this.store.dispatch({ type: "sheets", sheets });
      const first = sheets.find((s) => s.active) ?? sheets[0];
      if (!first) {
        this.done("load", {}, "ui.sheet.none");
        return;
      }
      this.store.dispatch({ type: "select", sheet: first.name });
      const data = await this.load(first.name, progress);
      this.done("load", { ...data, ...this.ribbonPatch(pending, first.name, data) });
    });
  }

  /**
   * Shows a ribbon command's notice and, once the pane is idle, catches up with what the command changed: the sheet
   * list (a summary adds a sheet) and, when the command was about the sheet shown, that sheet read and checked again.
   */
  async receiveRibbonNotice(notice: RibbonNotice): Promise<void> {
    this.store.dispatch({ type: "ribbon", notice });
    const outcome = ribbonOutcome(notice);
    if (!outcome) return;
    await this.idle();
    await this.run("ribbon", async (progress) => {
      this.store.dispatch({ type: "sheets", sheets: await this.host.listSheets() });
      const sheet = this.state.sheet;
      if (sheet !== outcome.sheet) {
        this.done("ribbon", {});
        return;
      }
      const data = await this.load(sheet, progress);
      this.done("ribbon", { ...data, checked: this.state.checked, ...this.ribbonPatch(notice, sheet, data) });
    });
  }

  dismissRibbonNotice(): void {
    this.store.dispatch({ type: "dismissRibbon" });
  }

  selectSheet(sheet: string): Promise<void> {
    if (this.state.busy) return Promise.resolve();
    this.store.dispatch({ type: "select", sheet });
    return this.run("load", async (progress) => this.done("load", await this.load(sheet, progress)));
  }

  refreshSheets(): Promise<void> {
    return this.run("load", async (progress) => {
      const sheets = await this.host.listSheets();
      this.store.dispatch({ type: "sheets", sheets });
      const current = this.state.sheet;
      const keep = sheets.find((s) => s.name === current) ?? sheets.find((s) => s.active) ?? sheets[0];
      if (!keep) {
        this.done("load", {}, "ui.sheet.none");
        return;
      }
      if (keep.name !== current) this.store.dispatch({ type: "select", sheet: keep.name });
      this.done("load", await this.load(keep.name, progress));
    });
  }

  check(): Promise<void> {
    return this.run("check", async (progress) => {
      const sheet = this.requireSheet();
      const snapshot = await this.host.readSheet(sheet, progress);
      const analysis = await this.analyse(snapshot, this.options());
      const counts = countsText(analysis.issues, this.state.lang);
      const patch = { snapshot, analysis, checked: true };
      if (counts) this.done("check", patch, "ui.check.done", { counts }, { announceOnly: true });
      else this.done("check", patch, "ui.check.clean");
    });
  }

  /** Sets (or, with null, returns to detection) the column of one role, saves it in the workbook, re-analyzes. */
  changeRole(role: Role, letter: string | null): Promise<void> {
    const mapping: ColumnMapping = { ...this.state.mapping };
    if (letter) mapping[role] = letter;
    else delete mapping[role];
    return this.saveChoices("mapping", { mapping, judging: this.state.judging });
  }

  resetMapping(): Promise<void> {
    return this.saveChoices("mapping", { mapping: {}, judging: this.state.judging });
  }

  /** Sets the near threshold and reporting period (an empty object: both automatic), saves them, re-analyses. */
  changeJudging(judging: JudgingSettings): Promise<void> {
    return this.saveChoices("judging", { mapping: this.state.mapping, judging });
  }

  highlight(): Promise<void> {
    return this.run("highlight", async () => {
      const cells = await this.mark(this.requireSheet(), this.state.analysis?.issues ?? []);
      this.done("highlight", { highlighted: true }, "ui.highlight.applied", { count: cells });
    });
  }

  clearHighlights(): Promise<void> {
    return this.run("highlight", async () => {
      await this.host.clearHighlights(this.requireSheet());
      this.done("highlight", { highlighted: false }, "ui.highlight.cleared");
    });
  }

  /** Writes fixes the user has confirmed, then checks again (and refreshes highlights if they were on). */
  applyFixes(fixes: Fix[]): Promise<void> {
    return this.run("fix", async (progress) => {
      const sheet = this.requireSheet();
      await this.host.applyFixes(sheet, fixes);
      const snapshot = await this.host.readSheet(sheet, progress);
      const analysis = await this.analyse(snapshot, this.options());
      if (this.state.highlighted) {
        await this.host.clearHighlights(sheet);
        await this.mark(sheet, analysis.issues);
      }
      this.done("fix", { snapshot, analysis, checked: true }, "ui.fix.applied", { count: fixes.length });
    });
  }

  /**
   * Selects an issue's cell, or the cells it is about ("D3, F3"): on the checked sheet, or on the sheet its reference
   * names ("'Tổng hợp'!C5").
   */
  async selectCell(cell: string): Promise<void> {
    try {
      const reference = splitReference(cell);
      await this.host.selectCell(reference.sheet ?? this.requireSheet(), reference.cell);
    } catch (error) {
      this.store.dispatch({ type: "failed", error: errorMessage(error), endsTask: false });
    }
  }

  /** Reads the sheet afresh, builds the standard summary and writes it as its own sheet. */
  buildSummary(): Promise<void> {
    return this.run("summary", async (progress) => {
      const sheet = this.requireSheet();
      const snapshot = await this.host.readSheet(sheet, (f) => progress(f * READ_SHARE));
      const analysis = analyzeSheet(snapshot, this.options());
      if (!analysis.table) {
        this.store.dispatch({ type: "failed", error: { key: "ui.summary.needsTable" }, endsTask: true });
        return;
      }
      const lang = this.state.lang;
      const plan = buildSummaryPlan(analysis, { lang, generatedAt: formatGeneratedAt(this.now(), lang) });
      const sheetName = await this.host.writeSummary(plan, (f) => progress(READ_SHARE + f * (1 - READ_SHARE)));
      this.store.dispatch({ type: "sheets", sheets: await this.host.listSheets() });
      this.done("summary", { snapshot, analysis, summary: { sheetName, analysis } }, "ui.summary.done", {
        sheet: sheetName,
      });
    });
  }

  /**
   * Reads the sheet afresh and writes its findings as their own sheet (replacing the list an earlier export wrote):
   * one row per issue, the columns of `check --findings`, each cell address a link to that cell.
   */
  exportFindings(): Promise<void> {
    return this.run("findings", async (progress) => {
      const sheet = this.requireSheet();
      const snapshot = await this.host.readSheet(sheet, (f) => progress(f * READ_SHARE));
      const analysis = await this.analyse(snapshot, this.options());
      const lang = this.state.lang;
      const rows = findingRows(await this.host.workbookName(), analysis, lang);
      const sheetName = await this.host.writeSummary(findingsPlan(rows, lang), (f) =>
        progress(READ_SHARE + f * (1 - READ_SHARE)),
      );
      this.store.dispatch({ type: "sheets", sheets: await this.host.listSheets() });
      this.done("findings", { snapshot, analysis, checked: true }, "ui.findings.done", {
        count: rows.length,
        sheet: sheetName,
      });
    });
  }

  /**
   * Consolidates the workbook's sheets, one unit per sheet, into the consolidation's sheets (replacing those of an
   * earlier run), and says how many units and indicators it took and how many units it left out.
   */
  consolidate(): Promise<void> {
    return this.run("consolidate", async (progress) => {
      const lang = this.state.lang;
      const done = await consolidateWorkbook(this.host, {
        lang,
        generatedAt: formatGeneratedAt(this.now(), lang),
        onProgress: progress,
      });
      if (!done) {
        this.store.dispatch({ type: "failed", error: { key: "ui.consolidate.none" }, endsTask: true });
        return;
      }
      this.store.dispatch({ type: "sheets", sheets: await this.host.listSheets() });
      const { result, sheets } = done;
      this.done("consolidate", {}, result.excluded.length > 0 ? "ui.consolidate.doneExcluded" : "ui.consolidate.done", {
        units: result.units.length,
        indicators: result.indicators.length,
        excluded: result.excluded.length,
        sheet: sheets[0]!,
      });
    });
  }

  setLanguage(lang: Lang): void {
    this.store.dispatch({ type: "language", lang });
  }

  dismissError(): void {
    this.store.dispatch({ type: "dismiss" });
  }

  /** The sheet is analysed with the user's saved choices, whichever action reads it. */
  private options(): AnalyzeOptions {
    return analyzeOptions({ mapping: this.state.mapping, judging: this.state.judging });
  }

  /**
   * Saves the mapping or the judging settings and analyses again with them. Marks on the sheet came from the old
   * issues, so when they are on they are redrawn from the new ones; a sheet left marked for issues the pane no
   * longer lists would mislead.
   */
  private saveChoices(task: "mapping" | "judging", choices: SavedChoices): Promise<void> {
    return this.run(task, async () => {
      const sheet = this.requireSheet();
      const snapshot = this.state.snapshot;
      if (task === "mapping") await this.host.saveMapping(sheet, choices.mapping);
      else await this.host.saveJudging(sheet, choices.judging);
      const analysis = snapshot ? await this.analyse(snapshot, analyzeOptions(choices)) : this.state.analysis;
      const notices = SAVED_NOTICES[task];
      const patch = { ...choices, analysis };
      if (!this.state.highlighted || !analysis) {
        this.done(task, patch, notices.saved);
        return;
      }
      await this.host.clearHighlights(sheet);
      if (issuesOnSheet(analysis.issues).length === 0) {
        this.done(task, { ...patch, highlighted: false }, notices.cleared);
        return;
      }
      const cells = await this.mark(sheet, analysis.issues);
      this.done(task, patch, notices.redrawn, { count: cells });
    });
  }

  private async load(sheet: string, progress: Progress): Promise<SheetData> {
    const snapshot = await this.host.readSheet(sheet, progress);
    const choices = await this.host.loadChoices(sheet);
    const highlighted = await this.host.hasHighlights(sheet);
    const analysis = await this.analyse(snapshot, analyzeOptions(choices));
    return { snapshot, ...choices, analysis, highlighted, checked: false, summary: null };
  }

  /** The engine's analysis of the sheet, with what the workbook's other sheets state about its table. */
  private analyse(snapshot: SheetSnapshot, options: AnalyzeOptions): Promise<SheetAnalysis> {
    return withOtherSheets(this.host, analyzeSheet(snapshot, options));
  }

  /**
   * Marks the issues' cells on the sheet, all those each is about, and resolves to how many cells that is. Issues
   * about another sheet are listed in the pane, not marked: their row and column are that sheet's.
   */
  private async mark(sheet: string, issues: Issue[]): Promise<number> {
    const own = issuesOnSheet(issues);
    await this.host.highlight(sheet, own);
    return new Set(own.flatMap(issueCells).map(({ row, col }) => `${row}:${col}`)).size;
  }

  /** The part of the pane's view of `sheet` a ribbon command changed. */
  private ribbonPatch(notice: RibbonNotice | null, sheet: string, data: SheetData): Partial<SheetData> {
    const outcome = notice && ribbonOutcome(notice);
    if (!outcome || outcome.sheet !== sheet) return {};
    if (outcome.kind === "check") return { checked: true };
    return data.analysis ? { summary: { sheetName: outcome.summarySheet, analysis: data.analysis } } : {};
  }

  /** Resolves when no task runs, so a ribbon command's result is not dropped because the pane was busy. */
  private idle(): Promise<void> {
    if (!this.state.busy) return Promise.resolve();
    return new Promise((resolve) => {
      const stop = this.store.subscribe(() => {
        if (this.state.busy) return;
        stop();
        resolve();
      });
    });
  }

  private async run(task: Task, job: (progress: Progress) => Promise<void>): Promise<void> {
    if (this.state.busy) return;
    this.store.dispatch({ type: "start", task });
    try {
      await job((fraction) => this.store.dispatch({ type: "progress", fraction }));
    } catch (error) {
      this.store.dispatch({ type: "failed", error: errorMessage(error), endsTask: true });
    }
  }

  private done(
    task: Task,
    patch: Partial<SheetData>,
    key?: string,
    params?: Record<string, string | number>,
    options: Pick<Message, "announceOnly"> = {},
  ): void {
    this.store.dispatch({ type: "done", task, patch, ...(key ? { notice: { key, params, ...options } } : {}) });
  }

  private requireSheet(): string {
    const sheet = this.state.sheet;
    if (!sheet) throw new HostError("ui.error.noSheet");
    return sheet;
  }
}
