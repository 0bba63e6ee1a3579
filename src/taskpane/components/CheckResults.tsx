import { Badge, Button, makeStyles, Text, tokens, typographyStyles } from "@fluentui/react-components";
import { useEffect, useRef, useState, type JSX } from "react";
import { issuesOnSheet } from "../../core/issues";
import type { Fix, SheetAnalysis } from "../../core/types";
import { useActions, usePaneState, useT } from "../pane-context";
import { groupIssues } from "../view/issue-groups";
import { severityColor } from "../view/severity-color";
import { severityCounts } from "../../host/issue-counts";
import { FixDialog } from "./FixDialog";
import { IssueGroupView } from "./IssueGroupView";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface Props {
  analysis: SheetAnalysis;
  /** A protected sheet can be checked but not changed. */
  readOnly: boolean;
}

export function CheckResults({ analysis, readOnly }: Props): JSX.Element {
  const { highlighted, busy, completed } = usePaneState();
  const actions = useActions();
  const styles = useStyles();
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [pending, setPending] = useState<Fix[] | null>(null);
  // Opened without a DialogTrigger, the dialog does not know its opener, so focus would fall to the page's body.
  const opener = useRef<HTMLElement | null>(null);
  const openDialog = (fixes: Fix[]) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setPending(fixes);
  };
  /** Back to the button that opened the dialog; once a fix removed it, to the results' heading. */
  const restoreFocus = () => {
    const target = opener.current?.isConnected ? opener.current : headingRef.current;
    opener.current = null;
    target?.focus();
  };

  useEffect(() => {
    if (completed?.task === "check" || completed?.task === "fix") headingRef.current?.focus();
  }, [completed]);

  const { issues } = analysis;
  const fixes = issues.flatMap((issue) => (issue.fix ? [issue.fix] : []));
  const idle = busy === null;
  return (
    <section className={styles.root} aria-label={t("ui.check.heading")}>
      <h2 ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t("ui.check.heading")}
      </h2>
      {issues.length === 0 ? (
        <Text>{t("ui.check.clean")}</Text>
      ) : (
        <div className={styles.row}>
          {severityCounts(issues).map(({ severity, count }) => (
            <Badge key={severity} appearance="tint" color={severityColor(severity)} size="large">
              {t(`ui.check.count.${severity}`, { count })}
            </Badge>
          ))}
        </div>
      )}
      {!readOnly && (issues.length > 0 || highlighted) && (
        <div className={styles.row}>
          <Button disabled={!idle || issuesOnSheet(issues).length === 0} onClick={() => void actions.highlight()}>
            {t("ui.highlight.apply")}
          </Button>
          <Button disabled={!idle || !highlighted} onClick={() => void actions.clearHighlights()}>
            {t("ui.highlight.clear")}
          </Button>
          {fixes.length > 0 && (
            <Button disabled={!idle} onClick={() => openDialog(fixes)}>
              {t("ui.fix.all", { count: fixes.length })}
            </Button>
          )}
        </div>
      )}
      {groupIssues(issues).map((group) => (
        <IssueGroupView key={group.code} group={group} onFix={readOnly || !idle ? null : (fix) => openDialog([fix])} />
      ))}
      <FixDialog
        fixes={pending}
        onCancel={() => setPending(null)}
        onClosed={restoreFocus}
        onConfirm={(confirmed) => {
          setPending(null);
          void actions.applyFixes(confirmed);
        }}
      />
    </section>
  );
}
