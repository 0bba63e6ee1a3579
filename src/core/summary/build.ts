/**
 * The standard meeting summary of one analysed sheet, as a SummaryPlan: a status block, a block by group,
 * one row per indicator with status colours and its distance from plan in a meeting's words, three charts, and
 * under them the figures the attainment chart draws. Every host writes this same plan.
 */
import type { Band, Lang, SheetAnalysis } from "../types";
import { t } from "../i18n";
import { meetingParagraph, yearlyChangeText } from "../narrative/write";
import { sectionTitle } from "../narrative/title";
import { bandLabel as bandWords } from "../band-text";
import { indicatorGapText } from "../gap-text";
import { periodLabel } from "../judging-input";
import { hasPace, paceCounts, paceShown, type PaceShown } from "../counts";
import { COUNT, planValue, valueFormat } from "./plan-value";
import { labelColumnWidth } from "./text-width";
import {
  BAND_COLOR,
  HEADER_STYLE,
  type PlanCell,
  type PlanChart,
  type PlanColor,
  type PlanMerge,
  type SummaryPlan,
} from "./plan";

export interface SummaryOptions {
  lang: Lang;
  /** Where the figures came from: a file name, or null inside Excel. */
  file?: string | null;
  /** When the summary was made, already formatted for the reader. */
  generatedAt: string;
}

/** Columns of the indicator table, without the pace column a part of the plan period adds. */
const WIDTH = 8;
/** The status and group blocks start in the wide name column, leaving the narrow STT column free. */
const BLOCK = 2;
/** A share of indicators ("74,1 %") and an attainment ("78,41 %"), at the decimals the meeting paragraph uses. */
const PERCENT = "0.0%";
const ATTAINMENT = "0.00%";
/**
 * Bars the attainment chart draws at most: past a few hundred they are too thin to read (and a 100 000-bar chart
 * makes the workbook slow to open). The chart then shows the first ones and its title says how many of how many.
 */
const MAX_CHART_BARS = 300;

/**
 * The attainment chart stops at 200 % only when some bar would pass it; otherwise the axis fits the data. Rates
 * never reach it: they are judged in percentage points, so a poverty rate of 0,03 % under a 0,5 % ceiling shows
 * "+0,47 điểm %" rather than an attainment of 1 667 %.
 */
const ATTAINMENT_AXIS_MAX = 2;

/** The columns left of the band column, whose width is its longest label's in the sheet's language. */
const COLUMN_WIDTHS = [6, 52, 14, 14, 14, 14, 18];
/**
 * With a change a year in the actual column ("giảm bình quân 2.030 hộ/năm giai đoạn 2021–2025") the column takes
 * it in two lines, from the name column, so the table keeps its printed width: its first line, about 24 digits of
 * Times New Roman, fits the column's width less its margins.
 */
const CHANGE_WIDTHS = [6, 40, 14, 14, 26, 14, 18];
/** The table's band column. */
const STATUS_COL = 8;

const PACE_COLOR: Record<PaceShown, PlanColor> = { ahead: "ahead", on_track: "achieved", behind: "notAchieved" };
const PACES: readonly PaceShown[] = ["ahead", "on_track", "behind"];
/** The pace counts' labels sit in the table's attainment column, left of their counts. */
const PACE_COL = BLOCK + 4;

/**
 * The width that holds every pace label on one line in either language, so the summary reads the same in both: a
 * label wrapped in two ("Hoàn thành trước thời hạn") makes its row twice as high as the rest of the block.
 */
function paceLabelWidth(): number {
  return labelColumnWidth(
    (["vi", "en"] as const).flatMap((lang) => PACES.map((pace) => t(lang, `summary.pace.${pace}`))),
  );
}

/**
 * The widths with the band column after them, as wide as its longest label in the sheet's language: "Near target
 * (≥ 90% of plan)" is longer than "Gần đạt (≥ 90 % KH)", and wrapped it made each near row two lines high and pushed
 * the table's last rows onto a second printed page. No floor is needed: the near label, even at a one-digit threshold
 * ("Gần đạt (≥ 5 % KH)", 18 wide), is wider than anything else the column holds, its headers included.
 */
function statusWidths(widths: readonly number[], labels: readonly string[]): number[] {
  return [...widths, labelColumnWidth(labels)];
}

/**
 * The widths with the pace column added: it and the column of the pace counts' labels hold the same labels, so both
 * are wide enough for them and no indicator's row is two lines high for its pace alone.
 */
function pacedWidths(widths: readonly number[]): number[] {
  const label = paceLabelWidth();
  const paced = [...widths, label];
  paced[PACE_COL - 1] = Math.max(paced[PACE_COL - 1]!, label);
  return paced;
}

