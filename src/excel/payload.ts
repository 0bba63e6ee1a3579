/** Sizes of Office.js request and response payloads, which Excel on the web caps at 5 MB each. */

const encoder = new TextEncoder();

export function utf8Length(text: string): number {
  // The native encoder is far faster on long texts; counting by hand avoids allocating for short ones.
  if (text.length > 256) return encoder.encode(text).length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "null");
}

/**
 * What one sync may carry, in bytes: under the 5 MB limit with room for the envelope Office.js adds
 * (object paths, action ids) that our estimates do not count.
 */
export const SYNC_BUDGET = 4_000_000;

/**
 * Cells one range read may cover. Excel refuses a range of more than 5 million cells for get operations
 * (RangeExceedsLimit; "Resource limits and performance optimization for Office Add-ins", Excel add-ins section,
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization); stay under.
 */
export const CELLS_PER_READ = 4_000_000;
