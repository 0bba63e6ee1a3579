/**
 * WorkbookHost over Office.js: each method is one `Excel.run` batch built from the modules of this folder, and
 * every failure reaches the caller as a HostError with a catalogue key. Construct it with no argument inside
 * Excel (it reads the Office.js globals when called), or with `fake.env()` over the in-memory fake.
 */
import type { OtherSheet } from "../core/conclusions/other-sheets";
import type { ColumnMapping } from "../core/mapping";
import type { JudgingSettings } from "../core/judging-settings";
import type { SheetSnapshot } from "../core/snapshot";
import type { SummaryPlan } from "../core/summary/plan";
import type { Fix, Issue } from "../core/types";
import type { SavedChoices } from "../host/saved-choices";
import type { Progress, SheetInfo, WorkbookHost } from "../host/workbook-host";
import { toHostError } from "./errors";
import { writeFixes } from "./fixes";
import { clearIssueHighlights, hasIssueHighlights, highlightIssues } from "./highlights";
import { readChoices } from "./choices-store";
import { writeJudging } from "./judging-store";
import { writeMapping } from "./mapping-store";
import { globalOfficeEnv, type OfficeEnv } from "./office-env";
import { readOtherSheets } from "./read-other-sheets";
import { readSheet } from "./read-sheet";
import { requireMinimum, supportsAreaSelection, supportsMergedAreas } from "./requirements";
import { listWorksheets, selectRange, workbookName } from "./sheets";
import { writeSummarySheet } from "./write-summary";

export class OfficeWorkbookHost implements WorkbookHost {
  constructor(private readonly env: OfficeEnv = globalOfficeEnv()) {}

  /** Runs one batch; `sheet` names the worksheet in the message of any error. */
  private async run<T>(sheet: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      requireMinimum(this.env);
      return await this.env.run(batch);
    } catch (error) {
      throw toHostError(error, sheet);
    }
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.run("", listWorksheets);
  }

  workbookName(): Promise<string> {
    return this.run("", workbookName);
  }

  readSheet(sheet: string, onProgress?: Progress): Promise<SheetSnapshot> {
    const mergedAreas = supportsMergedAreas(this.env);
    return this.run(sheet, (context) => readSheet(context, sheet, { mergedAreas, onProgress }));
  }

  readOtherSheets(checked: string): Promise<OtherSheet[]> {
    return this.run("", (context) => readOtherSheets(context, checked));
  }

  loadChoices(sheet: string): Promise<SavedChoices> {
    return this.run(sheet, (context) => readChoices(context, sheet));
  }

  saveMapping(sheet: string, mapping: ColumnMapping): Promise<void> {
    return this.run(sheet, (context) => writeMapping(context, sheet, mapping));
  }

  saveJudging(sheet: string, judging: JudgingSettings): Promise<void> {
    return this.run(sheet, (context) => writeJudging(context, sheet, judging));
  }

  selectCell(sheet: string, address: string): Promise<void> {
    const severalAreas = supportsAreaSelection(this.env);
    return this.run(sheet, (context) => selectRange(context, sheet, address, severalAreas));
  }

  highlight(sheet: string, issues: Issue[]): Promise<void> {
    return this.run(sheet, (context) => highlightIssues(context, sheet, issues));
  }

  clearHighlights(sheet: string): Promise<void> {
    return this.run(sheet, (context) => clearIssueHighlights(context, sheet));
  }

  hasHighlights(sheet: string): Promise<boolean> {
    return this.run(sheet, (context) => hasIssueHighlights(context, sheet));
  }

  applyFixes(sheet: string, fixes: Fix[]): Promise<void> {
    return this.run(sheet, (context) => writeFixes(context, sheet, fixes));
  }

  writeSummary(plan: SummaryPlan, onProgress?: Progress): Promise<string> {
    return this.run(plan.sheetName, (context) => writeSummarySheet(context, plan, onProgress));
  }

  displayLanguage(): string {
    return this.env.displayLanguage();
  }
}
