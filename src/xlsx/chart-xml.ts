/**
 * The DrawingML chart part (xl/charts/chartN.xml) of a plan chart, built as a string. Elements follow the order
 * of the ECMA-376 schema (CT_ChartSpace, CT_BarChart, CT_BarSer, CT_CatAx, CT_ValAx…): Excel refuses a chart
 * whose children are out of order, where LibreOffice is lenient, so a file that opens in LibreOffice proves little.
 */
import { columnLetter, sheetReference } from "../core/address";
import {
  SUMMARY_COLORS,
  type PlanCell,
  type PlanChart,
  type PlanColor,
  type PlanRange,
  type SummaryPlan,
} from "../core/summary/plan";
import { EXCEL_LIMITS } from "./excel-limits";
import { SUMMARY_FONT } from "./plan-style";
import { escapeXml } from "./xml-escape";

const AXIS_TEXT_COLOR = "404040";
const LINE_COLOR = "D9D9D9";
const SERIES_COLOR = SUMMARY_COLORS.header.fill;
const REFERENCE_COLOR = SUMMARY_COLORS.notAchieved.font;
const TRACK_COLOR = "D9D9D9";
const STATUS_COLORS: PlanColor[] = ["achieved", "near", "notAchieved", "noData"];
const CAT_AX = 100000000;
const VAL_AX = 100000001;
/** A zero count gets no label: stacked on its neighbour's, a "0" would cover that one's figure. */
const HIDE_ZERO = "#,##0;-#,##0;;";

function rangeRef(sheet: string, range: PlanRange): string {
  const col = columnLetter(range.col);
  return sheetReference(sheet, `$${col}$${range.firstRow}:$${col}$${range.lastRow}`);
}

/**
 * The cell that names a series: a plan cell holding exactly the series name (in the series' own column first),
 * else the heading right above the values. A series name is written as a reference, never as text: Excel
 * repairs a chart whose series name is a plain text where it expects a formula.
 */
function nameCell(plan: SummaryPlan, name: string, values: PlanRange): PlanCell | undefined {
  const same = plan.cells.filter((c) => c.value === name);
  return (
    same.find((c) => c.col === values.col && c.row < values.firstRow) ??
    same[0] ??
    plan.cells.find((c) => c.col === values.col && c.row === values.firstRow - 1 && typeof c.value === "string")
  );
}

/** The status colour of a label, taken from the plan cell that shows it (the table and the chart agree). */
function statusColor(plan: SummaryPlan, label: string | number | null | undefined): string | undefined {
  const cell = plan.cells.find((c) => c.value === label && c.style?.fill && STATUS_COLORS.includes(c.style.fill));
  return cell?.style?.fill ? SUMMARY_COLORS[cell.style.fill].fill : undefined;
}

