import type { Chart, ChartSeries, Fill } from "excelize-wasm";
import { columnLetter } from "../core/address";
import { SUMMARY_COLORS, type PlanChart, type PlanColor, type PlanRange, type SummaryPlan } from "../core/summary/plan";
import type { Excelize } from "./excelize";
import { SUMMARY_FONT } from "./plan-style";

const AXIS_FONT = { Family: SUMMARY_FONT, Color: "404040", Size: 9 };
const SERIES_COLOR = SUMMARY_COLORS.header.fill;
const REFERENCE_COLOR = SUMMARY_COLORS.notAchieved.font;
const TRACK_COLOR = "D9D9D9";
const STATUS_COLORS: PlanColor[] = ["achieved", "near", "notAchieved", "noData"];
/**
 * excelize turns a chart's pixel size into the cells it spans counting 8 px per character of column width and
 * 18 px per 15 pt row; Excel and LibreOffice then stretch the chart over exactly those cells. Sizing the chart
 * in excelize's units makes it cover the plan's anchor cells and nothing more.
 */
const EXCELIZE_PX_PER_CHAR = 8;
const EXCELIZE_PX_PER_ROW = 18;
const DEFAULT_COLUMN_CHARS = 8.43;

function solid(color: string): Fill {
  return { Type: "pattern", Pattern: 1, Color: [color] };
}

export function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

function rangeRef(sheet: string, range: PlanRange): string {
  const col = columnLetter(range.col);
  return `${sheetRef(sheet)}!$${col}$${range.firstRow}:$${col}$${range.lastRow}`;
}

/**
 * The cell that names a series: a plan cell holding exactly the series name (in the series' own column first),
 * else the heading right above the values. excelize writes a series name as a formula, so a plain text would
 * make the chart part invalid for Excel.
 */
function nameRef(plan: SummaryPlan, name: string, values: PlanRange): string | undefined {
  const same = plan.cells.filter((c) => c.value === name);
  const cell =
    same.find((c) => c.col === values.col && c.row < values.firstRow) ??
    same[0] ??
    plan.cells.find((c) => c.col === values.col && c.row === values.firstRow - 1 && typeof c.value === "string");
  return cell ? `${sheetRef(plan.sheetName)}!$${columnLetter(cell.col)}$${cell.row}` : undefined;
}

/** The status colour of a label, taken from the plan cell that shows it (the table and the chart agree). */
function statusColor(plan: SummaryPlan, label: string | number | null | undefined): string | undefined {
  const cell = plan.cells.find((c) => c.value === label && c.style?.fill && STATUS_COLORS.includes(c.style.fill));
  return cell?.style?.fill ? SUMMARY_COLORS[cell.style.fill].fill : undefined;
}

function series(plan: SummaryPlan, chart: PlanChart, name: string, values: PlanRange, color?: string): ChartSeries {
  const ref = nameRef(plan, name, values);
  return {
    ...(ref ? { Name: ref } : {}),
    Categories: rangeRef(plan.sheetName, chart.categories),
    Values: rangeRef(plan.sheetName, values),
    ...(color ? { Fill: solid(color) } : {}),
  };
}

function dimension(plan: SummaryPlan, chart: PlanChart): { Width: number; Height: number } {
  let width = 0;
  for (let c = chart.anchor.col; c < chart.anchor.col + chart.anchor.widthCols; c++) {
    width += (plan.columnWidths[c - 1] ?? DEFAULT_COLUMN_CHARS) * EXCELIZE_PX_PER_CHAR;
  }
  return { Width: Math.round(width), Height: chart.anchor.heightRows * EXCELIZE_PX_PER_ROW };
}

export interface ExcelizeChart {
  chart: Chart;
  combo?: Chart;
}

/**
 * The excelize form of a plan chart. The 100 % reference of a column chart is a dashed line series over the
 * columns. A horizontal bar chart cannot carry a line series that Excel draws the same way (Excel lays the line
 * along a horizontal category axis), so there the reference is a grey track bar behind each bar: bars that end
 * inside the track fell short of plan, bars that pass it exceeded plan.
 */
