/**
 * `consolidate` over generated district files of 40 indicators, 30 of them and 300, against ExcelJS loading the
 * same files one after another (the baseline, measured in the same run). Aim: reading and matching 30 files in
 * under 1.5 × the baseline, and peak memory flat in the number of files (each file is let go before the next is
 * read). Writing the workbook (ExcelJS's load at the first write, the cells, the chart parts) is measured on its
 * own line; the aim is shown against that line too.
 * Each measurement runs in a fresh process (this file re-runs itself with a mode), so peak memory is one run's.
 */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { runConsolidate } from "../src/cli/consolidate";
import { districtSheet, HANOI_DISTRICTS } from "../src/samples/districts";
import { addSnapshotSheet } from "../src/xlsx/write-snapshot";

const INDICATORS = 40;
const RUNS = 3;

interface Measure {
  ms: number;
  rssMb: number;
  detail: string;
}

const quiet = { out: () => {}, err: () => {}, errIsTerminal: false, now: () => new Date() };

async function files(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f.endsWith(".xlsx")).map((f) => join(dir, f));
}

async function measure(mode: string, dir: string): Promise<Measure> {
  const inputs = await files(dir);
  const start = performance.now();
  let detail = "";
  if (mode === "exceljs") {
    let rows = 0;
    for (const path of inputs) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path);
      rows += workbook.worksheets[0]!.rowCount;
    }
    detail = `${rows} rows`;
  } else if (mode === "json") {
    let bytes = 0;
    const code = await runConsolidate(
      inputs,
      { json: true, lang: "en" },
      { ...quiet, out: (t) => (bytes += t.length) },
    );
    detail = `exit ${code}, ${(bytes / 1e3).toFixed(0)} kB of JSON`;
  } else {
    const output = join(tmpdir(), `chitieu-bench-${process.pid}.xlsx`);
    let line = "";
    const code = await runConsolidate(
      inputs,
      { output, json: false, lang: "en" },
      { ...quiet, out: (t) => (line += t) },
    );
    await rm(output, { force: true });
    detail = `exit ${code}: ${line.trim()}`;
  }
  return { ms: performance.now() - start, rssMb: process.resourceUsage().maxRSS / 1024, detail };
}

function child(mode: string, dir: string): Measure {
  const run = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), mode, dir], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`${mode} run failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!) as Measure;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Medians of the runs of each mode, interleaved so a change in the machine's load hits them all. */
function medians(dir: string, runs: number): { exceljs: Measure; json: Measure; consolidate: Measure } {
  const got = { exceljs: [] as Measure[], json: [] as Measure[], consolidate: [] as Measure[] };
  for (let i = 0; i < runs; i++)
    for (const mode of ["exceljs", "json", "consolidate"] as const) got[mode].push(child(mode, dir));
  const pick = (list: Measure[]) => ({
    ...list[0]!,
    ms: median(list.map((m) => m.ms)),
    rssMb: Math.max(...list.map((m) => m.rssMb)),
  });
  return { exceljs: pick(got.exceljs), json: pick(got.json), consolidate: pick(got.consolidate) };
}

/** `count` district files; past the 30 districts, communes with names of their own (no unit is a duplicate). */
async function districtFiles(dir: string, count: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const agency = i < HANOI_DISTRICTS.length ? undefined : `UBND XÃ SỐ ${i + 1}`;
    const workbook = new ExcelJS.Workbook();
    addSnapshotSheet(workbook, districtSheet(i % HANOI_DISTRICTS.length, { indicators: INDICATORS, agency }));
    await workbook.xlsx.writeFile(join(dir, `don-vi-${String(i + 1).padStart(3, "0")}.xlsx`));
  }
}

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), "chitieu-bench-consolidate-"));
  try {
    const results: [number, ReturnType<typeof medians>][] = [];
    for (const [count, runs] of [
      [30, RUNS],
      [300, 1],
    ] as const) {
      const dir = join(root, String(count));
      await districtFiles(dir, count);
      results.push([count, medians(dir, runs)]);
    }
    console.log(`consolidate: generated district files of ${INDICATORS} indicators`);
    for (const [count, { exceljs, json, consolidate }] of results) {
      const ratio = json.ms / exceljs.ms;
      const aim = count === 30 ? ` aim < 1.50 × ${ratio < 1.5 ? "ok" : "MISSED"}` : "";
      console.log(`  ${count} files, ${count === 30 ? `median of ${RUNS} runs` : "one run"}:`);
      console.log(
        `    baseline: exceljs load          1.00 ×  (${exceljs.ms.toFixed(0)} ms, peak RSS ${exceljs.rssMb.toFixed(0)} MB)`,
      );
      console.log(
        `    consolidate --json (read, match)    ${ratio.toFixed(2)} ×  (${json.ms.toFixed(0)} ms, peak RSS ${json.rssMb.toFixed(0)} MB)${aim}`,
      );
      const written = consolidate.ms / exceljs.ms;
      const writeAim = count === 30 ? ` aim < 1.50 × ${written < 1.5 ? "ok" : "MISSED"}` : "";
      console.log(
        `    consolidate -o (read, match, write) ${written.toFixed(2)} ×  (${consolidate.ms.toFixed(0)} ms, peak RSS ${consolidate.rssMb.toFixed(0)} MB; writer's load included)${writeAim}`,
      );
      console.log(`    ${consolidate.detail}`);
    }
    const [small, large] = [results[0]![1].json.rssMb, results[1]![1].json.rssMb];
    const growth = large / small;
    console.log(
      `  peak memory, 300 files against 30: ${growth.toFixed(2)} × (aim: flat, under 1.5 ×) ${growth < 1.5 ? "ok" : "MISSED"}`,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const [mode, dir] = process.argv.slice(2);
if (mode && dir) console.log(JSON.stringify(await measure(mode, dir)));
else await main();
