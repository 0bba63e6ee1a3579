import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { JSX } from "react";
import { useActions, usePaneState, useT } from "../pane-context";

export function ErrorBar(): JSX.Element | null {
  const { error } = usePaneState();
  const actions = useActions();
  const t = useT();
  if (!error) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("ui.error.title")}</MessageBarTitle>
        {t(error.key, error.params)}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => actions.dismissError()}>
          {t("ui.error.dismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
