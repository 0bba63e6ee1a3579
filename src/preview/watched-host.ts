import type { WorkbookHost } from "../host/workbook-host";

/**
 * A WorkbookHost that reports every change it made to the workbook, so the preview's sheet view can redraw.
 * Reads pass straight through.
 */
export function watchedHost(inner: WorkbookHost, onChange: () => void): WorkbookHost {
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
    readSheet: (sheet, onProgress) => inner.readSheet(sheet, onProgress),
    loadMapping: (sheet) => inner.loadMapping(sheet),
    hasHighlights: (sheet) => inner.hasHighlights(sheet),
    displayLanguage: () => inner.displayLanguage(),
    saveMapping: after((sheet, mapping) => inner.saveMapping(sheet, mapping)),
    selectCell: after((sheet, address) => inner.selectCell(sheet, address)),
    highlight: after((sheet, issues) => inner.highlight(sheet, issues)),
    clearHighlights: after((sheet) => inner.clearHighlights(sheet)),
    applyFixes: after((sheet, fixes) => inner.applyFixes(sheet, fixes)),
    writeSummary: after((plan, onProgress) => inner.writeSummary(plan, onProgress)),
  };
}
