/**
 * The engine alone over generated sheets: rows per second, and how cost grows from 20,000 to 200,000 rows. The
 * engine timed is the one the `chitieu` bin ships, compiled into one module as the bin is (scripts/build-cli.ts):
 * run from its sources, module by module as tsx runs them, the same code took about 1.5 times as long (the two
 * alternately in one process, 3 December 2026).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import type * as sources from "../src/core/analyze";
import { NODE_BUNDLE } from "../scripts/build-cli";
import { generatedSheet } from "./generate";

type Analyze = typeof sources.analyzeSheet;

/** src/core/analyze.ts compiled into one module as the bin is, and loaded. */
async function builtEngine(): Promise<Analyze> {
  const dir = await mkdtemp(join(tmpdir(), "chitieu-bench-"));
  try {
    const outfile = join(dir, "engine.mjs");
    await build({ ...NODE_BUNDLE, entryPoints: [resolve(import.meta.dirname, "../src/core/analyze.ts")], outfile });
    const engine = (await import(pathToFileURL(outfile).href)) as typeof sources;
    return engine.analyzeSheet;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * The engine's time on a sheet, and as a baseline the time to copy the same snapshot with structuredClone: a
 * native pass over every cell that allocates as it goes, as the engine does, at the machine's own speed, so the
 * ratio compares across machines and loads. The copies are timed after the engine, and let go at once.
 */
function time(
  analyzeSheet: Analyze,
  rows: number,
  runs: number,
): { ms: number; baseline: number; indicators: number; issues: number } {
  const sheet = generatedSheet(rows);
  const samples: number[] = [];
  let indicators = 0;
  let issues = 0;
  analyzeSheet(sheet);
  // Only counts are kept between runs: holding the last run's 200,000 indicators while the next one runs would
  // time the collector walking them too, which a single check never pays.
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = analyzeSheet(sheet);
    samples.push(performance.now() - start);
    indicators = result.indicators.length;
    issues = result.issues.length;
  }
  const baselines: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    structuredClone(sheet);
    baselines.push(performance.now() - start);
  }
  return { ms: median(samples), baseline: median(baselines), indicators, issues };
}

const analyzeSheet = await builtEngine();
// A warm-up on a sheet of its own, so that the first size timed is not also the one the code is compiled on.
const warmUp = generatedSheet(20_000);
for (let i = 0; i < 5; i++) analyzeSheet(warmUp);
const small = time(analyzeSheet, 20_000, 9);
const large = time(analyzeSheet, 200_000, 5);
const rate = (rows: number, ms: number) => Math.round((rows / ms) * 1000).toLocaleString("en-US");
const line = (label: string, rows: number, m: typeof small) =>
  `  ${label} ${m.ms.toFixed(0)} ms  ${rate(rows, m.ms)} rows/s  ${(m.ms / m.baseline).toFixed(2)} × structuredClone of the snapshot (${m.baseline.toFixed(0)} ms)  (${m.indicators} indicators, ${m.issues} issues)`;
console.log("core: analyzeSheet as built (median), against structuredClone of the same snapshot in the same run");
console.log(line("20,000 rows: ", 20_000, small));
console.log(line("200,000 rows:", 200_000, large));
const ok = (met: boolean) => (met ? "ok" : "MISSED");
const growth = large.ms / small.ms;
const copyGrowth = large.baseline / small.baseline;
// Ten times the rows cost ten times the work, but not ten times the time on any machine: past its caches, memory
// is slower per byte, as the copy of the same snapshots in the same run shows. The engine must grow no faster than
// the copy, and stay under a fixed bound as well: a cost growing as n log n (12.3 × here) or faster fails it even
// on a machine whose copy grows more.
const GROWTH_BOUND = 12;
console.log(
  `  growth 200k/20k: ${growth.toFixed(2)} ×, the copy's ${copyGrowth.toFixed(2)} × ` +
    `(aim: at most ${GROWTH_BOUND} × and no more than the copy's) ${ok(growth <= GROWTH_BOUND && growth <= copyGrowth)}`,
);
const slowest = Math.min(20_000 / small.ms, 200_000 / large.ms) * 1000;
console.log(`  aim: at least 400,000 rows/s on both sizes ${ok(slowest >= 400_000)}`);
