import { Field, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import type { JSX } from "react";
import { usePaneState, useT } from "../pane-context";
import { useVisuallyHiddenStyles } from "./visually-hidden";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/**
 * Progress of the running task and the outcome of the last one, announced politely to screen readers. An outcome
 * the pane already shows (the check's counts, in its results) is only announced, so no count appears twice.
 */
export function StatusLine(): JSX.Element {
  const { busy, notice } = usePaneState();
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const t = useT();
  const percent = busy?.progress == null ? undefined : `${Math.round(busy.progress * 100)}%`;
  return (
    <div className={styles.root} role="status" aria-live="polite">
      {busy && (
        <Field label={t(`ui.busy.${busy.task}`)} hint={percent}>
          <ProgressBar value={busy.progress ?? undefined} thickness="large" />
        </Field>
      )}
      {!busy && notice && (
        <Text className={notice.announceOnly ? hidden.hidden : undefined}>{t(notice.key, notice.params)}</Text>
      )}
    </div>
  );
}
