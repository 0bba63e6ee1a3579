import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { Component, type ReactNode } from "react";
import { t } from "../../core/i18n";
import type { Lang } from "../../core/types";

interface Props {
  lang: Lang;
  children: ReactNode;
}

/** Shows a render failure in the pane instead of leaving it blank. React offers this only as a class. */
export class CrashBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t(this.props.lang, "ui.error.crashed", { detail: error.message })}</MessageBarBody>
      </MessageBar>
    );
  }
}
