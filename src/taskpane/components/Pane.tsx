import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import type { JSX } from "react";
import { usePaneState, useT } from "../pane-context";
import { ActionBar } from "./ActionBar";
import { CheckResults } from "./CheckResults";
import { ErrorBar } from "./ErrorBar";
import { JudgingSection } from "./JudgingSection";
import { IndicatorResults } from "./IndicatorResults";
import { LanguagePicker } from "./LanguagePicker";
import { RibbonNoticeBar } from "./RibbonNoticeBar";
import { RoleSection } from "./RoleSection";
import { SheetPicker } from "./SheetPicker";
import { StatusLine } from "./StatusLine";
import { MeetingParagraph } from "./MeetingParagraph";
import { SummarySection } from "./SummarySection";
import { TableSection } from "./TableSection";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  title: { ...typographyStyles.subtitle1, margin: 0 },
});

/**
 * The pane for the task at hand, top to bottom: which sheet, what to do (check, summary), how it went, the results
 * (the summary's few lines first, beside its button, then the longer issue list and each indicator's result), and
 * last what was detected and how to correct it. Each block is its own section component, so new results slot in without reshuffling.
 */
export function Pane(): JSX.Element {
  const { sheets, sheet, checked, analysis } = usePaneState();
  const styles = useStyles();
  const t = useT();
  const readOnly = sheets.find((s) => s.name === sheet)?.protected ?? false;
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t("ui.title")}</h1>
        <LanguagePicker />
      </header>
      <ErrorBar />
      <RibbonNoticeBar />
      <SheetPicker />
      <ActionBar />
      <StatusLine />
      <SummarySection />
      {checked && analysis?.table && <MeetingParagraph analysis={analysis} />}
      {checked && analysis && <CheckResults analysis={analysis} readOnly={readOnly} />}
      {checked && analysis && <IndicatorResults analysis={analysis} />}
      <TableSection />
      <JudgingSection />
      <RoleSection />
    </main>
  );
}