class Sheet {
  readonly cells: PlanCell[] = [];
  readonly merges: PlanMerge[] = [];
  put(row: number, col: number, value: PlanCell["value"], extra: Omit<PlanCell, "row" | "col" | "value"> = {}): void {
    this.cells.push({ row, col, value, ...extra });
  }
  header(row: number, labels: string[], firstCol = 1): void {
    labels.forEach((label, i) =>
      this.put(row, firstCol + i, label, {
        style: HEADER_STYLE,
      }),
    );
  }
}

function share(part: number, total: number): number | null {
  return total > 0 ? part / total : null;
}

/**
 * Pace counts beside the status block, in the columns it leaves free, only where the table has a pace to show
 * (hasPace, as the Pace column and the paragraph): "Hoàn thành trước thời hạn 12, Đúng tiến độ 2, Chậm tiến độ 0",
 * and under them which period and share they were judged against.
 */
function putPace(
  sheet: Sheet,
  analysis: SheetAnalysis,
  top: number,
  s: (key: string, params?: Record<string, string | number>) => string,
  lang: Lang,
  width: number,
): void {
  const { period, summary } = analysis;
  const counts = paceCounts(period, summary);
  if (!period || !hasPace(counts)) return;
  sheet.header(top, [s("pace.heading"), s("overall.count")], PACE_COL);
  const count: Record<PaceShown, number> = { ahead: counts.ahead, on_track: counts.onTrack, behind: counts.behind };
  PACES.forEach((pace, i) => {
    const color = PACE_COLOR[pace];
    sheet.put(top + 1 + i, PACE_COL, s(`pace.${pace}`), {
      style: { fill: color, fontColor: color, border: true, wrap: true },
    });
    sheet.put(top + 1 + i, PACE_COL + 1, count[pace], { format: COUNT, style: { border: true } });
  });
  const note = top + 1 + PACES.length;
  sheet.put(note, PACE_COL, s("pace.note", { label: periodLabel(period, lang), elapsed: period.elapsed }), {
    style: { italic: true, wrap: true },
  });
  sheet.merges.push({ top: note, left: PACE_COL, bottom: note + 1, right: width });
}

