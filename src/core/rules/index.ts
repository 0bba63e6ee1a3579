/**
 * The validation catalogue. Adding a rule: write its module in this folder (code, severity, messages, check)
 * with its test, and list it here; its messages join the catalogue under `issues.<code>`.
 */
import type { Rule } from "./rule";
import { addRuleMessages } from "../i18n";
import { noHeader } from "./no-header";
import { ambiguousColumn } from "./ambiguous-column";
import { missingPlan } from "./missing-plan";
import { noNumericPlan } from "./no-numeric-plan";
import { missingActual } from "./missing-actual";
import { notANumber } from "./not-a-number";
import { unreadableTarget } from "./unreadable-target";
import { numberAsText } from "./number-as-text";
import { ambiguousNumber } from "./ambiguous-number";
import { formulaError } from "./formula-error";
import { zeroPlan } from "./zero-plan";
import { negativeCount } from "./negative-count";
import { missingUnit } from "./missing-unit";
import { missingLead } from "./missing-lead";
import { percentScaleMixed } from "./percent-scale-mixed";
import { percentScaleGuessed } from "./percent-scale-guessed";
import { statedPercentMismatch } from "./stated-percent-mismatch";
import { statedStatusMismatch } from "./stated-status-mismatch";
import { statedPaceMismatch } from "./stated-pace-mismatch";
import { hiddenRow } from "./hidden-row";
import { duplicateNumber } from "./duplicate-number";
import { rateAbove100 } from "./rate-above-100";
import { totalMismatch } from "./total-mismatch";
import { resultColumnChosen } from "./result-column-chosen";
import { noResultColumn } from "./no-result-column";
import { periodFound } from "./period-found";
import { qualitativeTarget } from "./qualitative-target";
import { changeTarget } from "./change-target";
import { unnamedRow } from "./unnamed-row";
import { formulaNotCalculated } from "./formula-not-calculated";
import { estimate } from "./estimate";
import { statedConclusionMismatch } from "./stated-conclusion-mismatch";
import { statedConclusionConfirmed } from "./stated-conclusion-confirmed";
import { statedConclusionUnchecked } from "./stated-conclusion-unchecked";
import { cumulativeMismatch } from "./cumulative-mismatch";
import { seriesOutlier } from "./series-outlier";
import { samePeriodMismatch } from "./same-period-mismatch";

export type { Rule, RowContext, RowPass, RuleContext, Finding, FindingValue } from "./rule";
export { noHeader };
export { NO_PASS } from "./rule";

/** Table rules run on every detected table, in this order (issues are then sorted by cell). */
export const RULES: Rule[] = [
  ambiguousColumn,
  noResultColumn,
  resultColumnChosen,
  periodFound,
  formulaError,
  notANumber,
  unreadableTarget,
  numberAsText,
  ambiguousNumber,
  missingPlan,
  noNumericPlan,
  missingActual,
  zeroPlan,
  negativeCount,
  missingUnit,
  missingLead,
  percentScaleMixed,
  percentScaleGuessed,
  statedPercentMismatch,
  statedStatusMismatch,
  statedPaceMismatch,
  duplicateNumber,
  rateAbove100,
  totalMismatch,
  qualitativeTarget,
  changeTarget,
  unnamedRow,
  hiddenRow,
  formulaNotCalculated,
  estimate,
  statedConclusionMismatch,
  statedConclusionConfirmed,
  statedConclusionUnchecked,
  cumulativeMismatch,
  seriesOutlier,
  samePeriodMismatch,
];

export const ALL_RULES: Rule[] = [noHeader, ...RULES];

addRuleMessages(ALL_RULES);

const BY_CODE = new Map(ALL_RULES.map((rule) => [rule.code, rule]));

/** The rule an issue's code names. */
export function ruleOf(code: string): Rule | undefined {
  return BY_CODE.get(code);
}
