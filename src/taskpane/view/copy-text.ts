/** How a copy ended: on the clipboard, or only selected on the page for the user to copy (Ctrl+C). */
export type CopyOutcome = "copied" | "selected";

/** Selects the element's text on the page, so Ctrl+C (or the context menu) copies it. */
function select(element: HTMLElement | null): boolean {
  const selection = element ? element.ownerDocument.getSelection() : null;
  if (!element || !selection) return false;
  selection.removeAllRanges();
  selection.selectAllChildren(element);
  return true;
}

/**
 * Copies `text` with the asynchronous clipboard; where that is missing or refused (an add-in's frame without the
 * clipboard permission), selects the shown text and tries the older copy command, and failing that leaves the text
 * selected.
 */
export async function copyText(text: string, shown: HTMLElement | null): Promise<CopyOutcome> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return "copied";
    }
  } catch {
    // Refused: fall back to the selection below.
  }
  if (!select(shown)) return "selected";
  try {
    // Deprecated, but the only copy a frame without clipboard permission may still be allowed.
    if (shown?.ownerDocument.execCommand("copy")) return "copied";
  } catch {
    // Not supported: the text stays selected for the user to copy.
  }
  return "selected";
}
