import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { JSX } from "react";
import { useActions, usePaneState, useT } from "../pane-context";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3, flexBasis: "100%" },
});

export function ActionBar(): JSX.Element {
  const { sheet, sheets, busy, analysis, checked } = usePaneState();
  const actions = useActions();
  const styles = useStyles();
  const t = useT();
  const idle = busy === null && sheet !== null;
  const canSummarize = idle && analysis?.table != null;
  // The list handed over is the one the pane shows, so the sheet is checked first.
  const canExport = idle && checked;
  // One unit per sheet: consolidating needs at least two sheets besides ChiTieu's own.
  const canConsolidate = busy === null && sheets.filter((s) => !s.summary).length > 1;
  return (
    <div className={styles.root}>
      <Button appearance="primary" disabled={!idle} onClick={() => void actions.check()}>
        {t("ui.check.run")}
      </Button>
      <Button disabled={!canSummarize} onClick={() => void actions.buildSummary()}>
        {t("ui.summary.build")}
      </Button>
      <Button disabled={!canExport} onClick={() => void actions.exportFindings()}>
        {t("ui.findings.run")}
      </Button>
      <Button disabled={!canConsolidate} onClick={() => void actions.consolidate()}>
        {t("ui.consolidate.run")}
      </Button>
      {analysis && !analysis.table && <Caption1 className={styles.hint}>{t("ui.summary.needsTable")}</Caption1>}
    </div>
  );
}
