import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef, type JSX } from "react";
import { hasPace, paceCounts } from "../../core/counts";
import { periodLabel } from "../../core/judging-input";
import { sectionTitle } from "../../core/narrative/title";
import type { GroupCount } from "../../core/types";
import { usePaneState, useT } from "../pane-context";
import { section } from "./pane-styles";

const useStyles = makeStyles({
  ...section,
  headline: { fontWeight: tokens.fontWeightSemibold },
  groups: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
});

/**
 * What the summary sheet just written says, in the words used at meetings: "20/27 chỉ tiêu hoàn thành", how many
 * indicators have no data yet, then each group's count once.
 */
export function SummarySection(): JSX.Element | null {
  const { summary, completed, lang } = usePaneState();
  const styles = useStyles();
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (completed?.task === "summary") headingRef.current?.focus();
  }, [completed]);

  if (!summary) return null;
  const totals = summary.analysis.summary;
  const period = summary.analysis.period;
  const pace = paceCounts(period, totals);
  // A lead agency reads "Sở Y tế chủ trì: 1/1"; a section, or an agency left blank, "Nhóm I: 11/12". A section's
  // title reads as the meeting paragraph writes it, not in the capitals it is typed in.
  const groupLine = (g: GroupCount) => {
    const counts = { achieved: g.achieved, total: g.indicators };
    if (totals.groupedBy === "lead" && g.group !== null) return t("ui.summary.lead", { name: g.group, ...counts });
    const none = totals.groupedBy === "lead" ? "ui.summary.noLead" : "ui.summary.ungrouped";
    return t("ui.summary.group", { name: g.group === null ? t(none) : sectionTitle(g.group), ...counts });
  };
  return (
    <section className={styles.root} aria-label={t("ui.summary.heading")}>
      <h2 ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t("ui.summary.heading")}
      </h2>
      <Text className={styles.headline}>
        {t("ui.summaryLine.text", { achieved: totals.achieved, total: totals.indicators, count: totals.noData })}
      </Text>
      {period && hasPace(pace) && (
        <Text>{t("ui.summary.pace", { label: periodLabel(period, lang), elapsed: period.elapsed, ...pace })}</Text>
      )}
      <ul className={styles.groups}>
        {totals.byGroup.map((g, index) => (
          <li key={index}>{groupLine(g)}</li>
        ))}
      </ul>
    </section>
  );
}
