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

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateColumns: `minmax(0, 1fr) ${PANE_WIDTH}`,
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  workbook: {
    display: "flex",
    flexDirection: "column",
    minHeight: 0,
    padding: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  note: { color: tokens.colorNeutralForeground3 },
  pane: {
    overflowY: "auto",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
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

/** Excel's layout in miniature: the workbook on the left, the task pane docked on the right. */
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
