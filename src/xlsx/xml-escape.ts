const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text made safe for an XML element or a double- or single-quoted attribute. Characters XML 1.0 forbids (control
 * characters a pasted cell text may carry) are dropped, as ExcelJS drops them from the cells: escaped or not, they
 * would make the part unreadable.
 */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching the control characters is the point
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[&<>"']/g, (c) => ENTITIES[c] ?? "");
}
