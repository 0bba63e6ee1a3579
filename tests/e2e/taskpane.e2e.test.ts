/**
 * The task pane end to end: builds the preview bundle (the real pane and Office.js adapter over the in-memory
 * Excel), serves it on 127.0.0.1, drives it in headless Chromium at the width a task pane really has (320 px),
 * scans it with axe-core at each step, and saves a screenshot of each step to out/screenshots/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import axe from "axe-core";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import webpack, { type Configuration } from "webpack";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { a1 } from "../../src/core/address";
import { t } from "../../src/core/i18n";
import { issueCells } from "../../src/core/issues";
import type { Issue } from "../../src/core/types";
import { PROGRAMME08_FAULTS, programme08, programme08WithFaults } from "../../src/samples/programme08";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SHOTS = path.join(ROOT, "out/screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) {
  console.warn(
    `tests/e2e skipped: no Chromium at ${CHROMIUM}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
}

/** Every cell the issues are about: a row's guessed rates are one note, at E11, about all of E11:G11. */
const cellsOf = (issues: Issue[]) => issues.flatMap(issueCells).map(({ row, col }) => a1(row, col));
/** Notes (severity info) are the engine's to add; the sample's errors and warnings are its listed faults. */
const ISSUES = analyzeSheet(programme08WithFaults()).issues;
const NOTES = ISSUES.filter((i) => i.severity === "info");
/** Cells the clean sample marks: its notes (the result column used, the totals line's confirmed conclusions). */
const CLEAN_MARKED = new Set(cellsOf(analyzeSheet(programme08()).issues)).size;
/** The attainment chart's bars: every indicator with an attainment except rates, which are judged in points. */
const CHARTED = analyzeSheet(programme08WithFaults()).indicators.filter(
  (i) => i.measure !== "rate" && i.attainment !== null,
).length;
const MARKED_CELLS = new Set([...PROGRAMME08_FAULTS.map((f) => f.cell), ...cellsOf(NOTES)]).size;
/** The narrowest task pane Excel shows; the preview then gives the pane the whole width, as Excel does. */
const PANE = { width: 320, height: 720 };
const WIDE = { width: 1360, height: 900 };

interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core over the pane (and an open dialog, which Fluent portals out of it) and returns the serious and
 * critical findings. The simulated workbook beside the pane is not the product and is left out.
 */
