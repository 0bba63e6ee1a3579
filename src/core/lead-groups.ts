/**
 * Grouping a table without section rows by its lead-agency column ("Cơ quan chủ trì"): the meeting counts "11 of
 * the 12 indicators we lead" whether or not the table is split into sections, and a lead column is the grouping the
 * table itself carries.
 */
import type { Indicator } from "./types";
import { fold } from "./text";

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Sets each indicator's group to its lead agency, as first written, when the leads group the table: at least two
 * agencies, and fewer agencies than half the indicators (a lead per row says nothing a list does not). Indicators
 * with no lead stay ungrouped. True when the table was grouped so.
 */
export function groupByLead(indicators: Indicator[]): boolean {
  const names = new Map<string, string>();
  let led = 0;
  for (const indicator of indicators) {
    if (indicator.lead === null) continue;
    led++;
    // A lead typed over two lines of a cell, or without its diacritics, is the same agency.
    const key = fold(indicator.lead);
    if (!names.has(key)) names.set(key, oneLine(indicator.lead));
  }
  if (names.size < 2 || names.size * 2 > led) return false;
  for (const indicator of indicators)
    indicator.group = indicator.lead === null ? null : names.get(fold(indicator.lead))!;
  return true;
}
