import { makeStyles, Text, tokens, typographyStyles } from "@fluentui/react-components";
import { useEffect, useRef, type JSX } from "react";
import { usePaneState, useT } from "../pane-context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  counts: { fontWeight: tokens.fontWeightSemibold },
  groups: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
});

/** What the summary sheet just written says, in the words used at meetings: "20/27 hoàn thành". */
export function SummarySection(): JSX.Element | null {
  const { summary, completed } = usePaneState();
  const styles = useStyles();
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (completed?.task === "summary") headingRef.current?.focus();
  }, [completed]);

  if (!summary) return null;
  const totals = summary.analysis.summary;
  const groups = totals.byGroup;
  return (
    <section className={styles.root} aria-label={t("ui.summary.heading")}>
      <h2 ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t("ui.summary.heading")}
      </h2>
      <Text className={styles.counts}>
        {t("ui.summary.counts", {
          achieved: totals.achieved,
          total: totals.indicators,
          groups: groups.map((g) => `${g.achieved}/${g.indicators}`).join(", "),
        })}
      </Text>
      <ul className={styles.groups}>
        {groups.map((g, index) => (
          <li key={index}>
            {t("ui.summary.group", {
              name: g.group ?? t("ui.summary.ungrouped"),
              achieved: g.achieved,
              total: g.indicators,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