async function axeScan(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axe.source });
  const findings = await page.evaluate(async () => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const include = ["aside", "[role=alertdialog]"].filter((selector) => document.querySelector(selector));
    const result = await run({ include: include.map((selector) => [selector]) }, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
  return findings.filter((f) => f.impact === "serious" || f.impact === "critical");
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
};

async function buildPreview(outputPath: string): Promise<void> {
  const configUrl = pathToFileURL(path.join(ROOT, "webpack.preview.config.js")).href;
  const { default: configFor } = (await import(configUrl)) as {
    default: (env: object, argv: object) => Configuration;
  };
  const config = configFor({ outputPath }, { mode: "production" });
  await new Promise<void>((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    }),
  );
}

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.join(dir, name === "/" ? "index.html" : name);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}/` });
    }),
  );
}

describe.skipIf(!HAS_CHROMIUM)("task pane in Chromium over the preview workbook", () => {
  let dir = "";
  let server: Server | undefined;
  let browser: Browser | undefined;
  let url = "";
  const problems: string[] = [];

  /** Opens the preview; if the test then fails, the page as it was and its errors are kept for the reader. */
  async function open(name: string, query = ""): Promise<Page> {
    if (!browser) throw new Error("Chromium did not start");
    const page = await browser.newPage({ viewport: PANE });
    onTestFailed(async () => {
      await page.screenshot({ path: path.join(SHOTS, `failed-${name}.png`), fullPage: true }).catch(() => undefined);
      console.error(`${name}: page problems:\n${problems.join("\n") || "(none)"}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    await page.goto(url + query);
    return page;
  }

  /** Waits for a locator's entrance animations, so the screenshot shows it as the user finally sees it. */
  const settled = (locator: Locator) =>
    locator.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));

  /** The pane (or a part of it) at 320 px, however tall, as one picture; the step's accessibility scan goes with it. */
  const step = async (page: Page, shown: Locator, name: string) => {
    await shown.screenshot({ path: path.join(SHOTS, `${name}.png`) });
    await expect(axeScan(page)).resolves.toEqual([]);
  };

  /** The accessible name of the focused element, to follow where focus goes. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.tagName.toLowerCase()}:${el.getAttribute("aria-label") ?? el.textContent ?? ""}` : "";
    });

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(path.join(tmpdir(), "chitieu-preview-"));
    await buildPreview(dir);
    ({ server, url } = await serve(dir));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("checks the sample, selects and highlights cells, fixes one, and builds the summary, at 320 px", async () => {
    const page = await open("vi");
    const pane = page.getByRole("complementary", { name: "Ngăn tác vụ ChiTieu" });
    const sheet = page.locator("table[data-sheet]");
    await pane.getByRole("heading", { name: "Bảng chỉ tiêu" }).waitFor();
    await expect(pane.getByText("27 chỉ tiêu").count()).resolves.toBe(1);
    // The pane fills the narrow window, and nothing in it is wider than the pane.
    await expect(pane.evaluate((el) => [el.clientWidth, el.scrollWidth])).resolves.toEqual([320, 320]);
    await step(page, pane, "01-opened");

    // A role box shows the whole header, wrapped, and its open list does too.
    const actualBox = pane.getByRole("combobox", { name: /^Thực hiện/ });
    await expect(actualBox.textContent()).resolves.toBe("Tự động: G — Kết quả thực hiện / Lũy kế 2021-2023");
    const box = await actualBox.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(40);
    expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(320);
    await actualBox.click();
    const listbox = page.getByRole("listbox");
    await listbox.waitFor();
    await settled(listbox);
    await listbox.getByRole("option", { name: "F — Kết quả thực hiện / Năm 2022" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, "02-role-options.png") });
    await page.keyboard.press("Escape");
    await expect(listbox.count()).resolves.toBe(0);

    await pane.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await pane.getByRole("heading", { name: "Kết quả kiểm tra" }).waitFor();
    for (const fault of PROGRAMME08_FAULTS) {
      const atCell = ISSUES.filter((i) => i.cell === fault.cell).length;
      await expect(pane.getByRole("button", { name: new RegExp(`^${fault.cell}\\b`) }).count()).resolves.toBe(atCell);
    }
    const notes = NOTES.length ? `, ${t("vi", "ui.check.count.info", { count: NOTES.length })}` : "";
    await expect(pane.getByRole("status").textContent()).resolves.toBe(`Kiểm tra xong: 3 lỗi, 6 cảnh báo${notes}.`);
    // Counted once on screen: the badge; the status line only announces it.
    await expect(pane.getByText("3 lỗi", { exact: true }).isVisible()).resolves.toBe(true);
    await expect(
      pane
        .getByRole("status")
        .getByText(/^Kiểm tra xong/)
        .boundingBox(),
    ).resolves.toMatchObject({
      width: 1,
      height: 1,
    });
    await step(page, pane, "03-checked");

    await pane.getByRole("button", { name: /^H14\b/ }).click();
    await sheet.locator('td[data-cell="H14"][data-selected]').waitFor();

    await pane.getByRole("button", { name: "Đánh dấu ô trên trang tính" }).click();
    await pane.getByText(`Đã đánh dấu ${MARKED_CELLS} ô.`).waitFor();
    await step(page, pane, "04-highlighted");

    const g9 = sheet.locator('td[data-cell="G9"]');
    await expect(g9.getAttribute("data-kind")).resolves.toBe("string");
    const fixG9 = pane.getByRole("button", { name: "Sửa ô G9" });
    await fixG9.click();
    const dialog = page.getByRole("alertdialog", { name: "Xác nhận sửa" });
    await dialog.waitFor();
    const cells = dialog.getByRole("row", { name: /G9/ }).getByRole("cell");
    await expect(cells.allTextContents()).resolves.toEqual(["G9", "“720.493”", "720.493"]);
    await expect(cells.nth(2).evaluate((el) => getComputedStyle(el).fontFamily)).resolves.not.toMatch(/mono/i);
    await settled(dialog);
    await page.screenshot({ path: path.join(SHOTS, "05-fix-dialog.png") });
    await expect(axeScan(page)).resolves.toEqual([]);
    await dialog.getByRole("button", { name: "Hủy" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect(focused(page)).resolves.toBe("button:Sửa ô G9");

    await fixG9.click();
    await dialog.getByRole("button", { name: "Áp dụng" }).click();
    await pane.getByText("Đã sửa 1 ô và kiểm tra lại.").waitFor();
    await expect(g9.getAttribute("data-kind")).resolves.toBe("number");
    await expect(g9.textContent()).resolves.toBe("720.493");
    await expect(focused(page)).resolves.toBe("h2:Kết quả kiểm tra");

    await pane.getByRole("button", { name: "Tạo báo cáo tổng hợp" }).click();
    await pane.getByText("18/27 chỉ tiêu hoàn thành; 2 chỉ tiêu chưa có số liệu.").waitFor();
    await expect(focused(page)).resolves.toBe("h2:Báo cáo tổng hợp");
    await step(page, pane, "06-summary");

    // The summary sheet with its charts, drawn from the plan, seen in a wide window beside the pane.
    await page.setViewportSize(WIDE);
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.locator('table[data-sheet="Tổng hợp"]').waitFor();
    await expect(page.locator("figure[data-chart]").count()).resolves.toBe(3);
    await expect(page.locator('figure[data-chart="attainment"] rect').count()).resolves.toBe(CHARTED);
    await page.locator('figure[data-chart="groups"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, "07-summary-sheet.png") });

    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it("corrects a column role: highlights follow, and focus stays in the roles after going back to detection", async () => {
    const page = await open("roles", "?sample=clean");
    const pane = page.getByRole("complementary", { name: "Ngăn tác vụ ChiTieu" });
    await pane.getByRole("heading", { name: "Bảng chỉ tiêu" }).waitFor();
    await pane.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await pane.getByRole("heading", { name: "Kết quả kiểm tra" }).waitFor();
    const fill = (cell: string) =>
      page.locator(`td[data-cell="${cell}"]`).evaluate((el) => getComputedStyle(el).backgroundColor);
    const [f7, g7] = [await fill("F7"), await fill("G7")];
    await pane.getByRole("button", { name: "Đánh dấu ô trên trang tính" }).click();
    await pane.getByText(`Đã đánh dấu ${CLEAN_MARKED} ô.`).waitFor();
    await expect(fill("G7")).resolves.not.toBe(g7);

    // Arrow keys on the closed box only open it; Escape leaves the role as it was, with nothing saved.
    const actualBox = pane.getByRole("combobox", { name: /^Thực hiện/ });
    await actualBox.focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Escape");
    await expect(pane.getByText("Đã lưu cách gán cột vào sổ làm việc.").count()).resolves.toBe(0);

    await actualBox.click();
    await page.getByRole("option", { name: "F — Kết quả thực hiện / Năm 2022" }).click();
    await pane.getByText(/^Đã lưu cách gán cột; đánh dấu trên trang tính đã vẽ lại theo kết quả mới/).waitFor();
    // The note on the chosen result column moved from G7 to F7, and so did its mark.
    await expect(fill("F7")).resolves.not.toBe(f7);
    await expect(fill("G7")).resolves.toBe(g7);
    await expect(pane.getByText("đã chỉnh", { exact: true }).isVisible()).resolves.toBe(true);
    // The roles part of the pane (the issue list above it is long with column F): the badge sits in its pill.
    await step(page, pane.getByRole("region", { name: "Vai trò các cột" }), "08-role-changed");

    await pane.getByRole("button", { name: "Về nhận diện tự động" }).click();
    await pane.getByText(/^Đã lưu cách gán cột; đánh dấu trên trang tính đã vẽ lại/).waitFor();
    await expect(focused(page)).resolves.toBe("h2:Vai trò các cột");
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it("corrects the reporting period and the near threshold, saying what it cannot read, at 320 px", async () => {
    const page = await open("judging", "?sample=clean");
    const pane = page.getByRole("complementary", { name: "Ngăn tác vụ ChiTieu" });
    const region = pane.getByRole("region", { name: "Kỳ báo cáo và ngưỡng gần đạt" });
    await region.waitFor();
    const facts = () => region.getByRole("listitem").allTextContents();
    await expect(facts()).resolves.toEqual([
      "Kỳ báo cáo: lũy kế giai đoạn 2021–2023 — 60\u00a0% thời gian kế hoạch (đọc từ ô G7)",
      "Tiến độ: 12 chỉ tiêu hoàn thành trước thời hạn, 2 đúng tiến độ, 0 chậm tiến độ.",
      "Gần đạt: chưa hoàn thành nhưng đạt từ 90\u00a0% kế hoạch trở lên (6 chỉ tiêu).",
    ]);
    const period = region.getByRole("textbox", { name: "Sửa kỳ báo cáo" });
    const near = region.getByRole("textbox", { name: "Ngưỡng gần đạt (tỷ lệ so với kế hoạch)" });
    const apply = region.getByRole("button", { name: "Áp dụng" });

    await period.fill("sắp xong");
    await near.fill("120%");
    await apply.click();
    await expect(region.getByRole("alert").allTextContents()).resolves.toHaveLength(2);
    await expect(focused(page)).resolves.toBe("input:");
    await expect(pane.evaluate((el) => [el.clientWidth, el.scrollWidth])).resolves.toEqual([320, 320]);
    await step(page, region, "10-judging-invalid");

    await period.fill("0,8");
    await near.fill("95%");
    await apply.click();
    await pane.getByText("Đã lưu kỳ báo cáo và ngưỡng gần đạt vào sổ làm việc.").waitFor();
    await expect(facts()).resolves.toEqual([
      "Kỳ báo cáo: đến nay — 80\u00a0% thời gian kế hoạch (do người dùng đặt)",
      "Tiến độ: 12 chỉ tiêu hoàn thành trước thời hạn, 1 đúng tiến độ, 1 chậm tiến độ.",
      "Gần đạt: chưa hoàn thành nhưng đạt từ 95\u00a0% kế hoạch trở lên (2 chỉ tiêu).",
    ]);
    await step(page, region, "11-judging-applied");

    await region.getByRole("button", { name: "Về kỳ đọc từ bảng và ngưỡng mặc định" }).click();
    await region
      .getByText("Kỳ báo cáo: lũy kế giai đoạn 2021–2023 — 60\u00a0% thời gian kế hoạch (đọc từ ô G7)")
      .waitFor();
    await expect(focused(page)).resolves.toBe("h2:Kỳ báo cáo và ngưỡng gần đạt");
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it("runs in English with the dark theme", async () => {
    const page = await open("en-dark", "?lang=en&theme=dark");
    const pane = page.getByRole("complementary", { name: "ChiTieu task pane" });
    await pane.getByRole("heading", { name: "Indicator table" }).waitFor();
    await pane.getByRole("button", { name: "Check", exact: true }).click();
    await pane.getByRole("heading", { name: "Check results" }).waitFor();
    await expect(pane.getByText("3 errors", { exact: true }).count()).resolves.toBe(1);
    await step(page, pane, "09-english-dark");

    // The findings handed over: a sheet of their own, each cell address a link to the checked sheet's cell.
    await pane.getByRole("button", { name: "Export findings" }).click();
    await pane.getByText(`Wrote ${ISSUES.length} issues to the sheet “Check results”.`).waitFor();
    await page.setViewportSize(WIDE);
    await page.getByRole("tab", { name: "Check results" }).click();
    const list = page.locator('table[data-sheet="Check results"]');
    await list.waitFor();
    await expect(list.locator('td[data-cell="A2"]').textContent()).resolves.toBe("programme08.xlsx");
    const first = ISSUES[0]!.cell;
    await expect(list.locator('td[data-cell="C2"]').getAttribute("data-link")).resolves.toBe(`'Bieu 01'!${first}`);
    await expect(list.locator("td[data-link]").count()).resolves.toBe(ISSUES.length);
    await page.screenshot({ path: path.join(SHOTS, "10-findings-sheet.png") });
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
