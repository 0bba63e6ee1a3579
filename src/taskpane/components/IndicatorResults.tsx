import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { JSX } from "react";
import { columnLetter } from "../../core/address";
import { indicatorGapText } from "../../core/gap-text";
import { BANDS, type Band, type SheetAnalysis } from "../../core/types";
import { useActions, usePaneState, useT } from "../pane-context";
import { bandColor } from "../view/band-color";
import { plainList, rowButton, section } from "./pane-styles";

const useStyles = makeStyles({
  ...section,
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: plainList,
  item: rowButton,
  badge: { flexShrink: 0 },
  text: { display: "flex", flexDirection: "column", minWidth: 0 },
  gap: { color: tokens.colorNeutralForeground2 },
});

/**
 * Each indicator's band and its distance from plan, in the meeting's words ("còn thiếu 21,6 %", "+0,47 điểm %"),
 * in the table's order; clicking one selects its result cell in Excel.
 */
export function IndicatorResults({ analysis }: { analysis: SheetAnalysis }): JSX.Element | null {
  const { lang } = usePaneState();
  const actions = useActions();
  const styles = useStyles();
  const t = useT();
  const { indicators, summary, table } = analysis;
  if (indicators.length === 0) return null;
  const actual = table?.columns.actual;
  const counts: Record<Band, number> = {
    achieved: summary.achieved,
    near: summary.near,
    not_achieved: summary.notAchieved,
    no_data: summary.noData,
  };
  return (
    <section className={styles.root} aria-label={t("ui.results.heading")}>
      <h2 className={styles.heading}>{t("ui.results.heading")}</h2>
      <div className={styles.counts}>
        {BANDS.map((band) => (
          <Badge key={band} appearance="tint" color={bandColor(band)} size="large">
            {t(`ui.results.count.${band}`, { count: counts[band] })}
          </Badge>
        ))}
      </div>
      <ul className={styles.list}>
        {indicators.map((indicator) => {
          const cell = actual === undefined ? null : `${columnLetter(actual)}${indicator.row}`;
          const gap = indicatorGapText(indicator, lang);
          return (
            <li key={indicator.row}>
              <Button
                appearance="subtle"
                className={styles.item}
                disabled={cell === null}
                title={cell ? t("ui.check.goTo", { cell }) : undefined}
                onClick={() => cell && void actions.selectCell(cell)}
              >
                <Badge className={styles.badge} appearance="filled" color={bandColor(indicator.band)}>
                  {t(`ui.results.band.${indicator.band}`)}
                </Badge>
                <span className={styles.text}>
                  <span>{indicator.name}</span>
                  {gap && <span className={styles.gap}>{gap}</span>}
                </span>
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
