/**
 * Counting indicators by band and by pace as reports word it (ahead of time, on track, behind), overall and by group,
 * in one pass as the engine reads the rows: what every host shows and every check compares.
 */
import type { Counts, GroupCount, GroupedBy, Indicator, Pace, Period, Summary } from "./types";
import { paceShare } from "./period";

function emptyCounts(): Counts {
  return { indicators: 0, achieved: 0, near: 0, notAchieved: 0, noData: 0, ahead: 0, onTrack: 0, behind: 0 };
}

function count(counts: Counts, indicator: Indicator): void {
  counts.indicators++;
  const band = indicator.band;
  if (band === "achieved") counts.achieved++;
  else if (band === "near") counts.near++;
  else if (band === "not_achieved") counts.notAchieved++;
  else counts.noData++;
  const shown = paceShown(indicator);
  if (shown === "ahead") counts.ahead++;
  else if (shown === "on_track") counts.onTrack++;
  else if (shown === "behind") counts.behind++;
}

/** Counts by band and pace, overall and by group (see Tally.summary for their order). */
export function summarize(indicators: Indicator[], groupedBy: GroupedBy = null): Summary {
  const tally = new Tally();
  for (const i of indicators) tally.add(i);
  return tally.summary(groupedBy);
}

/** The counts of summarize, taken one indicator at a time: the engine counts each row as it reads it. */
export class Tally {
  private readonly total = emptyCounts();
  private readonly groups = new Map<string | null, GroupCount>();
  /** A group's indicators come one after another: the one counted last is most often the next one's. */
  private group: GroupCount | undefined;

  add(indicator: Indicator): void {
    let group = this.group;
    if (group === undefined || group.group !== indicator.group) {
      group = this.groups.get(indicator.group);
      if (!group) {
        group = { group: indicator.group, ...emptyCounts() };
        this.groups.set(indicator.group, group);
      }
      this.group = group;
    }
    count(group, indicator);
    count(this.total, indicator);
  }

  /**
   * The counts, groups in the table's order; by lead agency, the indicators with none come last: they are not an
   * agency to report on, but rows to complete.
   */
  summary(groupedBy: GroupedBy): Summary {
    const byGroup = [...this.groups.values()];
    if (groupedBy === "lead") byGroup.sort((a, b) => Number(a.group === null) - Number(b.group === null));
    return { ...this.total, byGroup, groupedBy };
  }
}

/**
 * An indicator's pace as reports word it: "ahead" for one already over its whole plan in a part of the period
 * ("hoàn thành trước thời hạn"), else the pace the engine judged; null where none was judged.
 */
export type PaceShown = Pace | "ahead";

export function paceShown(indicator: Indicator): PaceShown | null {
  if (indicator.pace === null) return null;
  return indicator.status === "achieved" ? "ahead" : indicator.pace;
}

/** The three pace counts every host shows, so that the summary sheet, the paragraph, the CLI and the pane agree. */
export type PaceCounts = Pick<Counts, "ahead" | "onTrack" | "behind">;

/**
 * Pace counts for a partial period paced against the plan, as the summary counted them; null for no period, the
 * whole period or a quarter's own figures, which have no pace to count. A partial period of rates and levels alone
 * has counts, all 0: the JSON report gives them, while hasPace keeps the other reports from showing them.
 */
export function paceCounts(period: Period | null | undefined, summary: Counts): PaceCounts | null {
  const share = paceShare(period);
  if (share === null || share >= 1) return null;
  return { ahead: summary.ahead, onTrack: summary.onTrack, behind: summary.behind };
}

/**
 * Whether the reports show pace at all (the summary sheet's block and column, the paragraph's sentence, the pane's
 * lines, the text report's line): only where some indicator has one, so a partial period of rates alone shows no
 * "0, 0, 0".
 */
export function hasPace(counts: PaceCounts | null): counts is PaceCounts {
  return counts !== null && counts.ahead + counts.onTrack + counts.behind > 0;
}
