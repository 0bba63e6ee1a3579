import { makeStyles, MessageBar, MessageBarBody, tokens, typographyStyles } from "@fluentui/react-components";
import { useId, useMemo, type JSX } from "react";
import { columnLetter } from "../../core/address";
import type { TableLayout } from "../../core/types";
import { usePaneState, useT } from "../pane-context";
import { columnLabel } from "../view/column-label";
import { columnOptions, type ColumnOption } from "../view/column-options";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  facts: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
});

export function TableSection(): JSX.Element | null {
  const { snapshot, analysis } = usePaneState();
  const styles = useStyles();
  const t = useT();
  const headingId = useId();
  const table = analysis?.table ?? null;
  const headerRows = table?.headerRows;
  const options = useMemo(() => (snapshot ? columnOptions(snapshot, headerRows ?? []) : []), [snapshot, headerRows]);
  if (!snapshot || !analysis) return null;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t("ui.table.heading")}
      </h2>
      {table ? (
        <TableFacts table={table} options={options} indicators={analysis.indicators.length} />
      ) : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("ui.table.notFound")}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

interface FactsProps {
  table: TableLayout;
  options: ColumnOption[];
  indicators: number;
}

function TableFacts({ table, options, indicators }: FactsProps): JSX.Element {
  const styles = useStyles();
  const t = useT();
  const describe = (col: number) => columnLabel(t, options, col);
  const actual = table.columns.actual;
  const others = table.resultColumns.filter((r) => r.col !== actual);
  return (
    <ul className={styles.facts}>
      <li>{t("ui.table.headerRows", { rows: table.headerRows.join(", ") })}</li>
      <li>{t("ui.table.bodyRows", { first: table.firstRow, last: table.lastRow })}</li>
      <li>{t("ui.table.indicators", { count: indicators })}</li>
      <li>
        {t("ui.table.result", {
          column: actual ? describe(actual) : t("ui.table.choice.none"),
          reason: t(`ui.table.choice.${table.actualChoice}`),
        })}
      </li>
      {others.length > 0 && (
        <li>{t("ui.table.otherResults", { columns: others.map((r) => describe(r.col)).join("; ") })}</li>
      )}
      {table.conflicts.map((c) => (
        <li key={c.role}>
          {t("ui.table.conflict", {
            role: t(`common.role.${c.role}`),
            columns: c.cols.map(columnLetter).join(", "),
            used: table.columns[c.role] ? columnLetter(table.columns[c.role] ?? 0) : "—",
          })}
        </li>
      ))}
    </ul>
  );
}
