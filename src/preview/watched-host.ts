import type { SummaryPlan } from "../core/summary/plan";
import type { WorkbookHost } from "../host/workbook-host";

/**
 * A WorkbookHost that reports every change it made to the workbook, so the preview's sheet view can redraw, and
 * hands over each summary plan it wrote, so the preview can draw that plan's charts. Reads pass straight through.
 */
export function watchedHost(
  inner: WorkbookHost,
  onChange: () => void,
  onSummary: (plan: SummaryPlan, sheet: string) => void = () => undefined,
): WorkbookHost {
  const after =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await call(...args);
      } finally {
        onChange();
      }
    };
  return {
    listSheets: () => inner.listSheets(),
    workbookName: () => inner.workbookName(),
    readSheet: (sheet, onProgress) => inner.readSheet(sheet, onProgress),
    readOtherSheets: (checked) => inner.readOtherSheets(checked),
    loadChoices: (sheet) => inner.loadChoices(sheet),
    hasHighlights: (sheet) => inner.hasHighlights(sheet),
    displayLanguage: () => inner.displayLanguage(),
    saveMapping: after((sheet, mapping) => inner.saveMapping(sheet, mapping)),
    saveJudging: after((sheet, judging) => inner.saveJudging(sheet, judging)),
    selectCell: after((sheet, address) => inner.selectCell(sheet, address)),
    highlight: after((sheet, issues) => inner.highlight(sheet, issues)),
    clearHighlights: after((sheet) => inner.clearHighlights(sheet)),
    applyFixes: after((sheet, fixes) => inner.applyFixes(sheet, fixes)),
    writeSummary: after(async (plan, onProgress) => {
      const sheet = await inner.writeSummary(plan, onProgress);
      onSummary(plan, sheet);
      return sheet;
    }),
  };
}
