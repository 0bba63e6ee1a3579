import type { SheetSnapshot } from "../core/snapshot";
import type { OtherSheet } from "../core/conclusions/other-sheets";
import type { ColumnMapping } from "../core/mapping";
import type { JudgingSettings } from "../core/judging-settings";
import type { SavedChoices } from "./saved-choices";
import type { Fix, Issue } from "../core/types";
import type { SummaryPlan } from "../core/summary/plan";

export interface SheetInfo {
  name: string;
  active: boolean;
  protected: boolean;
  /** A summary sheet ChiTieu made (it carries ChiTieu's hidden mark), whatever it is called. */
  summary: boolean;
}

/** Progress of a long read or write, as a fraction 0..1. */
export type Progress = (fraction: number) => void;

/**
 * What the task pane and ribbon commands need from a workbook. The Office.js adapter and the in-memory
 * fake (tests, `npm run preview`) both implement it, so the UI never touches Office.js directly.
 * Every method rejects with a HostError carrying a catalogue key, never a raw Office error.
 */
export interface WorkbookHost {
  listSheets(): Promise<SheetInfo[]>;
  /** The workbook's file name, which the findings list gives as each issue's file. */
  workbookName(): Promise<string>;
  readSheet(sheet: string, onProgress?: Progress): Promise<SheetSnapshot>;
  /**
   * The workbook's other visible sheets the user made (not ChiTieu's, not `checked`), each only as far as a summary
   * of the user's own reaches (SUMMARY_ROWS × SUMMARY_COLS from its used range's corner), in a few syncs however
   * many there are; each with the column mapping saved for it, if any.
   */
  readOtherSheets(checked: string): Promise<OtherSheet[]>;
  /** The column mapping and judging settings saved for the sheet. */
  loadChoices(sheet: string): Promise<SavedChoices>;
  saveMapping(sheet: string, mapping: ColumnMapping): Promise<void>;
  saveJudging(sheet: string, judging: JudgingSettings): Promise<void>;
  /** Selects a cell, a range or the several cells an issue is about ("D3, F3", its issueAddress). */
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * Marks the issues' cells on `sheet`, every cell each is about (issueCells: give it issuesOnSheet, never an issue
   * about another sheet); reversible with clearHighlights, which restores the sheet exactly.
   */
  highlight(sheet: string, issues: Issue[]): Promise<void>;
  clearHighlights(sheet: string): Promise<void>;
  hasHighlights(sheet: string): Promise<boolean>;
  /** Writes the fixes' values; the caller has shown them to the user first. */
  applyFixes(sheet: string, fixes: Fix[]): Promise<void>;
  /**
   * Creates or replaces the summary sheet (or another sheet ChiTieu writes from a plan: the consolidation's, the
   * findings list); never touches other sheets. Resolves to the name it was written under, which differs from the
   * plan's when the user has a sheet of that name ("Tổng hợp (2)").
   */
  writeSummary(plan: SummaryPlan, onProgress?: Progress): Promise<string>;
  /** Office's display language tag, e.g. "vi-VN". */
  displayLanguage(): string;
}

export class HostError extends Error {
  constructor(
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(messageKey);
    this.name = "HostError";
  }
}