const val = (tag: string, value: string | number) => `<${tag} val="${escapeXml(String(value))}"/>`;
const fill = (color: string) => `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
const fonts = `<a:latin typeface="${SUMMARY_FONT}"/><a:ea typeface="${SUMMARY_FONT}"/><a:cs typeface="${SUMMARY_FONT}"/>`;
const line = (color: string, extra = "") =>
  `<a:ln w="9525" cap="flat" cmpd="sng" algn="ctr">${fill(color)}${extra}</a:ln>`;

/** Text properties of axis labels, legends and data labels: 9 pt dark grey in the summary's font. */
function smallText(): string {
  return (
    '<txPr><a:bodyPr rot="0" spcFirstLastPara="1" vertOverflow="ellipsis" vert="horz" wrap="square" anchor="ctr" anchorCtr="1"/>' +
    `<a:lstStyle/><a:p><a:pPr><a:defRPr sz="900" b="0" i="0">${fill(AXIS_TEXT_COLOR)}${fonts}</a:defRPr></a:pPr>` +
    '<a:endParaRPr lang="en-US"/></a:p></txPr>'
  );
}

function title(text: string): string {
  const color = SUMMARY_COLORS.title.font;
  return (
    '<title><tx><rich><a:bodyPr rot="0" spcFirstLastPara="1" vertOverflow="ellipsis" vert="horz" wrap="square" anchor="ctr" anchorCtr="1"/><a:lstStyle/>' +
    `<a:p><a:pPr><a:defRPr sz="1200" b="1">${fill(color)}${fonts}</a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="1200" b="1">${fill(color)}${fonts}</a:rPr><a:t>${escapeXml(text)}</a:t></a:r></a:p>` +
    `</rich></tx>${val("overlay", 0)}</title>`
  );
}

interface Labels {
  percent?: boolean;
  value?: boolean;
  format?: string;
}

function dataLabels({ percent = false, value = false, format }: Labels): string {
  return (
    "<dLbls>" +
    (format ? `<numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/>` : "") +
    "<spPr><a:noFill/><a:ln><a:noFill/></a:ln></spPr>" +
    val("showLegendKey", 0) +
    val("showVal", value ? 1 : 0) +
    val("showCatName", 0) +
    val("showSerName", 0) +
    val("showPercent", percent ? 1 : 0) +
    val("showBubbleSize", 0) +
    (percent ? val("showLeaderLines", 1) : "") +
    "</dLbls>"
  );
}

interface Series {
  name: string;
  values: PlanRange;
  color: string;
}

/** The plan cells of the columns a plan's charts show, by position: the caches beside each reference come from them. */
type ChartedCells = Map<number, PlanCell>;

/** A cell's key among the charted cells: a row's columns never reach past Excel's last one. */
const position = (row: number, col: number) => row * EXCEL_LIMITS.columns + col;

function chartedCells(plan: SummaryPlan): ChartedCells {
  const cols = new Set<number>();
  for (const chart of plan.charts) {
    cols.add(chart.categories.col);
    for (const s of chart.series) cols.add(s.values.col);
    if (chart.referenceLine) cols.add(chart.referenceLine.values.col);
  }
  const cells: ChartedCells = new Map();
  for (const cell of plan.cells) if (cols.has(cell.col)) cells.set(position(cell.row, cell.col), cell);
  return cells;
}

function rangeCells(cells: ChartedCells, range: PlanRange): (PlanCell | undefined)[] {
  const out: (PlanCell | undefined)[] = [];
  for (let row = range.firstRow; row <= range.lastRow; row++) out.push(cells.get(position(row, range.col)));
  return out;
}

/**
 * A reference's cached values, as Excel writes them: viewers that do not recalculate (phone previews, mail
 * attachments) draw the chart from these, and Excel replaces them with the cells' values when it opens the file.
 */
function strCache(values: (string | number | null | undefined)[]): string {
  const points = values.map((v, i) =>
    v === null || v === undefined || v === "" ? "" : `<pt idx="${i}"><v>${escapeXml(String(v))}</v></pt>`,
  );
  return `<strCache>${val("ptCount", values.length)}${points.join("")}</strCache>`;
}

function numCache(cells: (PlanCell | undefined)[]): string {
  const finite = (c: PlanCell | undefined): c is PlanCell & { value: number } =>
    typeof c?.value === "number" && Number.isFinite(c.value);
  const format = cells.find(finite)?.format ?? "General";
  const points = cells.map((c, i) => (finite(c) ? `<pt idx="${i}"><v>${c.value}</v></pt>` : ""));
  return `<numCache><formatCode>${escapeXml(format)}</formatCode>${val("ptCount", cells.length)}${points.join("")}</numCache>`;
}

function seriesHead(plan: SummaryPlan, s: Series, index: number): string {
  const name = nameCell(plan, s.name, s.values);
  const tx = name
    ? `<tx><strRef><f>${escapeXml(sheetReference(plan.sheetName, `$${columnLetter(name.col)}$${name.row}`))}</f>` +
      `${strCache([name.value])}</strRef></tx>`
    : "";
  return val("idx", index) + val("order", index) + tx;
}

function seriesData(plan: SummaryPlan, chart: PlanChart, s: Series, cells: ChartedCells): string {
  const categories = rangeCells(cells, chart.categories).map((c) => c?.value);
  return (
    `<cat><strRef><f>${escapeXml(rangeRef(plan.sheetName, chart.categories))}</f>${strCache(categories)}</strRef></cat>` +
    `<val><numRef><f>${escapeXml(rangeRef(plan.sheetName, s.values))}</f>${numCache(rangeCells(cells, s.values))}</numRef></val>`
  );
}

function barSeries(
  plan: SummaryPlan,
  chart: PlanChart,
  cells: ChartedCells,
  s: Series,
  index: number,
  labels?: Labels,
): string {
  return (
    `<ser>${seriesHead(plan, s, index)}<spPr>${fill(s.color)}</spPr>${val("invertIfNegative", 0)}` +
    `${labels ? dataLabels(labels) : ""}${seriesData(plan, chart, s, cells)}</ser>`
  );
}

function axisIds(): string {
  return val("axId", CAT_AX) + val("axId", VAL_AX);
}

function categoryAxis(position: "b" | "l", reversed: boolean): string {
  return (
    `<catAx>${val("axId", CAT_AX)}<scaling>${val("orientation", reversed ? "maxMin" : "minMax")}</scaling>` +
    `${val("delete", 0)}${val("axPos", position)}<numFmt formatCode="General" sourceLinked="1"/>` +
    `${val("majorTickMark", "none")}${val("minorTickMark", "none")}${val("tickLblPos", "nextTo")}` +
    `<spPr>${line(LINE_COLOR)}</spPr>${smallText()}${val("crossAx", VAL_AX)}${val("crosses", "autoZero")}` +
    `${val("auto", 1)}${val("lblAlgn", "ctr")}${val("lblOffset", 100)}${val("noMultiLvlLbl", 0)}</catAx>`
  );
}

/** The value axis starts at 0, and stops at the plan's bound only where the plan sets one. */
function valueAxis(chart: PlanChart, position: "b" | "l", majorUnit?: number): string {
  const max = chart.axisMax !== undefined ? val("max", chart.axisMax) : "";
  return (
    `<valAx>${val("axId", VAL_AX)}<scaling>${val("orientation", "minMax")}${max}${val("min", 0)}</scaling>` +
    `${val("delete", 0)}${val("axPos", position)}<majorGridlines><spPr>${line(LINE_COLOR)}</spPr></majorGridlines>` +
    `<numFmt formatCode="${escapeXml(chart.valueFormat ?? "General")}" sourceLinked="0"/>` +
    `${val("majorTickMark", "none")}${val("minorTickMark", "none")}${val("tickLblPos", "nextTo")}` +
    `<spPr>${line(LINE_COLOR)}</spPr>${smallText()}${val("crossAx", CAT_AX)}${val("crosses", "autoZero")}` +
    `${val("crossBetween", "between")}${majorUnit !== undefined ? val("majorUnit", majorUnit) : ""}</valAx>`
  );
}

function legend(position: "b" | "r" | null): string {
  return position ? `<legend>${val("legendPos", position)}${val("overlay", 0)}${smallText()}</legend>` : "";
}

interface Body {
  plot: string;
  legend: "b" | "r" | null;
}

function pie(plan: SummaryPlan, chart: PlanChart, cells: ChartedCells): Body {
  const first = chart.series[0];
  if (!first) return { plot: `<pieChart>${val("varyColors", 1)}${val("firstSliceAng", 0)}</pieChart>`, legend: "r" };
  const points: string[] = [];
  for (let row = chart.categories.firstRow; row <= chart.categories.lastRow; row++) {
    const label = plan.cells.find((c) => c.row === row && c.col === chart.categories.col)?.value;
    const color = statusColor(plan, label);
    if (color) {
      const index = row - chart.categories.firstRow;
      points.push(`<dPt>${val("idx", index)}${val("bubble3D", 0)}<spPr>${fill(color)}</spPr></dPt>`);
    }
  }
  const s = { ...first, color: SERIES_COLOR };
  const ser = `<ser>${seriesHead(plan, s, 0)}${points.join("")}${dataLabels({ percent: true })}${seriesData(plan, chart, s, cells)}</ser>`;
  return { plot: `<pieChart>${val("varyColors", 1)}${ser}${val("firstSliceAng", 0)}</pieChart>`, legend: "r" };
}

function stackedColumn(plan: SummaryPlan, chart: PlanChart, cells: ChartedCells): Body {
  const series = chart.series
    .map((s, i) => ({ ...s, color: statusColor(plan, s.name) ?? (i === 0 ? SERIES_COLOR : TRACK_COLOR) }))
    .map((s, i) => barSeries(plan, chart, cells, s, i, { value: true, format: HIDE_ZERO }));
  const bars =
    `<barChart>${val("barDir", "col")}${val("grouping", "stacked")}${val("varyColors", 0)}${series.join("")}` +
    `${val("gapWidth", 150)}${val("overlap", 100)}${axisIds()}</barChart>`;
  return { plot: bars + categoryAxis("b", false) + valueAxis(chart, "l", 1), legend: "b" };
}

/** The 100 % reference of a column chart: a dashed line series over the columns, on the same axes. */
function column(plan: SummaryPlan, chart: PlanChart, cells: ChartedCells): Body {
  const main = chart.series.map((s, i) => barSeries(plan, chart, cells, { ...s, color: SERIES_COLOR }, i));
  const bars =
    `<barChart>${val("barDir", "col")}${val("grouping", "clustered")}${val("varyColors", 0)}${main.join("")}` +
    `${val("gapWidth", 150)}${axisIds()}</barChart>`;
  const reference = chart.referenceLine;
  let lines = "";
  if (reference) {
    const s = { ...reference, color: REFERENCE_COLOR };
    const dashed = `<a:ln w="19050" cap="rnd">${fill(REFERENCE_COLOR)}<a:prstDash val="dash"/><a:round/></a:ln>`;
    const ser =
      `<ser>${seriesHead(plan, s, main.length)}<spPr>${dashed}</spPr><marker>${val("symbol", "none")}</marker>` +
      `${seriesData(plan, chart, s, cells)}${val("smooth", 0)}</ser>`;
    lines = `<lineChart>${val("grouping", "standard")}${val("varyColors", 0)}${ser}${val("marker", 1)}${axisIds()}</lineChart>`;
  }
  return {
    plot: bars + lines + categoryAxis("b", false) + valueAxis(chart, "l"),
    legend: reference || main.length > 1 ? "b" : null,
  };
}

/**
 * A horizontal bar chart cannot carry a line series that Excel draws the same way (Excel lays the line along a
 * horizontal category axis), so there the reference is a grey track bar behind each bar: bars that end inside
 * the track fell short of plan, bars that pass it exceeded plan. Categories run top to bottom in the table's order.
 */
function bar(plan: SummaryPlan, chart: PlanChart, cells: ChartedCells): Body {
  const reference = chart.referenceLine;
  const all: Series[] = [
    ...(reference ? [{ ...reference, color: TRACK_COLOR }] : []),
    ...chart.series.map((s) => ({ ...s, color: SERIES_COLOR })),
  ];
  const bars =
    `<barChart>${val("barDir", "bar")}${val("grouping", "clustered")}${val("varyColors", 0)}` +
    `${all.map((s, i) => barSeries(plan, chart, cells, s, i)).join("")}${val("gapWidth", 60)}${val("overlap", 100)}` +
    `${axisIds()}</barChart>`;
  return { plot: bars + categoryAxis("l", true) + valueAxis(chart, "b"), legend: all.length > 1 ? "b" : null };
}

const BODY: Record<PlanChart["kind"], (plan: SummaryPlan, chart: PlanChart, cells: ChartedCells) => Body> = {
  pie,
  stackedColumn,
  column,
  bar,
};

/** The chart parts of a plan's charts, in order; their data are references to the plan sheet's own cells, with their values. */
export function chartXmls(plan: SummaryPlan): string[] {
  const cells = chartedCells(plan);
  return plan.charts.map((chart) => chartXml(plan, chart, cells));
}

function chartXml(plan: SummaryPlan, chart: PlanChart, cells: ChartedCells): string {
  const body = BODY[chart.kind](plan, chart, cells);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<chartSpace xmlns="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `${val("date1904", 0)}${val("lang", "en-US")}${val("roundedCorners", 0)}` +
    `<chart>${title(chart.title)}${val("autoTitleDeleted", 0)}<plotArea><layout/>${body.plot}</plotArea>` +
    `${legend(body.legend)}${val("plotVisOnly", 0)}${val("dispBlanksAs", "gap")}</chart>` +
    `<spPr>${fill("FFFFFF")}${line(LINE_COLOR)}</spPr>` +
    "</chartSpace>"
  );
}
