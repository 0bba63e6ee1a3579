import { FluentProvider, type Theme } from "@fluentui/react-components";
import { useEffect, useState, type JSX } from "react";
import { takePendingRibbonNotice } from "../commands/ribbon-notices";
import { langFromLocale } from "../core/i18n";
import type { Lang } from "../core/types";
import type { WorkbookHost } from "../host/workbook-host";
import { CrashBoundary } from "./components/CrashBoundary";
import { Pane } from "./components/Pane";
import { PaneContext, type PaneContextValue } from "./pane-context";
import { PaneActions } from "./state/pane-actions";
import { PaneStore } from "./state/pane-state";
import { useRibbonNotices } from "./use-ribbon-notices";

export interface AppProps {
  host: WorkbookHost;
  /** The Fluent theme matching Office's (see themeForOffice); tests and the preview pass their own. */
  theme: Theme;
  /** Starting language; by default Office's display language. */
  lang?: Lang;
  /** Clock for the summary's "generated at" line. */
  now?: () => Date;
  /** Where the ribbon commands publish their notices (see ribbon-notices.ts): the shared window in Excel. */
  events?: EventTarget;
}

export function App({ host, theme, lang, now, events = window }: AppProps): JSX.Element {
  const [pane] = useState<PaneContextValue>(() => {
    const store = new PaneStore(lang ?? langFromLocale(host.displayLanguage()));
    return { store, actions: new PaneActions(host, store, now) };
  });
  useEffect(() => {
    void pane.actions.start(takePendingRibbonNotice(events));
  }, [pane, events]);
  useRibbonNotices(events, pane.actions);
  return (
    <FluentProvider theme={theme}>
      <PaneContext.Provider value={pane}>
        <CrashBoundary lang={pane.store.getState().lang}>
          <Pane />
        </CrashBoundary>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
