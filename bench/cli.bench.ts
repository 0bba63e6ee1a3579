/**
 * `check` on a generated 20,000-row workbook against the reader alone loading the same file. Aim: the whole
 * check takes at most 1.5 times the load, in under 500 MB. Each measurement runs in a fresh process (this file
 * re-runs itself with a mode), so peak memory is that of one run. A last run splits the check into its phases
 * to show which share is the file host's and which the engine's.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { runCheck } from "../src/cli/check";
import { analyzeSheet } from "../src/core/analyze";
import { sheetReport } from "../src/core/report";
import { loadWorkbook } from "../src/xlsx/read-workbook";
import { worksheetSnapshot } from "../src/xlsx/worksheet-snapshot";
import { addSnapshotSheet } from "../src/xlsx/write-snapshot";
import { generatedSheet } from "./generate";

const ROWS = 20_000;
const RUNS = 3;

interface Measure {
  ms: number;
  rssMb: number;
  detail: string;
  phases?: Record<string, number>;
}

async function timed<T>(phases: Record<string, number>, name: string, run: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const result = await run();
  phases[name] = performance.now() - start;
  return result;
}

async function measure(mode: string, path: string): Promise<Measure> {
  const start = performance.now();
  let detail = "";
  const phases: Record<string, number> = {};
  if (mode === "reader") {
    const workbook = await loadWorkbook(path);
    detail = `${workbook.worksheets[0]!.rowCount} rows`;
  } else if (mode === "check") {
    let bytes = 0;
    const code = await runCheck(
      [path],
      { json: true, lang: "vi" },
      { out: (t) => (bytes += t.length), err: () => {}, errIsTerminal: false, now: () => new Date() },
    );
    detail = `exit ${code}, ${(bytes / 1e6).toFixed(1)} MB of JSON`;
  } else {
    const workbook = await timed(phases, "reader: exceljs load", () => loadWorkbook(path));
    const snapshot = await timed(phases, "host: worksheet to snapshot", () =>
      worksheetSnapshot(workbook.worksheets[0]!)!,
    );
    const analysis = await timed(phases, "engine: analyzeSheet", () => analyzeSheet(snapshot));
    const report = await timed(phases, "engine: sheetReport (messages)", () => sheetReport(analysis, "vi"));
    await timed(phases, "host: JSON text", () =>
      JSON.stringify({ version: 1, files: [{ file: path, error: null, sheets: [report] }] }),
    );
    detail = `${analysis.indicators.length} indicators, ${analysis.issues.length} issues`;
  }
  return { ms: performance.now() - start, rssMb: process.resourceUsage().maxRSS / 1024, detail, phases };
}

function child(mode: string, path: string): Measure {
  const run = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), mode, path], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`${mode} run failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!) as Measure;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "chitieu-bench-"));
  try {
    const path = join(dir, "district-20000.xlsx");
    const workbook = new ExcelJS.Workbook();
    addSnapshotSheet(workbook, generatedSheet(ROWS));
    await workbook.xlsx.writeFile(path);
    const size = (await stat(path)).size;

    const reader: Measure[] = [];
    const check: Measure[] = [];
    for (let i = 0; i < RUNS; i++) {
      reader.push(child("reader", path));
      check.push(child("check", path));
    }
    const phases = child("phases", path);
    const readMs = median(reader.map((m) => m.ms));
    const checkMs = median(check.map((m) => m.ms));
    const readPeak = Math.max(...reader.map((m) => m.rssMb));
    const peak = Math.max(...check.map((m) => m.rssMb));
    const ratio = checkMs / readMs;
    const rows = ROWS.toLocaleString("en-US");
    console.log(
      `cli: check on a generated ${rows}-row workbook (${(size / 1e6).toFixed(1)} MB), median of ${RUNS} runs`,
    );
    console.log(`  reader alone (exceljs load): ${readMs.toFixed(0)} ms, peak RSS ${readPeak.toFixed(0)} MB`);
    console.log(
      `  check --json:                ${checkMs.toFixed(0)} ms, peak RSS ${peak.toFixed(0)} MB (${check[0]!.detail})`,
    );
    console.log(`  ratio check/reader: ${ratio.toFixed(2)} (aim: at most 1.5) ${ratio <= 1.5 ? "ok" : "MISSED"}`);
    console.log(`  memory: ${peak.toFixed(0)} MB (aim: under 500 MB) ${peak < 500 ? "ok" : "MISSED"}`);
    console.log(`  phases of one check (${phases.detail}):`);
    for (const [name, ms] of Object.entries(phases.phases ?? {})) {
      console.log(
        `    ${name.padEnd(32)} ${ms.toFixed(0).padStart(6)} ms  ${((ms / phases.ms) * 100).toFixed(0).padStart(3)} %`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const [mode, path] = process.argv.slice(2);
if (mode && path) console.log(JSON.stringify(await measure(mode, path)));
else await main();
