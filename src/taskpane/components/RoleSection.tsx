import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useId, useMemo, useRef, type JSX } from "react";
import { usePaneState, useT } from "../pane-context";
import { columnOptions } from "../view/column-options";
import { RoleMapping } from "./RoleMapping";
import { section } from "./pane-styles";

const useStyles = makeStyles({
  ...section,
  hint: { color: tokens.colorNeutralForeground3 },
});

/** Which column plays which role, each correctable by the user. */
export function RoleSection(): JSX.Element | null {
  const { snapshot, analysis } = usePaneState();
  const styles = useStyles();
  const t = useT();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headerRows = analysis?.table?.headerRows;
  const options = useMemo(() => (snapshot ? columnOptions(snapshot, headerRows ?? []) : []), [snapshot, headerRows]);
  const focusHeading = useCallback(() => headingRef.current?.focus(), []);
  if (!snapshot || !analysis) return null;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t("ui.table.roles")}
      </h2>
      <Caption1 className={styles.hint}>{t("ui.table.rolesHint")}</Caption1>
      <RoleMapping options={options} onResetDone={focusHeading} />
    </section>
  );
}
