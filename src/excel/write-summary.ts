/**
 * Writes a SummaryPlan as a worksheet. The new summary is built completely on a hidden working sheet; only then,
 * in one last sync, the earlier ChiTieu summary (if any) is deleted and the working sheet takes its name and
 * place. A failure while building deletes the working sheet, so the workbook is left as it was; other sheets are
 * never touched (see summary-sheet.ts for how ChiTieu's own sheets are recognised).
 */
import { a1, columnLetter, sheetReference } from "../core/address";
import type { PlanCell, PlanChart, PlanRange, PlanStyle, SummaryPlan } from "../core/summary/plan";
import { SUMMARY_COLORS } from "../core/summary/plan";
import type { Progress } from "../host/workbook-host";
import { HostError } from "../host/workbook-host";
import { COMMAND_BYTES, SyncBudget } from "./batch";
import { jsonBytes, SYNC_BUDGET } from "./payload";
import { cellInput, columnWidthPoints, mergedRowHeights, styleGroups, valueBlocks } from "./plan-layout";
import { isWorkingSheetName, SUMMARY_MARK, summaryTarget, workingSheetName } from "./summary-sheet";

/** Values and formats per command; two such blocks fit one sync's budget. */
const BLOCK_BYTES = 1_500_000;
const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;
const CHART_TYPES = {
  bar: "BarClustered",
  column: "ColumnClustered",
  pie: "Pie",
  stackedColumn: "ColumnStacked",
} as const;
const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;

interface Workbook {
  sheets: { sheet: Excel.Worksheet; name: string; position: number; marked: boolean }[];
}

async function inspectWorkbook(context: Excel.RequestContext): Promise<Workbook> {
  const worksheets = context.workbook.worksheets.load("items/name,items/position");
  const protection = context.workbook.protection.load("protected");
  await context.sync();
  if (protection.protected) throw new HostError("excel.errors.workbookProtected");
  const marks = worksheets.items.map((s) => s.names.getItemOrNullObject(SUMMARY_MARK));
  await context.sync();
  return {
    sheets: worksheets.items.map((sheet, i) => ({
      sheet,
      name: sheet.name,
      position: sheet.position,
      marked: !(marks[i] as Excel.NamedItem).isNullObject,
    })),
  };
}

/** Queues the style's properties on a range; returns how many commands that was. */
function applyStyle(format: Excel.RangeFormat, style: PlanStyle): number {
  let commands = 0;
  const set = (apply: () => void) => {
    apply();
    commands++;
  };
  const { fill, fontColor } = style;
  if (fill) set(() => (format.fill.color = `#${SUMMARY_COLORS[fill].fill}`));
  if (fontColor) set(() => (format.font.color = `#${SUMMARY_COLORS[fontColor].font}`));
  if (style.bold !== undefined) set(() => (format.font.bold = style.bold as boolean));
  if (style.italic !== undefined) set(() => (format.font.italic = style.italic as boolean));
  if (style.fontSize !== undefined) set(() => (format.font.size = style.fontSize as number));
  if (style.horizontal) set(() => (format.horizontalAlignment = ALIGN[style.horizontal as keyof typeof ALIGN]));
  if (style.wrap !== undefined) set(() => (format.wrapText = style.wrap as boolean));
  if (style.border) for (const edge of BORDER_EDGES) set(() => (format.borders.getItem(edge).style = "Continuous"));
  return commands;
}

/** A link to a cell of the workbook, showing the linked cell's own text. */
function hyperlink(link: NonNullable<PlanCell["link"]>, value: PlanCell["value"]): Excel.RangeHyperlink {
  const documentReference = sheetReference(link.sheet, link.cell ?? "A1");
  return value === null ? { documentReference } : { documentReference, textToDisplay: String(cellInput(value)) };
}

function column(sheet: Excel.Worksheet, range: PlanRange): Excel.Range {
  return sheet.getRangeByIndexes(range.firstRow - 1, range.col - 1, range.lastRow - range.firstRow + 1, 1);
}

function addChart(sheet: Excel.Worksheet, plan: PlanChart): void {
  const [first, ...rest] = plan.series;
  if (!first) return;
  const chart = sheet.charts.add(CHART_TYPES[plan.kind], column(sheet, first.values), "Columns");
  chart.name = `ChiTieu ${plan.id}`;
  chart.title.text = plan.title;
  const series = chart.series.getItemAt(0);
  series.name = first.name;
  series.setXAxisValues(column(sheet, plan.categories));
  for (const more of rest) {
    const added = chart.series.add(more.name);
    added.setValues(column(sheet, more.values));
    added.setXAxisValues(column(sheet, plan.categories));
  }
  if (plan.referenceLine) {
    const line = chart.series.add(plan.referenceLine.name);
    line.setValues(column(sheet, plan.referenceLine.values));
    line.setXAxisValues(column(sheet, plan.categories));
    line.chartType = "Line";
  }
  // A bar chart draws its first category at the bottom; reversed, it reads in the table's order.
  if (plan.kind === "bar") chart.axes.categoryAxis.reversePlotOrder = true;
  if (plan.valueFormat && plan.kind !== "pie") chart.axes.valueAxis.numberFormat = plan.valueFormat;
  if (plan.axisMax !== undefined && plan.kind !== "pie") chart.axes.valueAxis.maximum = plan.axisMax;
  const { row, col, widthCols, heightRows } = plan.anchor;
  chart.setPosition(a1(row, col), a1(row + heightRows - 1, col + widthCols - 1));
}

