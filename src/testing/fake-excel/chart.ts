/** Fake charts: ChartCollection.add, Chart (title, series, axes, legend, position) and ChartSeries. */
import type { CellArea } from "../../core/snapshot";
import { FakeClientObject, FakeCollection } from "./client-object";
import type { FakeRequestContext } from "./context";
import { fail } from "./errors";
import { newId, type ChartSeriesState, type ChartState, type SheetModel } from "./model";
import type { FakeRange } from "./range";

function rangeArea(range: FakeRange, sheet: SheetModel): CellArea {
  const target = range.target();
  if (target.sheet !== sheet) throw fail.invalidArgument("Chart: source data on another sheet");
  return target.areas[0] as CellArea;
}

function columnsOf(area: CellArea): CellArea[] {
  return Array.from({ length: area.right - area.left + 1 }, (_, i) => ({
    ...area,
    left: area.left + i,
    right: area.left + i,
  }));
}

function rowsOf(area: CellArea): CellArea[] {
  return Array.from({ length: area.bottom - area.top + 1 }, (_, i) => ({
    ...area,
    top: area.top + i,
    bottom: area.top + i,
  }));
}

export class FakeChartCollection extends FakeCollection<ChartState, FakeChart> {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, () => sheet().charts);
  }

  protected wrap(item: ChartState): FakeChart {
    return new FakeChart(this.context, () => item, this.sheet);
  }

  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChart {
    let created: ChartState | null = null;
    this.context.enqueue(() => {
      const sheet = this.sheet();
      if (sheet.protected) throw fail.accessDenied("ChartCollection.add");
      const source = rangeArea(sourceData, sheet);
      const rows = source.bottom - source.top + 1;
      const cols = source.right - source.left + 1;
      const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rows >= cols);
      const series = (byColumns ? columnsOf(source) : rowsOf(source)).map((values, i): ChartSeriesState => ({
        name: `Series${i + 1}`,
        values,
        xValues: null,
        chartType: null,
      }));
      created = {
        id: newId("chart"),
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source,
        seriesBy,
        title: null,
        series,
        position: null,
        valueAxisFormat: null,
        valueAxisMax: null,
        categoryReversed: false,
        legend: null,
      };
      sheet.charts.push(created);
    }, type.length + 64);
    return new FakeChart(
      this.context,
      () => {
        if (!created) throw fail.notFound("Chart");
        return created;
      },
      this.sheet,
    );
  }
}

export class FakeChart extends FakeClientObject<ChartState> {
  constructor(
    context: FakeRequestContext,
    resolver: () => ChartState,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, resolver);
  }

  protected override checkAlive(target: ChartState): void {
    const sheet = this.sheet();
    if (sheet.deleted || !sheet.charts.includes(target)) throw fail.notFound("Chart");
  }

  scalarNames(): string[] {
    return ["id", "name", "chartType"];
  }

  protected read(target: ChartState, name: string): unknown {
    if (name === "id") return target.id;
    if (name === "name") return target.name;
    if (name === "chartType") return target.type;
    return undefined;
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(value: string) {
    this.write((c) => (c.name = value), value);
  }

  get title(): { text: string } {
    const write = (value: string) => this.write((c) => (c.title = value), value);
    return {
      set text(value: string) {
        write(value);
      },
      get text(): string {
        throw fail.notLoaded("text");
      },
    };
  }

  get legend(): { position: string } {
    const write = (value: string) => this.write((c) => (c.legend = value), value);
    return {
      set position(value: string) {
        write(value);
      },
      get position(): string {
        throw fail.notLoaded("position");
      },
    };
  }

  get axes(): {
    valueAxis: { numberFormat: string; maximum: number };
    categoryAxis: { reversePlotOrder: boolean };
  } {
    const writeFormat = (value: string) => this.write((c) => (c.valueAxisFormat = value), value);
    const writeMax = (value: number) => this.write((c) => (c.valueAxisMax = value), value);
    const writeReverse = (value: boolean) => this.write((c) => (c.categoryReversed = value), value);
    return {
      valueAxis: {
        set numberFormat(value: string) {
          writeFormat(value);
        },
        get numberFormat(): string {
          throw fail.notLoaded("numberFormat");
        },
        set maximum(value: number) {
          writeMax(value);
        },
        get maximum(): number {
          throw fail.notLoaded("maximum");
        },
      },
      categoryAxis: {
        set reversePlotOrder(value: boolean) {
          writeReverse(value);
        },
        get reversePlotOrder(): boolean {
          throw fail.notLoaded("reversePlotOrder");
        },
      },
    };
  }

  get series(): FakeChartSeriesCollection {
    return this.child("series", () => new FakeChartSeriesCollection(this.context, () => this.target(), this.sheet));
  }

  setPosition(startCell: string, endCell?: string): void {
    this.write((c) => (c.position = { start: startCell, end: endCell ?? startCell }), [startCell, endCell]);
  }

  delete(): void {
    this.write((c) => {
      const sheet = this.sheet();
      sheet.charts = sheet.charts.filter((x) => x !== c);
    });
  }
}

export class FakeChartSeriesCollection extends FakeCollection<ChartSeriesState, FakeChartSeries> {
  constructor(
    context: FakeRequestContext,
    private readonly chart: () => ChartState,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, () => chart().series);
  }

  protected wrap(item: ChartSeriesState): FakeChartSeries {
    return new FakeChartSeries(this.context, () => item, this.chart, this.sheet);
  }

  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(
      this.context,
      () => {
        const item = this.chart().series[index];
        if (!item) throw fail.notFound(`ChartSeriesCollection.getItemAt(${index})`);
        return item;
      },
      this.chart,
      this.sheet,
    );
  }

  add(name?: string): FakeChartSeries {
    let created: ChartSeriesState | null = null;
    this.context.enqueue(
      () => {
        const chart = this.chart();
        created = { name: name ?? `Series${chart.series.length + 1}`, values: null, xValues: null, chartType: null };
        chart.series.push(created);
      },
      (name ?? "").length,
    );
    return new FakeChartSeries(
      this.context,
      () => {
        if (!created) throw fail.notFound("ChartSeries");
        return created;
      },
      this.chart,
      this.sheet,
    );
  }
}

export class FakeChartSeries extends FakeClientObject<ChartSeriesState> {
  constructor(
    context: FakeRequestContext,
    resolver: () => ChartSeriesState,
    private readonly chart: () => ChartState,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, resolver);
  }

  scalarNames(): string[] {
    return ["name", "chartType"];
  }

  protected read(target: ChartSeriesState, name: string): unknown {
    if (name === "name") return target.name;
    if (name === "chartType") return target.chartType ?? this.chart().type;
    return undefined;
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(value: string) {
    this.write((s) => (s.name = value), value);
  }

  get chartType(): string {
    return this.loaded("chartType");
  }
  set chartType(value: string) {
    this.write((s) => (s.chartType = value), value);
  }

  setValues(sourceData: FakeRange): void {
    this.write((s) => (s.values = rangeArea(sourceData, this.sheet())));
  }

  setXAxisValues(sourceData: FakeRange): void {
    this.write((s) => (s.xValues = rangeArea(sourceData, this.sheet())));
  }
}