export function excelizeChart(ex: Excelize, plan: SummaryPlan, chart: PlanChart): ExcelizeChart {
  const valueAxis = {
    Font: AXIS_FONT,
    MajorGridLines: true,
    Minimum: 0,
    ...(chart.axisMax !== undefined ? { Maximum: chart.axisMax } : {}),
    ...(chart.valueFormat ? { NumFmt: { CustomNumFmt: chart.valueFormat } } : {}),
  };
  const common = {
    Title: {
      Paragraph: [
        { Text: chart.title, Font: { Family: SUMMARY_FONT, Bold: true, Size: 12, Color: SUMMARY_COLORS.title.font } },
      ],
    },
    Dimension: dimension(plan, chart),
    VaryColors: false,
  };
  const reference = chart.referenceLine;

  switch (chart.kind) {
    case "pie": {
      const first = chart.series[0];
      const points = [];
      for (let row = chart.categories.firstRow; row <= chart.categories.lastRow; row++) {
        const label = plan.cells.find((c) => c.row === row && c.col === chart.categories.col)?.value;
        const color = statusColor(plan, label);
        if (color) points.push({ Index: row - chart.categories.firstRow, Fill: solid(color) });
      }
      return {
        chart: {
          ...common,
          Type: ex.Pie,
          VaryColors: true,
          Series: first ? [{ ...series(plan, chart, first.name, first.values), DataPoint: points }] : [],
          Legend: { Position: "right", Font: AXIS_FONT },
          PlotArea: { ShowPercent: true, ShowVal: false, ShowCatName: false, ShowSerName: false },
        },
      };
    }
    case "stackedColumn":
      return {
        chart: {
          ...common,
          Type: ex.ColStacked,
          Series: chart.series.map((s, i) =>
            series(plan, chart, s.name, s.values, statusColor(plan, s.name) ?? (i === 0 ? SERIES_COLOR : TRACK_COLOR)),
          ),
          Overlap: 100,
          XAxis: { Font: AXIS_FONT },
          YAxis: { ...valueAxis, MajorUnit: 1 },
          Legend: { Position: "bottom", Font: AXIS_FONT },
          // A zero count gets no label: stacked on its neighbour's, a "0" would cover that one's figure.
          PlotArea: { ShowVal: true, NumFmt: { CustomNumFmt: "#,##0;-#,##0;;" } },
        },
      };
    case "column": {
      const main = chart.series.map((s) => series(plan, chart, s.name, s.values, SERIES_COLOR));
      const axes = { XAxis: { Font: AXIS_FONT }, YAxis: valueAxis };
      const legend = { Position: reference || main.length > 1 ? "bottom" : "none", Font: AXIS_FONT };
      const out: ExcelizeChart = { chart: { ...common, ...axes, Type: ex.Col, Series: main, Legend: legend } };
      if (reference) {
        out.combo = {
          ...axes,
          Type: ex.Line,
          Series: [
            {
              ...series(plan, chart, reference.name, reference.values, REFERENCE_COLOR),
              Line: { Type: ex.LineSolid, Dash: ex.LineDashDash, Width: 1.5 },
              Marker: { Symbol: "none" },
            },
          ],
        };
      }
      return out;
    }
    case "bar": {
      const main = chart.series.map((s) => series(plan, chart, s.name, s.values, SERIES_COLOR));
      const track = reference ? [series(plan, chart, reference.name, reference.values, TRACK_COLOR)] : [];
      const all = [...track, ...main];
      return {
        chart: {
          ...common,
          Type: ex.Bar,
          Series: all,
          Overlap: 100,
          GapWidth: 60,
          // Categories run top to bottom in the table's order.
          XAxis: { Font: AXIS_FONT, ReverseOrder: true },
          YAxis: valueAxis,
          Legend: { Position: all.length > 1 ? "bottom" : "none", Font: AXIS_FONT },
        },
      };
    }
  }
}
