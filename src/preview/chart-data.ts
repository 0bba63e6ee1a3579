import type { PlanChart, PlanRange, SummaryPlan } from "../core/summary/plan";

export interface ChartSeriesData {
  name: string;
  values: (number | null)[];
}

/** One chart of a SummaryPlan with its figures read from the plan's own cells, as Excel reads its ranges. */
export interface ChartData {
  chart: PlanChart;
  categories: string[];
  series: ChartSeriesData[];
  /** The reference line's value (the 100 % line), when the chart has one. */
  reference: number | null;
}

function cellsOf(plan: SummaryPlan): Map<string, string | number | null> {
  return new Map(plan.cells.map((c) => [`${c.row}:${c.col}`, c.value]));
}

function read(cells: Map<string, string | number | null>, range: PlanRange): (string | number | null)[] {
  const out: (string | number | null)[] = [];
  for (let row = range.firstRow; row <= range.lastRow; row++) out.push(cells.get(`${row}:${range.col}`) ?? null);
  return out;
}

const numberOrNull = (value: string | number | null): number | null => (typeof value === "number" ? value : null);

/** Every chart of the plan, each with the categories and values its ranges point at. */
export function chartData(plan: SummaryPlan): ChartData[] {
  const cells = cellsOf(plan);
  return plan.charts.map((chart) => {
    const reference = chart.referenceLine ? read(cells, chart.referenceLine.values).map(numberOrNull) : [];
    return {
      chart,
      categories: read(cells, chart.categories).map((v) => (v === null ? "" : String(v))),
      series: chart.series.map((s) => ({ name: s.name, values: read(cells, s.values).map(numberOrNull) })),
      reference: reference.find((v): v is number => v !== null) ?? null,
    };
  });
}
