import type { Finding, RuleContext } from "./rule";
import { checkConclusions, type Outcome, type Verdict } from "../conclusions/check";
import { sectionTitle } from "../narrative/title";

/** How many of the table's groups an unchecked claim's message lists. */
const GROUPS_LISTED = 4;

/** The message parameters of a verdict, shared by the mismatch and the confirmation. */
export function findingOf(verdict: Verdict): Finding {
  const { statement } = verdict;
  // A section's title is told as the meeting paragraph writes it, not in the capitals it is typed in.
  const group = verdict.group === null ? null : sectionTitle(verdict.group);
  const share = statement.kind === "count" && statement.above ? Math.round(statement.above.share * 1000) / 10 : 0;
  return {
    row: verdict.row,
    col: verdict.col,
    params: {
      // A claim tied by its size alone is confirmed in words that say so.
      kind: verdict.bySize ? "bySize" : statement.kind,
      counted: statement.kind === "count" ? statement.counted : "",
      quote: statement.quote,
      stated: verdict.stated,
      computed: verdict.computed,
      scope: group === null || statement.kind === "percent" ? "" : ` (${group})`,
      indicator: verdict.indicator ?? "",
      share,
      of: statement.kind === "count" && statement.of !== null ? statement.of : "",
      reason: verdict.reason ?? "",
      groups: listed(verdict.groups),
      group: group ?? "",
    },
  };
}

function listed(groups: string[]): string {
  const shown = groups.slice(0, GROUPS_LISTED).map((g) => `“${sectionTitle(g)}”`);
  return groups.length > GROUPS_LISTED ? `${shown.join(", ")}, …` : shown.join(", ");
}

export function conclusionFindings({ view, layout, body, groupedBy }: RuleContext, outcome: Outcome): Finding[] {
  return checkConclusions(view, layout, body, groupedBy)
    .filter((v) => v.outcome === outcome)
    .map(findingOf);
}
