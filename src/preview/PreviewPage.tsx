import { Caption1, FluentProvider, makeStyles, tokens, type Theme } from "@fluentui/react-components";
import { useState, type JSX } from "react";
import { t } from "../core/i18n";
import type { SummaryPlan } from "../core/summary/plan";
import type { Lang } from "../core/types";
import type { WorkbookHost } from "../host/workbook-host";
import { App } from "../taskpane/App";
import type { FakeExcel } from "../testing/fake-excel";
import { SheetView } from "./SheetView";
import { watchedHost } from "./watched-host";

const PANE_WIDTH = "360px";

/** Below this width the page is a phone or a pane-sized window: the pane takes the whole width, the workbook follows. */
const NARROW = "@media (max-width: 699px)";

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateColumns: `minmax(0, 1fr) ${PANE_WIDTH}`,
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    [NARROW]: { display: "flex", flexDirection: "column", height: "auto" },
  },
  workbook: {
    display: "flex",
    flexDirection: "column",
    minHeight: 0,
    overflowY: "auto",
    padding: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    [NARROW]: { overflowY: "visible" },
  },
  note: { color: tokens.colorNeutralForeground3 },
  pane: {
    overflowY: "auto",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    [NARROW]: { order: -1, overflowY: "visible", borderLeft: "none" },
  },
});

interface Props {
  excel: FakeExcel;
  host: WorkbookHost;
  theme: Theme;
  lang: Lang;
  /** True for the sample without its deliberate faults. */
  clean: boolean;
}

/**
 * Excel's layout in miniature: the workbook on the left, the task pane docked on the right. In a window as narrow as
 * a task pane (the end-to-end test uses 320 px) the pane is the page, as in Excel, with the workbook under it.
 */
export function PreviewPage({ excel, host, theme, lang, clean }: Props): JSX.Element {
  const styles = useStyles();
  const [version, setVersion] = useState(0);
  const [plans, setPlans] = useState<ReadonlyMap<string, SummaryPlan>>(new Map());
  const [watched] = useState(() =>
    watchedHost(
      host,
      () => setVersion((v) => v + 1),
      (plan, sheet) => setPlans((old) => new Map(old).set(sheet, plan)),
    ),
  );
  return (
    <FluentProvider theme={theme}>
      <div className={styles.page}>
        <div className={styles.workbook}>
          <Caption1 className={styles.note}>{t(lang, clean ? "ui.preview.noteClean" : "ui.preview.note")}</Caption1>
          <SheetView excel={excel} lang={lang} version={version} plans={plans} />
        </div>
        <aside className={styles.pane} aria-label={t(lang, "ui.preview.pane")}>
          <App host={watched} theme={theme} lang={lang} />
        </aside>
      </div>
    </FluentProvider>
  );
}
