/**
 * The task pane end to end: builds the preview bundle (the real pane and Office.js adapter over the in-memory
 * Excel), serves it on 127.0.0.1, drives it in headless Chromium and saves screenshots to out/screenshots/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import webpack, { type Configuration } from "webpack";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { t } from "../../src/core/i18n";
import { PROGRAMME08_FAULTS, programme08WithFaults } from "../../src/samples/programme08";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SHOTS = path.join(ROOT, "out/screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) {
  console.warn(
    `tests/e2e skipped: no Chromium at ${CHROMIUM}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
}

/** Notes (severity info) are the engine's to add; the sample's errors and warnings are its listed faults. */
const NOTES = analyzeSheet(programme08WithFaults()).issues.filter((i) => i.severity === "info");
const MARKED_CELLS = new Set([...PROGRAMME08_FAULTS.map((f) => f.cell), ...NOTES.map((i) => i.cell)]).size;

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
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    onTestFailed(async () => {
      await page.screenshot({ path: path.join(SHOTS, `failed-${name}.png`) }).catch(() => undefined);
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

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

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

  it("checks the sample, selects and highlights cells, fixes one, and builds the summary", async () => {
    const page = await open("vi");
    const pane = page.getByRole("complementary", { name: "Ngăn tác vụ ChiTieu" });
    const sheet = page.locator("table[data-sheet]");
    await pane.getByRole("heading", { name: "Bảng chỉ tiêu" }).waitFor();
    await expect(pane.getByText("27 chỉ tiêu").count()).resolves.toBe(1);
    await shot(page, "01-opened");

    await pane.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await pane.getByRole("heading", { name: "Kết quả kiểm tra" }).waitFor();
    for (const fault of PROGRAMME08_FAULTS) {
      await expect(pane.getByRole("button", { name: new RegExp(`^${fault.cell}\\b`) }).count()).resolves.toBe(1);
    }
    const notes = NOTES.length ? `, ${t("vi", "ui.check.count.info", { count: NOTES.length })}` : "";
    await expect(pane.getByRole("status").textContent()).resolves.toBe(`Kiểm tra xong: 3 lỗi, 5 cảnh báo${notes}.`);
    await shot(page, "02-checked");

    await pane.getByRole("button", { name: /^H14\b/ }).click();
    await sheet.locator('td[data-cell="H14"][data-selected]').waitFor();

    await pane.getByRole("button", { name: "Đánh dấu ô trên trang tính" }).click();
    await pane.getByText(`Đã đánh dấu ${MARKED_CELLS} ô.`).waitFor();
    await shot(page, "03-highlighted");

    const g9 = sheet.locator('td[data-cell="G9"]');
    await expect(g9.getAttribute("data-kind")).resolves.toBe("string");
    await pane.getByRole("button", { name: "Sửa ô G9" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Xác nhận sửa" });
    await dialog.waitFor();
    await expect(dialog.getByRole("row", { name: /G9/ }).textContent()).resolves.toContain("“720.493”");
    await settled(dialog);
    await shot(page, "04-fix-dialog");
    await dialog.getByRole("button", { name: "Áp dụng" }).click();
    await pane.getByText("Đã sửa 1 ô và kiểm tra lại.").waitFor();
    await expect(g9.getAttribute("data-kind")).resolves.toBe("number");
    await expect(g9.textContent()).resolves.toBe("720.493");

    await pane.getByRole("button", { name: "Tạo báo cáo tổng hợp" }).click();
    await pane.getByText("18/27 hoàn thành; theo nhóm: 10/12, 1/5, 7/10").waitFor();
    await shot(page, "05-summary");
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.locator('table[data-sheet="Tổng hợp"]').waitFor();
    await shot(page, "06-summary-sheet");

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
    await shot(page, "07-english-dark");
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
