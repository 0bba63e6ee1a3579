import type { Finding, RuleContext } from "./rule";
import { checkConclusions, type Verdict } from "../conclusions/check";

/** The message parameters of a verdict, shared by the mismatch and the confirmation. */
export function findingOf(verdict: Verdict): Finding {
  const { statement } = verdict;
  const share = statement.kind === "count" && statement.above ? Math.round(statement.above.share * 1000) / 10 : 0;
  return {
    row: verdict.row,
    col: verdict.col,
    params: {
      kind: statement.kind,
      counted: statement.kind === "count" ? statement.counted : "",
      quote: statement.quote,
      stated: verdict.stated,
      computed: verdict.computed,
      scope: verdict.group === null || statement.kind === "percent" ? "" : ` (${verdict.group})`,
      indicator: verdict.indicator ?? "",
      share,
    },
  };
}

export function conclusionFindings({ view, layout, body }: RuleContext, agreeing: boolean): Finding[] {
  return checkConclusions(view, layout, body)
    .filter((v) => v.agrees === agreeing)
    .map(findingOf);
}
