/**
 * The pane's form for the reporting period and the near threshold: what its fields show for the saved settings,
 * and what they say once typed in. The words accepted are the command line's (--period, --near).
 */
import { DEFAULT_NEAR } from "../../core/judge";
import type { JudgingSettings } from "../../core/judging-settings";
import { parseNearInput, parsePeriodInput } from "../../core/judging-input";
import { formatNumber } from "../../core/numbers";
import { t } from "../../core/i18n";
import type { Lang } from "../../core/types";
import type { Message } from "./pane-state";

export interface JudgingDraft {
  period: string;
  near: string;
}

export interface JudgingErrors {
  period?: Message;
  near?: Message;
}

export type JudgingForm = { ok: true; judging: JudgingSettings } | { ok: false; errors: JudgingErrors };

/**
 * The fields for the saved settings: an empty period field stands for the period read from the table, so it is
 * filled only when the user set one; the threshold always shows the one in force.
 */
export function draftOf(judging: JudgingSettings, lang: Lang): JudgingDraft {
  const period =
    judging.period === undefined ? "" : judging.period === null ? t(lang, "ui.judging.none") : judging.period.label;
  return { period, near: formatNumber(judging.near ?? DEFAULT_NEAR, lang, { percent: true }) };
}

/**
 * The settings the fields say, or why they cannot be read. Left empty, a field goes back to automatic; so does a
 * threshold equal to the default, so that only a real change counts as one (and offers the way back).
 */
export function readDraft(draft: JudgingDraft): JudgingForm {
  const periodText = draft.period.trim();
  const nearText = draft.near.trim();
  const period = periodText ? parsePeriodInput(periodText) : null;
  const near = nearText ? parseNearInput(nearText) : DEFAULT_NEAR;
  const errors: JudgingErrors = {};
  if (period && !period.ok) errors.period = { key: "ui.judging.periodInvalid", params: { value: periodText } };
  if (near === null) errors.near = { key: "ui.judging.nearInvalid", params: { value: nearText } };
  if (errors.period || errors.near) return { ok: false, errors };
  const judging: JudgingSettings = {};
  if (period?.ok) judging.period = period.period;
  if (near !== null && near !== DEFAULT_NEAR) judging.near = near;
  return { ok: true, judging };
}