export function buildSummaryPlan(analysis: SheetAnalysis, options: SummaryOptions): SummaryPlan {
  const { lang } = options;
  const s = (key: string, params: Record<string, string | number> = {}) => t(lang, `summary.${key}`, params);
  const bandLabel = (band: Band) => bandWords(band, analysis.near, lang);
  const sheet = new Sheet();
  const { summary, indicators } = analysis;
  // A part of the plan period judges each cumulative figure's pace too; a whole period, or rates alone, has none.
  const paced = hasPace(paceCounts(analysis.period, summary));
  const width = paced ? WIDTH + 1 : WIDTH;

  sheet.put(1, 1, s("title"), { style: { bold: true, fontSize: 14, fontColor: "title", horizontal: "center" } });
  sheet.merges.push({ top: 1, left: 1, bottom: 1, right: width });
  const source = options.file
    ? s("source", { sheet: analysis.sheet, file: options.file, time: options.generatedAt })
    : s("sourceNoFile", { sheet: analysis.sheet, time: options.generatedAt });
  sheet.put(2, 1, source, { style: { italic: true, horizontal: "center" } });
  sheet.merges.push({ top: 2, left: 1, bottom: 2, right: width });
  sheet.put(3, 1, s("headline", { achieved: summary.achieved, total: summary.indicators }), {
    style: { bold: true, fontSize: 12, horizontal: "center" },
  });
  sheet.merges.push({ top: 3, left: 1, bottom: 3, right: width });
  // The meeting paragraph across the sheet's width, wrapped so it prints whole above the tables it sums up.
  sheet.put(4, 1, meetingParagraph(analysis, lang), { style: { wrap: true, horizontal: "left" } });
  sheet.merges.push({ top: 4, left: 1, bottom: 4, right: width });

  const overallTop = 6;
  sheet.header(overallTop, [s("overall.heading"), s("overall.count"), s("overall.share")], BLOCK);
  const bands: [Band, number][] = [
    ["achieved", summary.achieved],
    ["near", summary.near],
    ["not_achieved", summary.notAchieved],
    ["no_data", summary.noData],
  ];
  bands.forEach(([band, count], i) => {
    const row = overallTop + 1 + i;
    const color = BAND_COLOR[band];
    sheet.put(row, BLOCK, bandLabel(band), { style: { fill: color, fontColor: color, border: true } });
    sheet.put(row, BLOCK + 1, count, { format: COUNT, style: { border: true } });
    sheet.put(row, BLOCK + 2, share(count, summary.indicators), { format: PERCENT, style: { border: true } });
  });
  const totalRow = overallTop + 1 + bands.length;
  sheet.put(totalRow, BLOCK, s("overall.total"), { style: { bold: true, border: true } });
  sheet.put(totalRow, BLOCK + 1, summary.indicators, { format: COUNT, style: { bold: true, border: true } });
  const whole = summary.indicators > 0 ? 1 : null;
  sheet.put(totalRow, BLOCK + 2, whole, { format: PERCENT, style: { bold: true, border: true } });

  putPace(sheet, analysis, overallTop, s, lang, width);

  const groupTop = totalRow + 2;
  const byLead = summary.groupedBy === "lead";
  sheet.header(
    groupTop,
    [
      s(byLead ? "leads.heading" : "groups.heading"),
      s("groups.count"),
      bandLabel("achieved"),
      bandLabel("near"),
      bandLabel("not_achieved"),
      bandLabel("no_data"),
      s("groups.result"),
    ],
    BLOCK,
  );
  summary.byGroup.forEach((g, i) => {
    const row = groupTop + 1 + i;
    // As the paragraph and the pane name it, so the table and the chart it labels do not shout "CHỈ TIÊU DO NGÀNH …";
    // a lead is an agency's name, kept as typed.
    const name = g.group === null ? s(byLead ? "leads.none" : "groups.none") : byLead ? g.group : sectionTitle(g.group);
    sheet.put(row, BLOCK, name, { style: { wrap: true, border: true } });
    sheet.put(row, BLOCK + 1, g.indicators, { format: COUNT, style: { border: true } });
    sheet.put(row, BLOCK + 2, g.achieved, { format: COUNT, style: { border: true } });
    sheet.put(row, BLOCK + 3, g.near, { format: COUNT, style: { border: true } });
    sheet.put(row, BLOCK + 4, g.notAchieved, { format: COUNT, style: { border: true } });
    sheet.put(row, BLOCK + 5, g.noData, { format: COUNT, style: { border: true } });
    sheet.put(row, BLOCK + 6, `${g.achieved}/${g.indicators}`, { style: { horizontal: "center", border: true } });
  });
  const groupLast = groupTop + Math.max(summary.byGroup.length, 1);

  const headerRow = groupLast + 2;
  const changes = indicators.map((ind) => yearlyChangeText(ind, lang));
  const changed = changes.some((change) => change !== null);
  sheet.header(headerRow, [
    s("columns.number"),
    s("columns.name"),
    s("columns.unit"),
    s("columns.plan"),
    s("columns.actual"),
    s("columns.attainment"),
    s("columns.gap"),
    s("columns.status"),
    ...(paced ? [s("pace.heading")] : []),
  ]);
  indicators.forEach((ind, i) => {
    const row = headerRow + 1 + i;
    const color = BAND_COLOR[ind.band];
    const border = { border: true };
    // Numbered 1..n across groups (source tables restart at each section), so the chart can label bars by it.
    sheet.put(row, 1, i + 1, { format: "0", style: { ...border, horizontal: "center" } });
    sheet.put(row, 2, ind.name, { style: { ...border, wrap: true } });
    sheet.put(row, 3, ind.unit, { style: { ...border, horizontal: "center" } });
    const { value: plan, format } = planValue(ind, analysis.convention);
    // A target in words ("Mỗi năm giảm 2.000 hộ nghèo") is wider than the column, and its neighbours are never
    // empty: unwrapped, Excel cuts it at both edges and shows "n 2.000 hộ nghèo".
    if (typeof plan === "string") sheet.put(row, 4, plan, { style: { ...border, horizontal: "right", wrap: true } });
    else sheet.put(row, 4, plan, format ? { format, style: border } : { style: border });
    // Beside a target of a change a year the last year's level (690 hộ nghèo) reads as 690 of 2 000 done: the
    // change the row is judged by is what it achieved, worded as the paragraph words it.
    const change = changes[i]!;
    if (change !== null) sheet.put(row, 5, change, { style: { ...border, horizontal: "right", wrap: true } });
    else {
      sheet.put(row, 5, ind.actual, {
        format: ind.actual === null ? undefined : valueFormat(ind, ind.actual),
        style: border,
      });
    }
    // A rate's attainment (1 667 % for a poverty rate far under its ceiling) misleads; its gap in points says it.
    // A yearly change's attainment is its change ÷ the committed one, which is what it is judged by.
    const byPoints = ind.measure === "rate" && !ind.target?.perYear;
    sheet.put(row, 6, byPoints ? null : ind.attainment, { format: ATTAINMENT, style: border });
    sheet.put(row, 7, indicatorGapText(ind, lang), { style: { ...border, horizontal: "center" } });
    sheet.put(row, STATUS_COL, bandLabel(ind.band), {
      style: { ...border, fill: color, fontColor: color, wrap: true },
    });
    if (paced) {
      // Rates and levels have no pace: they are judged as they stand, and their cell stays empty.
      const shown = paceShown(ind);
      sheet.put(row, 9, shown && s(`pace.${shown}`), {
        style: shown ? { ...border, fill: PACE_COLOR[shown], fontColor: PACE_COLOR[shown], wrap: true } : border,
      });
    }
  });
  const lastRow = headerRow + Math.max(indicators.length, 1);

  const chartTop = lastRow + 2;
  const charts: PlanChart[] = [];
  // The attainment chart draws what is judged by attainment: every figure but rates, numbered as in the table.
  const charted = indicators.flatMap((ind, i) =>
    ind.measure !== "rate" && ind.attainment !== null ? [{ number: i + 1, ind }] : [],
  );
  const bars = Math.min(charted.length, MAX_CHART_BARS);
  const chartHeight = Math.max(18, Math.ceil(bars * 1.2));
  const secondTop = chartTop + (bars > 0 ? chartHeight + 1 : 0);
  const dataTitle = secondTop + 17;
  const dataHeader = dataTitle + 1;
  if (bars > 0) {
    const first = dataHeader + 1;
    const last = dataHeader + bars;
    charts.push({
      id: "attainment",
      kind: "column",
      title:
        bars < charted.length
          ? `${s("charts.attainment")} — ${s("charts.firstBars", { shown: bars, total: charted.length })}`
          : s("charts.attainment"),
      categories: { col: 1, firstRow: first, lastRow: last },
      series: [{ name: s("columns.attainment"), values: { col: 3, firstRow: first, lastRow: last } }],
      referenceLine: { name: s("charts.reference"), values: { col: 4, firstRow: first, lastRow: last } },
      anchor: { row: chartTop, col: 1, widthCols: width, heightRows: chartHeight },
      valueFormat: "0%",
      ...(charted.slice(0, bars).some(({ ind }) => (ind.attainment ?? 0) > ATTAINMENT_AXIS_MAX)
        ? { axisMax: ATTAINMENT_AXIS_MAX }
        : {}),
    });
    sheet.put(dataTitle, 1, s("chartData.title"), { style: { italic: true, fontColor: "noData" } });
    sheet.merges.push({ top: dataTitle, left: 1, bottom: dataTitle, right: width });
    sheet.header(dataHeader, [s("columns.number"), s("columns.name"), s("columns.attainment"), s("columns.reference")]);
    const muted = { border: true, fontColor: "noData" } as const;
    charted.slice(0, bars).forEach(({ number, ind }, i) => {
      const row = first + i;
      sheet.put(row, 1, number, { format: "0", style: { ...muted, horizontal: "center" } });
      sheet.put(row, 2, ind.name, { style: { ...muted, wrap: true } });
      sheet.put(row, 3, ind.attainment, { format: PERCENT, style: muted });
      sheet.put(row, 4, 1, { format: "0%", style: muted });
    });
  }
  charts.push({
    id: "status",
    kind: "pie",
    title: s("charts.status"),
    categories: { col: BLOCK, firstRow: overallTop + 1, lastRow: overallTop + bands.length },
    series: [
      {
        name: s("overall.count"),
        values: { col: BLOCK + 1, firstRow: overallTop + 1, lastRow: overallTop + bands.length },
      },
    ],
    anchor: { row: secondTop, col: 1, widthCols: 2, heightRows: 16 },
  });
  if (summary.byGroup.length > 0) {
    charts.push({
      id: "groups",
      kind: "stackedColumn",
      title: s(byLead ? "charts.leads" : "charts.groups"),
      categories: { col: BLOCK, firstRow: groupTop + 1, lastRow: groupLast },
      series: bands.map(([band], i) => ({
        name: bandLabel(band),
        values: { col: BLOCK + 2 + i, firstRow: groupTop + 1, lastRow: groupLast },
      })),
      anchor: { row: secondTop, col: 3, widthCols: width - 2, heightRows: 16 },
    });
  }

  const tableWidths = statusWidths(
    changed ? CHANGE_WIDTHS : COLUMN_WIDTHS,
    bands.map(([band]) => bandLabel(band)),
  );
  return {
    sheetName: s("sheetName"),
    cells: sheet.cells,
    merges: sheet.merges,
    columnWidths: paced ? pacedWidths(tableWidths) : tableWidths,
    headerRow,
    charts,
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: { first: headerRow, last: headerRow },
    },
  };
}
