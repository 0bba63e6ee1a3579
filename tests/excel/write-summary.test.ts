import { a1 } from "../../src/core/address";
import { analyzeSheet } from "../../src/core/analyze";
import { buildSummaryPlan } from "../../src/core/summary/build";
import { SUMMARY_COLORS, type SummaryPlan } from "../../src/core/summary/plan";
import { OfficeWorkbookHost } from "../../src/excel/office-host";
import { columnWidthPoints } from "../../src/excel/plan-layout";
import { writeSummarySheet } from "../../src/excel/write-summary";
import { programme08, programme08WithFaults } from "../../src/samples/programme08";
import { createFakeExcel, PAYLOAD_LIMIT } from "../../src/testing/fake-excel";
import { displayText } from "../../src/testing/fake-excel/cell-text";
import { largeProgrammeSheet } from "../../src/testing/fake-excel/large-table";

function planFor(sheet = programme08(), lang: "vi" | "en" = "vi"): SummaryPlan {
  return buildSummaryPlan(analyzeSheet(sheet), { lang, file: null, generatedAt: "20/11/2023 08:00" });
}

function setUp(extra: ReturnType<typeof programme08>[] = []) {
  const fake = createFakeExcel({ sheets: [programme08(), programme08("Quận Ba Đình"), ...extra] });
  return { fake, host: new OfficeWorkbookHost(fake.env()) };
}

