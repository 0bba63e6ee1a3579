import { makeStyles, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useId, useMemo, type JSX } from "react";
import { columnLetter } from "../../core/address";
import { formatNumber } from "../../core/numbers";
import type { Breakdown, Indicator, TableLayout } from "../../core/types";
import { usePaneState, useT } from "../pane-context";
import { columnLabel } from "../view/column-label";
import { columnOptions, type ColumnOption } from "../view/column-options";
import { facts, section } from "./pane-styles";

const useStyles = makeStyles({
  ...section,
  facts,
  note: { margin: 0 },
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
        <>
          <TableFacts table={table} options={options} indicators={analysis.indicators.length} />
          <Breakdowns indicators={analysis.indicators} />
        </>
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

/** The rows that split an indicator, listed under it: not counted, but never out of sight. */
function Breakdowns({ indicators }: { indicators: Indicator[] }): JSX.Element | null {
  const styles = useStyles();
  const t = useT();
  const { lang } = usePaneState();
  const parents = indicators.filter((i) => (i.breakdowns?.length ?? 0) > 0);
  if (parents.length === 0) return null;
  const count = parents.reduce((n, i) => n + (i.breakdowns?.length ?? 0), 0);
  const figure = (b: Breakdown) => {
    if (b.actual === null) return t("ui.table.breakdownEmpty", { label: b.label, cell: b.cell });
    const unit = b.unit.trim();
    const value =
      unit === "%" ? formatNumber(b.actual, lang, { percent: true }) : `${formatNumber(b.actual, lang)} ${unit}`;
    return t("ui.table.breakdown", { label: b.label, value: value.trim(), cell: b.cell });
  };
  return (
    <div>
      <p className={styles.note}>{t("ui.table.breakdowns", { count })}</p>
      <ul className={styles.facts}>
        {parents.map((i) => (
          <li key={i.row}>
            {t("ui.table.breakdownParent", { row: i.row, name: i.name })}
            <ul className={styles.facts}>
              {(i.breakdowns ?? []).map((b) => (
                <li key={b.row}>{figure(b)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
