/** Counting indicators by band and pace, overall and by group: what every host shows and every check compares. */
import type { Counts, GroupCount, Indicator, Summary } from "./types";

function emptyCounts(): Counts {
  return { indicators: 0, achieved: 0, near: 0, notAchieved: 0, noData: 0, onTrack: 0, behind: 0 };
}

function count(counts: Counts, indicator: Indicator): void {
  counts.indicators++;
  const band = indicator.band;
  if (band === "achieved") counts.achieved++;
  else if (band === "near") counts.near++;
  else if (band === "not_achieved") counts.notAchieved++;
  else counts.noData++;
  if (indicator.pace === "on_track") counts.onTrack++;
  else if (indicator.pace === "behind") counts.behind++;
}

/** Counts by band and pace, overall and by group (groups in the table's order). */
export function summarize(indicators: Indicator[]): Summary {
  const total = emptyCounts();
  const groups = new Map<string | null, GroupCount>();
  // A group's indicators come one after another: the one counted last is most often the next one's.
  let group: GroupCount | undefined;
  for (const i of indicators) {
    if (group === undefined || group.group !== i.group) {
      group = groups.get(i.group);
      if (!group) {
        group = { group: i.group, ...emptyCounts() };
        groups.set(i.group, group);
      }
    }
    count(group, i);
    count(total, i);
  }
  return { ...total, byGroup: [...groups.values()] };
}
