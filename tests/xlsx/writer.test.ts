/**
 * The writer's own thread: it loads excelize, warms up on the bundled samples, and writes what the main thread
 * would have written; a thread that cannot run leaves the writing to the main thread.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { Worker } from "node:worker_threads";
import { analyzeSheet } from "../../src/core/analyze";
import { buildSummaryPlan } from "../../src/core/summary/build";
import { programme08WithFaults } from "../../src/samples/programme08";
import { WorkbookWriteError } from "../../src/xlsx/write-error";
import { summaryWorkbook } from "../../src/xlsx/write-summary";
import { startWriter } from "../../src/xlsx/writer";
import * as thread from "../../src/xlsx/writer-thread";
import { fromWire, toWire } from "../../src/xlsx/writer-wire";
import { zipEntries } from "./zip";

const plan = buildSummaryPlan(analyzeSheet(programme08WithFaults()), { lang: "vi", generatedAt: "02/12/2026 09:00" });

/** The parts of a workbook that say what it holds (docProps carry the time it was written). */
function content(bytes: Uint8Array): Map<string, string> {
  const entries = zipEntries(Buffer.from(bytes));
  return new Map([...entries].filter(([name]) => name.startsWith("xl/")).map(([n, b]) => [n, b.toString("utf8")]));
}

afterEach(() => vi.restoreAllMocks());

describe("the .xlsx writer's thread", () => {
  it("writes on its own thread the same workbook as this thread, sheets, styles and charts", async () => {
    const spawn = vi.spyOn(thread, "spawnWriterThread");
    const writer = startWriter();
    expect(spawn.mock.results[0]!.value).toBeInstanceOf(Worker);
    expect(await writer.ready).toBeNull();
    const threaded = content(await writer.write([plan]));
    const here = content(await summaryWorkbook([plan]));
    expect([...threaded.keys()].sort()).toEqual([...here.keys()].sort());
    expect(threaded.get("xl/worksheets/sheet1.xml")).toBe(here.get("xl/worksheets/sheet1.xml"));
    expect(threaded.get("xl/charts/chart1.xml")).toBe(here.get("xl/charts/chart1.xml"));
    expect(threaded.get("xl/sharedStrings.xml")).toContain("còn thiếu 21,6 %");
  });

  it("writes on this thread when its thread dies before answering", async () => {
    vi.spyOn(thread, "spawnWriterThread").mockReturnValue(new Worker("process.exit(3)", { eval: true }));
    const writer = startWriter();
    expect(await writer.ready).toBeNull();
    expect(content(await writer.write([plan])).get("xl/worksheets/sheet1.xml")).toContain("<sheetData>");
  });

  it("keeps a write error's catalogue key across the threads", () => {
    const error = fromWire(toWire(new WorkbookWriteError("cli.write.excelize", { detail: "sheet name too long" })));
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect(error).toMatchObject({ messageKey: "cli.write.excelize", params: { detail: "sheet name too long" } });
    const disk = Object.assign(new Error("no space"), { code: "ENOSPC" });
    expect(fromWire(toWire(disk))).toMatchObject({ message: "no space", code: "ENOSPC" });
  });
});
