import { Caption1, makeStyles, mergeClasses, Tab, TabList, tokens, typographyStyles } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type CSSProperties, type JSX } from "react";
import { a1, columnLetter, parseA1 } from "../core/address";
import { t } from "../core/i18n";
import type { CellArea } from "../core/snapshot";
import type { SummaryPlan } from "../core/summary/plan";
import type { Lang } from "../core/types";
import type { CellState, FakeExcel, SheetState } from "../testing/fake-excel";
import { displayText } from "../testing/fake-excel/cell-text";
import { SummaryCharts } from "./SummaryCharts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, rowGap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  scroller: {
    flexGrow: 1,
    // Keeps the grid usable when a summary's charts share the column with it.
    minHeight: "320px",
    overflow: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  grid: { borderCollapse: "collapse", ...typographyStyles.caption1 },
  edge: {
    position: "sticky",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    zIndex: 1,
  },
  top: { top: 0 },
  left: { left: 0 },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    maxWidth: "16em",
    verticalAlign: "top",
    color: tokens.colorNeutralForeground1,
  },
  number: { textAlign: "right", whiteSpace: "nowrap" },
  link: { textDecoration: "underline" },
  selected: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  charts: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  excel: FakeExcel;
  lang: Lang;
  /** Bumped whenever the pane changed the workbook. */
  version: number;
  /** The summary plans written so far, by the sheet each became; their charts are drawn under that sheet. */
  plans: ReadonlyMap<string, SummaryPlan>;
}

/** A read-only picture of the fake workbook: values as displayed, fills, merges and the pane's selection. */
export function SheetView({ excel, lang, version, plans }: Props): JSX.Element {
  const styles = useStyles();
  const names = useMemo(() => excel.sheetNames(), [excel, version]);
  const [shown, setShown] = useState(() => excel.activeSheet() ?? names[0] ?? "");
  const selection = excel.selection;

  useEffect(() => {
    if (selection && names.includes(selection.sheet)) setShown(selection.sheet);
  }, [selection, names]);
  useEffect(() => {
    if (!names.includes(shown)) setShown(names[0] ?? "");
  }, [names, shown]);

  const sheet = names.includes(shown) ? excel.sheet(shown) : null;
  const selected = selection?.sheet === shown ? selection.address : null;
  const plan = sheet ? plans.get(sheet.name) : undefined;
  return (
    <section className={styles.root} aria-label={t(lang, "ui.preview.workbook")}>
      <h2 className={styles.heading}>{t(lang, "ui.preview.workbook")}</h2>
      <TabList selectedValue={shown} onTabSelect={(_, data) => setShown(String(data.value))} size="small">
        {names.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
      {sheet && <Grid sheet={sheet} selected={selected} locale={excel.numberLocale} key={`${sheet.name}:${version}`} />}
      {plan && <SummaryCharts plan={plan} lang={lang} />}
      {sheet && !plan && sheet.charts.length > 0 && (
        <Caption1 className={styles.charts}>
          {t(lang, "ui.preview.charts", { titles: sheet.charts.map((c) => c.title ?? c.name).join("; ") })}
        </Caption1>
      )}
    </section>
  );
}

interface GridProps {
  sheet: SheetState;
  selected: string | null;
  locale: FakeExcel["numberLocale"];
}

function Grid({ sheet, selected, locale }: GridProps): JSX.Element {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const { rows, cols } = extent(sheet);
  const covered = coveredCells(sheet.merges);
  const mergeAt = new Map(sheet.merges.map((m) => [a1(m.top, m.left), m]));

  useEffect(() => {
    const target = selected ? scroller.current?.querySelector(`[data-cell="${selected.split(":")[0]}"]`) : null;
    target?.scrollIntoView({ block: "center", inline: "nearest" });
  }, [selected]);

  return (
    <div className={styles.scroller} ref={scroller}>
      <table className={styles.grid} data-sheet={sheet.name}>
        <thead>
          <tr>
            <th className={mergeClasses(styles.edge, styles.top, styles.left)} />
            {range(cols).map((c) => (
              <th key={c} scope="col" className={mergeClasses(styles.edge, styles.top)}>
                {columnLetter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {range(rows).map((r) => (
            <tr key={r}>
              <th scope="row" className={mergeClasses(styles.edge, styles.left)}>
                {r}
              </th>
              {range(cols).map((c) => {
                const address = a1(r, c);
                if (covered.has(address)) return null;
                const merge = mergeAt.get(address);
                const cell = sheet.cells[address];
                const isSelected = selected?.split(":")[0] === address;
                return (
                  <td
                    key={c}
                    data-cell={address}
                    data-selected={isSelected || undefined}
                    data-kind={cell?.error ? "error" : cell?.value == null ? undefined : typeof cell.value}
                    data-link={cell?.hyperlink?.documentReference ?? cell?.hyperlink?.address}
                    rowSpan={merge ? merge.bottom - merge.top + 1 : undefined}
                    colSpan={merge ? merge.right - merge.left + 1 : undefined}
                    className={mergeClasses(
                      styles.cell,
                      typeof cell?.value === "number" && styles.number,
                      cell?.hyperlink && styles.link,
                      isSelected && styles.selected,
                    )}
                    style={{ ...(cell ? cellStyle(cell) : {}), ...conditionalStyle(sheet, r, c) }}
                  >
                    {cell ? displayText(cell.value, cell.error, cell.format, locale) : ""}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The workbook's own formatting (its colours are data, not the page's theme). */
function cellStyle(cell: CellState): CSSProperties {
  const style = cell.style;
  if (!style) return {};
  return {
    backgroundColor: style.fill ? `#${style.fill.replace(/^#/, "")}` : undefined,
    color: style.fontColor ? `#${style.fontColor.replace(/^#/, "")}` : undefined,
    fontWeight: style.bold ? "bold" : undefined,
    fontStyle: style.italic ? "italic" : undefined,
    textAlign: style.horizontal === "Center" || style.horizontal === "center" ? "center" : undefined,
    whiteSpace: style.wrap ? "normal" : undefined,
  };
}

/**
 * Conditional formats drawn as if their rule held: the fake keeps rules, not their results, and the only ones the
 * add-in writes (its highlights) always hold. The first matching one wins, as Excel's priority order does.
 */
function conditionalStyle(sheet: SheetState, row: number, col: number): CSSProperties {
  const format = sheet.conditionalFormats.find(
    (f) =>
      (f.fill || f.fontColor) &&
      f.areas.some((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right),
  );
  if (!format) return {};
  return {
    backgroundColor: format.fill ? `#${format.fill.replace(/^#/, "")}` : undefined,
    color: format.fontColor ? `#${format.fontColor.replace(/^#/, "")}` : undefined,
  };
}

function extent(sheet: SheetState): { rows: number; cols: number } {
  let rows = 1;
  let cols = 1;
  for (const address of Object.keys(sheet.cells)) {
    const at = parseA1(address);
    if (!at) continue;
    rows = Math.max(rows, at.row);
    cols = Math.max(cols, at.col);
  }
  for (const m of sheet.merges) {
    rows = Math.max(rows, m.bottom);
    cols = Math.max(cols, m.right);
  }
  return { rows, cols };
}

function coveredCells(merges: CellArea[]): Set<string> {
  const out = new Set<string>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) out.add(a1(r, c));
    }
  }
  return out;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}
