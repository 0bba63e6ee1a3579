import { makeStyles } from "@fluentui/react-components";
import { useCallback, useId, useRef, type JSX } from "react";
import type { MessageParams } from "../../core/i18n";
import type { JudgingSettings } from "../../core/judging-settings";
import { hasPace, paceCounts } from "../../core/counts";
import { periodLabel } from "../../core/judging-input";
import type { Lang, SheetAnalysis } from "../../core/types";
import { usePaneState, useT } from "../pane-context";
import { JudgingForm } from "./JudgingForm";
import { facts, section } from "./pane-styles";

const useStyles = makeStyles({
  ...section,
  facts,
});

/**
 * The reporting period the sheet is judged against and the near threshold, with what they give (pace and near
 * counts), and the form that corrects them: a misread title skews the pace of every count row, so the period is
 * shown where it can be changed.
 */
export function JudgingSection(): JSX.Element | null {
  const { snapshot, analysis, judging, lang } = usePaneState();
  const styles = useStyles();
  const t = useT();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = useCallback(() => headingRef.current?.focus(), []);
  if (!snapshot || !analysis?.table) return null;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t("ui.judging.heading")}
      </h2>
      <ul className={styles.facts}>
        <li>{periodText(t, lang, analysis, judging)}</li>
        {analysis.period && <li>{paceText(t, analysis)}</li>}
        <li>{t("ui.judging.near", { near: analysis.near, count: analysis.summary.near })}</li>
      </ul>
      <JudgingForm onResetDone={focusHeading} />
    </section>
  );
}

/**
 * What the period gives: pace counts, or why there are none (the whole plan period, a quarter's own figures, a part
 * period with nothing paced, as the summary sheet and the paragraph leave it out).
 */
function paceText(t: (key: string, params?: MessageParams) => string, { period, summary }: SheetAnalysis): string {
  if (period?.quarterOnly) return t("ui.judging.quarterOnly");
  const counts = paceCounts(period, summary);
  if (counts === null) return t("ui.judging.fullPeriod");
  return hasPace(counts) ? t("ui.judging.pace", { ...counts }) : t("ui.judging.nothingPaced");
}

function periodText(
  t: (key: string, params?: MessageParams) => string,
  lang: Lang,
  { period }: SheetAnalysis,
  judging: JudgingSettings,
): string {
  if (!period) return t(judging.period === null ? "ui.judging.periodNone" : "ui.judging.periodUnknown");
  const { elapsed, cell } = period;
  const label = periodLabel(period, lang);
  if (cell === null) return t("ui.judging.periodUser", { label, elapsed });
  // A quarter's own figures are no share of the plan: the share would read as the pace they were judged by.
  return t(period.quarterOnly ? "ui.judging.periodQuarter" : "ui.judging.periodDetected", { label, elapsed, cell });
}
