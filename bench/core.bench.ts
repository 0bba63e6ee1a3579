/** The engine alone over generated sheets: rows per second, and how cost grows from 20,000 to 200,000 rows. */
import { analyzeSheet } from "../src/core/analyze";
import { generatedSheet } from "./generate";
import type { SheetSnapshot } from "../src/core/snapshot";

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Reads every cell of the snapshot once, allocating nothing: what no engine can beat. */
function visitCells(sheet: SheetSnapshot): number {
  let seen = 0;
  for (const line of sheet.values) {
    for (const value of line) {
      if (typeof value === "string") seen += value.length;
      else if (typeof value === "number") seen += 1;
    }
  }
  return seen;
}

/**
 * The engine's time on a sheet, and as a baseline the time of a bare pass over every cell of the same snapshot,
 * which any machine makes at its own speed: the ratio compares across machines and loads.
 */
function time(rows: number, runs: number): { ms: number; baseline: number; indicators: number; issues: number } {
  const sheet = generatedSheet(rows);
  const baselines: number[] = [];
  let seen = 0;
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    seen += visitCells(sheet);
    if (i > 0) baselines.push(performance.now() - start);
  }
  if (seen === 0) throw new Error("the generated sheet has no cells");
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
  return { ms: median(samples), baseline: median(baselines), indicators, issues };
}

// A warm-up on a sheet of its own, so that the first size timed is not also the one the code is compiled on.
const warmUp = generatedSheet(20_000);
for (let i = 0; i < 5; i++) analyzeSheet(warmUp);
const small = time(20_000, 9);
const large = time(200_000, 5);
const rate = (rows: number, ms: number) => Math.round((rows / ms) * 1000).toLocaleString("en-US");
const line = (label: string, rows: number, m: typeof small) =>
  `  ${label} ${m.ms.toFixed(0)} ms  ${rate(rows, m.ms)} rows/s  ${(m.ms / m.baseline).toFixed(2)} × a bare pass over its cells (${m.baseline.toFixed(0)} ms)  (${m.indicators} indicators, ${m.issues} issues)`;
console.log("core: analyzeSheet (median), against a bare pass over every cell of the same snapshot in the same run");
console.log(line("20,000 rows: ", 20_000, small));
console.log(line("200,000 rows:", 200_000, large));
console.log(`  growth 200k/20k: ${(large.ms / small.ms).toFixed(2)}x (aim: at most 11x); aim: at least 400,000 rows/s`);
