import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId, type JSX } from "react";
import { hasMessage } from "../../core/i18n";
import { issueAddress, issueMessage } from "../../core/issues";
import type { Fix } from "../../core/types";
import { useActions, usePaneState, useT } from "../pane-context";
import type { IssueGroup } from "../view/issue-groups";
import { severityColor } from "../view/severity-color";
import { plainList, rowButton } from "./pane-styles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  head: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, margin: 0 },
  list: plainList,
  item: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXXS },
  issue: rowButton,
  cell: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForegroundLink,
    flexShrink: 0,
  },
  fix: { marginLeft: tokens.spacingHorizontalS },
});

interface Props {
  group: IssueGroup;
  /** Offers a fix button for fixable issues; null when the sheet cannot be changed now. */
  onFix: ((fix: Fix) => void) | null;
}

/** One rule's issues. Each issue is a button that selects its cell in Excel, or the several it is about. */
export function IssueGroupView({ group, onFix }: Props): JSX.Element {
  const { lang } = usePaneState();
  const actions = useActions();
  const styles = useStyles();
  const t = useT();
  const headingId = useId();
  const titleKey = `rules.${group.code}`;
  const title = hasMessage(titleKey) ? t(titleKey) : group.code;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 className={styles.head}>
        <Badge appearance="filled" color={severityColor(group.severity)}>
          {t(`common.severity.${group.severity}`)}
        </Badge>
        <Text weight="semibold" id={headingId}>
          {t("ui.check.rule", { title, count: group.issues.length })}
        </Text>
      </h3>
      <ul className={styles.list}>
        {group.issues.map((issue, index) => (
          <li key={`${issue.cell}-${index}`} className={styles.item}>
            <Button
              appearance="subtle"
              className={styles.issue}
              title={t("ui.check.goTo", { cell: issueAddress(issue) })}
              onClick={() => void actions.selectCell(issueAddress(issue))}
            >
              <span className={styles.cell}>{issue.cell}</span>
              <span>{issueMessage(issue, lang)}</span>
            </Button>
            {issue.fix && onFix && (
              <Button size="small" className={styles.fix} onClick={() => issue.fix && onFix(issue.fix)}>
                {t("ui.fix.one", { cell: issue.fix.cell })}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
