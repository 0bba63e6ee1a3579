import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { JSX } from "react";
import { useActions, usePaneState, useT } from "../pane-context";

const useStyles = makeStyles({
  // Screen-reader-only and out of the layout; it is there from the start because text put into a live region that
  // already exists is announced, while a region inserted along with its text often is not.
  announcer: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

/**
 * What the last ribbon command reported. A success is announced politely, like the status line; a failure
 * interrupts, like the error bar.
 */
export function RibbonNoticeBar(): JSX.Element {
  const { ribbon } = usePaneState();
  const actions = useActions();
  const styles = useStyles();
  const t = useT();
  const text = ribbon ? t(ribbon.notice.key, ribbon.notice.params) : "";
  return (
    <>
      <div className={styles.announcer} aria-live="polite">
        {ribbon?.notice.ok && <span key={ribbon.seq}>{text}</span>}
      </div>
      {ribbon && (
        <MessageBar
          key={ribbon.seq}
          intent={ribbon.notice.ok ? "success" : "error"}
          layout="multiline"
          role={ribbon.notice.ok ? "group" : "alert"}
        >
          <MessageBarBody>
            <MessageBarTitle>{t("ui.ribbon.title")}</MessageBarTitle>
            {text}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" aria-label={t("ui.ribbon.dismiss")} onClick={() => actions.dismissRibbonNotice()}>
              {t("ui.error.dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
