/**
 * The "by unit" sheet of a summary workbook made from several inputs: one row per file and sheet with its
 * counts in the four bands and share achieved, a total, and a bar chart of the shares. Built as a SummaryPlan so the same
 * writer applies it.
 */
import { bandLabel } from "../band-text";
import { t } from "../i18n";
import { DEFAULT_NEAR } from "../judge";
import { BAND_COLOR, HEADER_STYLE, type PlanCell, type PlanStyle, type SummaryPlan } from "./plan";
import type { Band, Lang, Summary } from "../types";
import { COUNT } from "./plan-value";

export interface UnitEntry {
  /** The unit's name: the file name, with the sheet when the file has several. */
  unit: string;
  sheet: string | null;
  summary: Summary | null;
  /** The near threshold the unit's sheet was judged by; null with no figures. */
  near: number | null;
  errors: number;
  warnings: number;
  /** Why the entry has no figures (unreadable file, no table). */
  note: string | null;
  /** The sheet of the workbook that holds this unit's summary, which its row links to. */
  tab: string | null;
}

const PERCENT = "0.0%";
const WIDTHS = [6, 30, 16, 12, 12, 15, 15, 15, 15, 8, 10, 44];
const LAST_COL = WIDTHS.length;
const HEADER_ROW = 4;
/** The four bands every other sheet counts, in their order, from column E. */
const BANDS: [Band, (s: Summary) => number][] = [
  ["achieved", (s) => s.achieved],
  ["near", (s) => s.near],
  ["not_achieved", (s) => s.notAchieved],
  ["no_data", (s) => s.noData],
];
const FIRST_BAND = 5;
const SHARE_COL = FIRST_BAND + BANDS.length;

export function buildByUnitPlan(entries: UnitEntry[], files: number, lang: Lang, generatedAt: string): SummaryPlan {
  const c = (key: string, params: Record<string, string | number> = {}) => t(lang, `cli.consolidation.${key}`, params);
  const cells: PlanCell[] = [];
  const put = (row: number, col: number, value: PlanCell["value"], style: PlanStyle = {}, format?: string) =>
    cells.push({ row, col, value, style, ...(format ? { format } : {}) });

  put(1, 1, c("title"), { bold: true, fontSize: 14, fontColor: "title", horizontal: "center" });
  put(2, 1, c("source", { files: t(lang, "cli.count.files", { count: files }), time: generatedAt }), {
    italic: true,
    horizontal: "center",
  });
  // The near column names its threshold only when every unit was judged by the same one; each unit's sheet says its own.
  const thresholds = new Set(entries.flatMap((e) => (e.near === null ? [] : [e.near])));
  const near = thresholds.size === 1 ? [...thresholds][0]! : null;
  const bandHeader = (band: Band) =>
    band === "near" && near === null ? c("columns.near") : bandLabel(band, near ?? DEFAULT_NEAR, lang);
  [
    c("columns.number"),
    c("columns.unit"),
    c("columns.sheet"),
    c("columns.indicators"),
    ...BANDS.map(([band]) => bandHeader(band)),
    c("columns.share"),
    c("columns.errors"),
    c("columns.warnings"),
    c("columns.note"),
  ].forEach((label, i) => put(HEADER_ROW, i + 1, label, HEADER_STYLE));

  const border: PlanStyle = { border: true };
  entries.forEach((e, i) => {
    const row = HEADER_ROW + 1 + i;
    const s = e.summary;
    put(row, 1, i + 1, { ...border, horizontal: "center" });
    cells.push({
      row,
      col: 2,
      value: e.unit,
      style: { ...border, wrap: true },
      ...(e.tab ? { link: { sheet: e.tab } } : {}),
    });
    put(row, 3, e.sheet, border);
    put(row, 4, s?.indicators ?? null, border, COUNT);
    BANDS.forEach(([band, count], b) => {
      const color = BAND_COLOR[band];
      put(row, FIRST_BAND + b, s ? count(s) : null, s ? { ...border, fill: color, fontColor: color } : border, COUNT);
    });
    put(row, SHARE_COL, s && s.indicators > 0 ? s.achieved / s.indicators : null, border, PERCENT);
    put(row, SHARE_COL + 1, s ? e.errors : null, border, COUNT);
    put(row, SHARE_COL + 2, s ? e.warnings : null, border, COUNT);
    put(row, LAST_COL, e.note, { ...border, wrap: true });
  });

  const lastRow = HEADER_ROW + Math.max(entries.length, 1);
  const totalRow = lastRow + 1;
  const sum = (pick: (s: Summary) => number) => entries.reduce((n, e) => n + (e.summary ? pick(e.summary) : 0), 0);
  const bold: PlanStyle = { bold: true, border: true };
  const indicators = sum((s) => s.indicators);
  const achieved = sum((s) => s.achieved);
  put(totalRow, 2, c("total"), bold);
  put(totalRow, 4, indicators, bold, COUNT);
  BANDS.forEach(([, count], b) => put(totalRow, FIRST_BAND + b, sum(count), bold, COUNT));
  put(totalRow, SHARE_COL, indicators > 0 ? achieved / indicators : null, bold, PERCENT);
  put(
    totalRow,
    SHARE_COL + 1,
    entries.reduce((n, e) => n + e.errors, 0),
    bold,
    COUNT,
  );
  put(
    totalRow,
    SHARE_COL + 2,
    entries.reduce((n, e) => n + e.warnings, 0),
    bold,
    COUNT,
  );
  for (const col of [1, 3, LAST_COL]) put(totalRow, col, null, bold);

  const chartTop = totalRow + 2;
  return {
    sheetName: c("sheetName"),
    cells,
    merges: [
      { top: 1, left: 1, bottom: 1, right: LAST_COL },
      { top: 2, left: 1, bottom: 2, right: LAST_COL },
    ],
    columnWidths: WIDTHS,
    headerRow: HEADER_ROW,
    charts: [
      {
        id: "attainment",
        kind: "bar",
        title: c("chart"),
        categories: { col: 2, firstRow: HEADER_ROW + 1, lastRow },
        series: [{ name: c("columns.share"), values: { col: SHARE_COL, firstRow: HEADER_ROW + 1, lastRow } }],
        anchor: { row: chartTop, col: 1, widthCols: 8, heightRows: Math.max(12, Math.ceil(entries.length * 1.2) + 5) },
        valueFormat: "0%",
      },
    ],
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: { first: HEADER_ROW, last: HEADER_ROW },
    },
  };
}