async function fillSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  plan: SummaryPlan,
  onProgress: Progress,
  requestBytes: number,
): Promise<void> {
  const blocks = valueBlocks(plan, Math.min(BLOCK_BYTES, requestBytes / 2));
  const groups = styleGroups(plan);
  const steps = blocks.length + groups.length + 2;
  let done = 0;
  const budget = new SyncBudget(context, () => onProgress(Math.min(done / steps, 1)), requestBytes);

  for (const block of blocks) {
    await budget.reserve(2 * COMMAND_BYTES + block.bytes);
    const { top, left, bottom, right } = block.area;
    const range = sheet.getRangeByIndexes(top - 1, left - 1, bottom - top + 1, right - left + 1);
    // Formats first: a text cell must be text-formatted before its value arrives.
    range.numberFormat = block.formats;
    range.values = block.values;
    done++;
  }
  // Range.hyperlink holds one link, so each linked cell is a command of its own, batched like the rest.
  for (const cell of plan.cells) {
    if (!cell.link) continue;
    const link = hyperlink(cell.link, cell.value);
    await budget.reserve(COMMAND_BYTES + jsonBytes(link));
    sheet.getRangeByIndexes(cell.row - 1, cell.col - 1, 1, 1).hyperlink = link;
  }
  done++;
  for (const group of groups) {
    for (const address of group.addresses) {
      const format = sheet.getRanges(address).format;
      const commands = applyStyle(format, group.style);
      await budget.reserve(commands * (COMMAND_BYTES + address.length));
    }
    done++;
  }
  for (const merge of plan.merges) {
    await budget.reserve(COMMAND_BYTES);
    sheet
      .getRangeByIndexes(merge.top - 1, merge.left - 1, merge.bottom - merge.top + 1, merge.right - merge.left + 1)
      .merge(false);
  }
  for (const [i, width] of plan.columnWidths.entries()) {
    await budget.reserve(COMMAND_BYTES);
    const letter = columnLetter(i + 1);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(width);
  }
  for (const [row, points] of mergedRowHeights(plan)) {
    await budget.reserve(COMMAND_BYTES);
    sheet.getRangeByIndexes(row - 1, 0, 1, 1).format.rowHeight = points;
  }
  await budget.reserve(6 * COMMAND_BYTES);
  const layout = sheet.pageLayout;
  layout.orientation = "Landscape";
  layout.paperSize = "A4";
  layout.setPrintTitleRows(`$${plan.print.repeatRows.first}:$${plan.print.repeatRows.last}`);
  for (const chart of plan.charts) {
    await budget.reserve(16 * COMMAND_BYTES);
    addChart(sheet, chart);
  }
  done++;
  await budget.flush();
}

/**
 * Freeze panes, the header's filter and fit-to-pages, queued after the sheet is made visible and active: on a hidden
 * sheet Excel fails freeze-pane calls (OfficeDev/office-js#1463, #2196) and page zoom does not reliably hold; the
 * filter goes with the header it sits on.
 */
function showView(sheet: Excel.Worksheet, plan: SummaryPlan): void {
  if (plan.headerRow > 0) sheet.freezePanes.freezeRows(plan.headerRow);
  if (plan.filter) {
    const { top, left, bottom, right } = plan.filter;
    sheet.autoFilter.apply(sheet.getRangeByIndexes(top - 1, left - 1, bottom - top + 1, right - left + 1));
  }
  // Fit to one page wide; 0 pages tall means "as many as needed".
  if (plan.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
}

/** `requestBytes` bounds each sync's request; tests lower it to make a small plan take several syncs. */
export async function writeSummarySheet(
  context: Excel.RequestContext,
  plan: SummaryPlan,
  onProgress: Progress = () => {},
  requestBytes = SYNC_BUDGET,
): Promise<string> {
  const workbook = await inspectWorkbook(context);
  const target = summaryTarget(
    plan.sheetName,
    workbook.sheets.filter((s) => !isWorkingSheetName(s.name)),
  );
  // Working sheets left by an earlier run that could not clean up after itself.
  for (const left of workbook.sheets.filter((s) => s.marked && isWorkingSheetName(s.name))) left.sheet.delete();
  const working = context.workbook.worksheets.add(workingSheetName(workbook.sheets.map((s) => s.name)));
  working.visibility = "Hidden";
  working.names.add(SUMMARY_MARK, "=TRUE", "ChiTieu summary sheet").visible = false;

  try {
    await fillSheet(context, working, plan, (fraction) => onProgress(fraction * 0.95), requestBytes);
  } catch (error) {
    await abandon(context, working, null);
    throw error;
  }

  const replaced = workbook.sheets.find((s) => s.name === target.replaces);
  working.visibility = "Visible";
  if (replaced) replaced.sheet.delete();
  working.name = target.name;
  if (replaced) working.position = replaced.position;
  working.activate();
  showView(working, plan);
  try {
    await context.sync();
  } catch (error) {
    await abandon(context, working, replaced?.name ?? null);
    throw error;
  }
  onProgress(1);
  return target.name;
}

/**
 * Deletes the working sheet after a failure, unless the summary it was replacing is already gone: then the
 * working sheet is the only summary left and stays. If even this fails, the next summary removes the working
 * sheet (it is marked as ChiTieu's).
 */
async function abandon(
  context: Excel.RequestContext,
  working: Excel.Worksheet,
  replacing: string | null,
): Promise<void> {
  try {
    if (replacing) {
      const old = context.workbook.worksheets.getItemOrNullObject(replacing);
      await context.sync();
      if (old.isNullObject) return;
    }
    working.delete();
    await context.sync();
  } catch {
    // The original failure is the one to report.
  }
}