describe("writing the summary sheet", () => {
  it("creates the sheet with the plan's cells, styles, merges, widths, panes, print settings and charts", async () => {
    const { fake, host } = setUp();
    const plan = planFor();
    const progress: number[] = [];
    await host.writeSummary(plan, (f) => progress.push(f));
    expect(fake.sheetNames()).toEqual(["Bieu 01", "Quận Ba Đình", "Tổng hợp"]);
    expect(fake.activeSheet()).toBe("Tổng hợp");
    const sheet = fake.sheet("Tổng hợp");
    expect(sheet.visibility).toBe("Visible");
    for (const cell of plan.cells) {
      const state = sheet.cells[a1(cell.row, cell.col)];
      expect(state?.value ?? null).toEqual(cell.value);
      if (cell.format) expect(state?.format).toBe(cell.format);
      const style = cell.style ?? {};
      if (style.fill) expect(state?.style?.fill).toBe(`#${SUMMARY_COLORS[style.fill].fill}`);
      if (style.fontColor) expect(state?.style?.fontColor).toBe(`#${SUMMARY_COLORS[style.fontColor].font}`);
      if (style.bold) expect(state?.style?.bold).toBe(true);
      if (style.fontSize) expect(state?.style?.size).toBe(style.fontSize);
      if (style.border)
        expect(state?.style?.borders).toEqual({
          top: "Continuous",
          bottom: "Continuous",
          left: "Continuous",
          right: "Continuous",
        });
    }
    expect(sheet.merges).toEqual(plan.merges);
    plan.columnWidths.forEach((w, i) => expect(sheet.columnWidths[i + 1]).toBe(columnWidthPoints(w)));
    expect(sheet.freezeRows).toBe(plan.headerRow);
    expect(sheet.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: `$${plan.headerRow}:$${plan.headerRow}`,
    });
    expect(sheet.names.ChiTieu_Summary?.visible).toBe(false);
    expect(progress.at(-1)).toBe(1);
  });

  it("gives the merged meeting paragraph a row tall enough for its lines, which Excel would not grow by itself", async () => {
    const { fake, host } = setUp();
    const plan = planFor();
    await host.writeSummary(plan);
    const sheet = fake.sheet("Tổng hợp");
    expect(String(sheet.cells.A4?.value)).toMatch(/^Lũy kế giai đoạn 2021–2023, 20\/27 chỉ tiêu hoàn thành/);
    expect(sheet.cells.A4?.style?.wrap).toBe(true);
    // About 1 300 characters over a 159-character-wide merge: several lines of 15 points.
    expect(sheet.rowHeights[4]).toBeGreaterThanOrEqual(90);
    expect(sheet.rowHeights[4]).toBeLessThanOrEqual(409);
    expect(Object.keys(sheet.rowHeights)).toEqual(["4"]);
  });

  it("keeps texts that look like numbers as texts", async () => {
    const { fake, host } = setUp();
    const plan = planFor();
    await host.writeSummary(plan);
    const sheet = fake.sheet("Tổng hợp");
    const texts = plan.cells.filter((c) => typeof c.value === "string" && /^[\d./]+$/.test(c.value));
    expect(texts.length).toBeGreaterThan(0);
    for (const cell of texts) expect(sheet.cells[a1(cell.row, cell.col)]?.value).toBe(cell.value);
  });

  it("writes a plan typed as text as the number it is, showing as typed, and the pace column of a part period", async () => {
    const source = programme08();
    const set = (row: number, col: number, value: string) => (source.values[row - 1]![col - 1] = value);
    set(7, 7, "Lũy kế 2021-2024");
    set(9, 4, "675.000");
    set(20, 4, "2.500,00");
    set(20, 7, "2.975,42");
    set(30, 4, "75,5");
    const { fake, host } = setUp();
    const plan = planFor(source);
    await host.writeSummary(plan);
    const sheet = fake.sheet("Tổng hợp");
    const state = (n: number, col: number) => sheet.cells[a1(plan.headerRow + n, col)]!;
    const shown = (n: number, col: number) => {
      const { value, error, format } = state(n, col);
      expect(typeof value, `${n}:${col}`).toBe("number");
      return displayText(value, error, format, "vi");
    };
    expect(shown(1, 4)).toBe("675.000");
    expect(shown(12, 4)).toBe("2.500,00");
    expect(shown(12, 5)).toBe("2.975,42");
    expect(shown(20, 4)).toBe("75,5%");
    expect(shown(26, 4)).toBe("100%");
    expect(state(13, 4)).toMatchObject({ value: "≥ 95%", format: "@" });
    expect(state(0, 9).value).toBe("Tiến độ");
    expect(state(1, 9)).toMatchObject({
      value: "Hoàn thành trước thời hạn",
      style: { fill: `#${SUMMARY_COLORS.ahead.fill}`, fontColor: `#${SUMMARY_COLORS.ahead.font}` },
    });
    expect(state(10, 9)).toMatchObject({
      value: "Chậm tiến độ",
      style: { fill: `#${SUMMARY_COLORS.notAchieved.fill}` },
    });
  });

  it("draws each planned chart over the planned ranges, with the 100 % line as a line series", async () => {
    const { fake, host } = setUp();
    const plan = planFor();
    await host.writeSummary(plan);
    const charts = fake.sheet("Tổng hợp").charts;
    expect(charts.map((c) => c.name)).toEqual(plan.charts.map((c) => `ChiTieu ${c.id}`));
    const types = { bar: "BarClustered", column: "ColumnClustered", pie: "Pie", stackedColumn: "ColumnStacked" };
    plan.charts.forEach((planned, i) => {
      const chart = charts[i];
      expect(chart?.type).toBe(types[planned.kind]);
      expect(chart?.title).toBe(planned.title);
      const area = (r: { col: number; firstRow: number; lastRow: number }) => ({
        top: r.firstRow,
        bottom: r.lastRow,
        left: r.col,
        right: r.col,
      });
      const expected = planned.series.map((s) => ({
        name: s.name,
        values: area(s.values),
        xValues: area(planned.categories),
        chartType: null,
      }));
      if (planned.referenceLine) {
        expected.push({
          name: planned.referenceLine.name,
          values: area(planned.referenceLine.values),
          xValues: area(planned.categories),
          chartType: "Line" as never,
        });
      }
      expect(chart?.series).toEqual(expected);
      const { row, col, widthCols, heightRows } = planned.anchor;
      expect(chart?.position).toEqual({ start: a1(row, col), end: a1(row + heightRows - 1, col + widthCols - 1) });
    });
    expect(plan.charts.some((c) => c.referenceLine)).toBe(true);
  });

  it("stops the attainment chart's value axis at the plan's bound and leaves the others free", async () => {
    const { fake, host } = setUp();
    // Programme 08's bars all stay under 200 % now that rates are left out; a count under a ceiling can pass it.
    const planned = planFor();
    const plan = { ...planned, charts: planned.charts.map((c) => (c.id === "attainment" ? { ...c, axisMax: 2 } : c)) };
    await host.writeSummary(plan);
    const bounds = fake.sheet("Tổng hợp").charts.map((c) => c.valueAxisMax);
    expect(bounds).toEqual(plan.charts.map((c) => c.axisMax ?? null));
    expect(bounds[plan.charts.findIndex((c) => c.id === "attainment")]).toBe(2);
  });

  it("replaces its earlier summary in place and leaves every other sheet untouched", async () => {
    const { fake, host } = setUp();
    await host.writeSummary(planFor());
    fake.model.move(fake.sheetModel("Tổng hợp"), 0);
    const others = { a: fake.sheet("Bieu 01"), b: fake.sheet("Quận Ba Đình") };
    const second = planFor(programme08WithFaults());
    await host.writeSummary(second);
    expect(fake.sheetNames()).toEqual(["Tổng hợp", "Bieu 01", "Quận Ba Đình"]);
    expect(fake.sheet("Bieu 01")).toEqual(others.a);
    expect(fake.sheet("Quận Ba Đình")).toEqual(others.b);
    const headline = second.cells.find((c) => c.row === 3 && c.col === 1);
    expect(fake.sheet("Tổng hợp").cells.A3?.value).toBe(headline?.value);
    expect(fake.sheet("Tổng hợp").charts).toHaveLength(second.charts.length);
  });

  it("never replaces a sheet of the user's that happens to have the summary's name", async () => {
    const users = { ...programme08("Tổng hợp"), values: [["Ghi chép riêng của tôi"]] };
    const { fake, host } = setUp([users]);
    const mine = fake.sheet("Tổng hợp");
    await host.writeSummary(planFor());
    await host.writeSummary(planFor());
    expect(fake.sheet("Tổng hợp")).toEqual(mine);
    expect(fake.sheetNames()).toEqual(["Bieu 01", "Quận Ba Đình", "Tổng hợp", "Tổng hợp (2)"]);
  });

  it("leaves the workbook as it was when writing fails midway", async () => {
    const { fake, host } = setUp();
    await host.writeSummary(planFor());
    const before = fake.sheetNames().map((n) => fake.sheet(n));
    let halfWritten = 0;
    fake.resetStats();
    // Syncs 1-2 inspect the workbook, 3 starts the working sheet; with a small budget 5 is still filling it.
    fake.beforeSync = (sync) => {
      if (sync === 5) halfWritten = Object.keys(fake.sheet("~ChiTieu 1").cells).length;
      fake.cellEditMode = sync === 5;
    };
    const write = fake.run((context) =>
      writeSummarySheet(context as never, planFor(programme08WithFaults()), () => {}, 20_000),
    );
    await expect(write).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(halfWritten).toBeGreaterThan(0);
    expect(fake.sheetNames().map((n) => fake.sheet(n))).toEqual(before);
  });

  it("keeps the earlier summary when the final swap fails", async () => {
    const { fake, host } = setUp();
    await host.writeSummary(planFor());
    const before = fake.sheetNames().map((n) => fake.sheet(n));
    fake.resetStats();
    fake.beforeSync = (sync) => {
      fake.cellEditMode = sync === 4;
    };
    await expect(host.writeSummary(planFor(programme08WithFaults()))).rejects.toMatchObject({
      messageKey: "excel.errors.cellEditMode",
    });
    expect(fake.stats.syncs).toBe(6);
    expect(fake.sheetNames().map((n) => fake.sheet(n))).toEqual(before);
  });

  it("removes a working sheet an interrupted run could not clean up, at the next summary", async () => {
    const { fake, host } = setUp();
    fake.beforeSync = (sync) => {
      if (sync >= 4) fake.cellEditMode = true;
    };
    await expect(host.writeSummary(planFor())).rejects.toMatchObject({ messageKey: "excel.errors.cellEditMode" });
    expect(fake.sheetNames().some((n) => n.startsWith("~ChiTieu"))).toBe(true);
    fake.beforeSync = undefined;
    fake.cellEditMode = false;
    expect((await host.listSheets()).map((s) => s.name)).toEqual(["Bieu 01", "Quận Ba Đình"]);
    await host.writeSummary(planFor());
    expect(fake.sheetNames()).toEqual(["Bieu 01", "Quận Ba Đình", "Tổng hợp"]);
  });

  it("explains a protected workbook structure and adds nothing", async () => {
    const { fake, host } = setUp();
    fake.model.structureProtected = true;
    await expect(host.writeSummary(planFor())).rejects.toMatchObject({ messageKey: "excel.errors.workbookProtected" });
    expect(fake.sheetNames()).toEqual(["Bieu 01", "Quận Ba Đình"]);
  });

  it("writes a summary of 10,000 rows' indicators in few syncs, each request under 5 MB", async () => {
    const fake = createFakeExcel({ sheets: [largeProgrammeSheet(10)] });
    const host = new OfficeWorkbookHost(fake.env());
    const plan = planFor(largeProgrammeSheet(10_000));
    expect(plan.cells.length).toBeGreaterThan(70_000);
    expect(plan.charts.length).toBe(3);
    fake.resetStats();
    await host.writeSummary(plan);
    expect(fake.stats.largestRequest).toBeLessThan(PAYLOAD_LIMIT);
    expect(fake.stats.syncs).toBeLessThanOrEqual(8);
    expect(fake.sheet("Tổng hợp").cells[a1(plan.headerRow + 1, 2)]?.value).toBe(
      plan.cells.find((c) => c.row === plan.headerRow + 1 && c.col === 2)?.value,
    );
  });
});
