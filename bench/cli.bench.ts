/**
 * The command line against a baseline measured in the same run, so figures compare across machines and loads:
 * - readers of a generated 20,000-row workbook into snapshots: exceljs's load (the baseline, the reader used
 *   until now), exceljs's streaming reader, and the direct reader the command line uses (adm-zip, zlib and saxes);
 * - `check --json` on that workbook, and on a small file with one stray cell at XFD1048576: time and peak memory;
 * - the built `chitieu` bin on the 27-row sample, against starting Node alone.
 * Each measurement runs in a fresh process (this file re-runs itself with a mode), so peak memory is one run's.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { runCheck } from "../src/cli/check";
import { programme08 } from "../src/samples/programme08";
import { readWorkbook } from "../src/xlsx/read-workbook";
import { addSnapshotSheet } from "../src/xlsx/write-snapshot";
import { buildCli, CLI_BUNDLE } from "../scripts/build-cli";
import { generatedSheet } from "./generate";

const ROWS = 20_000;
const RUNS = 3;
const SAMPLE = resolve(import.meta.dirname, "../samples/programme08.xlsx");

interface Measure {
  ms: number;
  rssMb: number;
  detail: string;
}

const quiet = { out: () => {}, err: () => {}, errIsTerminal: false, now: () => new Date() };

async function measure(mode: string, path: string): Promise<Measure> {
  const start = performance.now();
  let detail = "";
  if (mode === "exceljs") {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    detail = `${workbook.worksheets[0]!.rowCount} rows`;
  } else if (mode === "exceljs-stream") {
    let cells = 0;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: "cache", styles: "cache" });
    for await (const sheet of reader) for await (const row of sheet) row.eachCell(() => void cells++);
    detail = `${cells} cells`;
  } else if (mode === "direct") {
    const [sheet] = await readWorkbook(path);
    detail = `${sheet!.snapshot!.values.length} rows`;
  } else {
    let bytes = 0;
    const code = await runCheck([path], { json: true, lang: "vi" }, { ...quiet, out: (t) => (bytes += t.length) });
    detail = `exit ${code}, ${(bytes / 1e6).toFixed(2)} MB of JSON`;
  }
  return { ms: performance.now() - start, rssMb: process.resourceUsage().maxRSS / 1024, detail };
}

function child(mode: string, path: string): Measure {
  const run = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), mode, path], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`${mode} run failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!) as Measure;
}

/** Wall time of a whole process, start-up included. */
function wall(args: string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: "utf8" });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(" ")} failed: ${run.stderr}`);
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Medians of several runs of each mode, the modes interleaved so a change in the machine's load hits them all. */
function medians<const M extends readonly string[]>(modes: M, path: string): { [K in keyof M]: Measure } {
  const runs = modes.map(() => [] as Measure[]);
  for (let i = 0; i < RUNS; i++) modes.forEach((mode, m) => runs[m]!.push(child(mode, path)));
  return runs.map((r) => ({ ...r[0]!, ms: median(r.map((m) => m.ms)), rssMb: Math.max(...r.map((m) => m.rssMb)) })) as {
    [K in keyof M]: Measure;
  };
}

const ratio = (ms: number, base: number) => `${(ms / base).toFixed(2)} ×`;

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "chitieu-bench-"));
  try {
    const path = join(dir, "district-20000.xlsx");
    const workbook = new ExcelJS.Workbook();
    addSnapshotSheet(workbook, generatedSheet(ROWS));
    await workbook.xlsx.writeFile(path);
    // Programme 08 with one stray value in the sheet's last cell, as a slip of Ctrl+End and typing leaves it.
    const far = join(dir, "stray-far-cell.xlsx");
    const strayBook = new ExcelJS.Workbook();
    addSnapshotSheet(strayBook, programme08("Bieu 01")).getCell("XFD1048576").value = 1;
    await strayBook.xlsx.writeFile(far);
    const size = (await stat(path)).size;

    const [baseline, stream, direct, check] = medians(["exceljs", "exceljs-stream", "direct", "check"], path);
    const [farCheck] = medians(["check"], far);
    const rows = ROWS.toLocaleString("en-US");
    console.log(`cli: a generated ${rows}-row workbook (${(size / 1e6).toFixed(1)} MB), median of ${RUNS} runs each`);
    console.log(
      "  baseline: exceljs load               1.00 ×  " +
        `(${baseline.ms.toFixed(0)} ms, peak RSS ${baseline.rssMb.toFixed(0)} MB)`,
    );
    for (const [name, m] of [
      ["exceljs streaming reader", stream],
      ["direct reader (adm-zip, zlib, saxes)", direct],
    ] as const) {
      console.log(
        `  ${name.padEnd(34)} ${ratio(m.ms, baseline.ms)}  (${m.ms.toFixed(0)} ms, peak RSS ${m.rssMb.toFixed(0)} MB)`,
      );
    }
    const checkRatio = check.ms / baseline.ms;
    console.log(
      `  check --json (read + engine + JSON) ${ratio(check.ms, baseline.ms)}  (${check.ms.toFixed(0)} ms; ${check.detail}) aim ≤ 1.00 × ${checkRatio <= 1 ? "ok" : "MISSED"}`,
    );
    console.log(
      `  peak memory of check: ${check.rssMb.toFixed(0)} MB (aim: under 300 MB) ${check.rssMb < 300 ? "ok" : "MISSED"}`,
    );
    console.log(
      `  check on Programme 08 with a stray cell at XFD1048576: ${farCheck.ms.toFixed(0)} ms, peak RSS ${farCheck.rssMb.toFixed(0)} MB (${farCheck.detail})`,
    );

    if (!existsSync(CLI_BUNDLE)) await buildCli();
    const starts: number[] = [];
    const checks: number[] = [];
    for (let i = 0; i < 5; i++) {
      starts.push(wall(["-e", ""]));
      checks.push(wall([CLI_BUNDLE, "check", SAMPLE, "--json"]));
    }
    const node = median(starts);
    const bin = median(checks);
    console.log("chitieu bin: check --json on the 27-row sample (samples/programme08.xlsx), median of 5 processes");
    console.log(`  baseline: node -e "" (start-up alone) 1.00 ×  (${node.toFixed(0)} ms)`);
    console.log(
      `  chitieu check                          ${ratio(bin, node)}  (${bin.toFixed(0)} ms wall; aim ≤ 400 ms ${bin <= 400 ? "ok" : "MISSED"})`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const [mode, path] = process.argv.slice(2);
if (mode && path) console.log(JSON.stringify(await measure(mode, path)));
else await main();
