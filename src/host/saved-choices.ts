/**
 * What the user saved in the workbook for one sheet: which column plays which role, and how its indicators are
 * judged. Every place that analyses a sheet (the pane, the ribbon commands, the consolidation) analyses it with
 * both, so a sheet gets the same result wherever it is checked.
 */
import type { AnalyzeOptions } from "../core/analyze";
import type { JudgingSettings } from "../core/judging-settings";
import type { ColumnMapping } from "../core/mapping";

/** Empty objects when nothing (or nothing valid) is saved: detection throughout. */
export interface SavedChoices {
  mapping: ColumnMapping;
  judging: JudgingSettings;
}

export function analyzeOptions({ mapping, judging }: SavedChoices): AnalyzeOptions {
  return { mapping, ...judging };
}
