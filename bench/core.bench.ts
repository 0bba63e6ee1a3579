/** The engine alone over generated sheets: rows per second, and how cost grows from 20,000 to 200,000 rows. */
import { analyzeSheet } from "../src/core/analyze";
import { generatedSheet } from "./generate";

function time(rows: number, runs: number): { ms: number; indicators: number; issues: number } {
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
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)]!, indicators, issues };
}

// A warm-up on a sheet of its own, so that the first size timed is not also the one the code is compiled on.
const warmUp = generatedSheet(20_000);
for (let i = 0; i < 5; i++) analyzeSheet(warmUp);
const small = time(20_000, 9);
const large = time(200_000, 5);
const rate = (rows: number, ms: number) => Math.round((rows / ms) * 1000).toLocaleString("en-US");
console.log("core: analyzeSheet (median)");
console.log(
  `  20,000 rows:  ${small.ms.toFixed(0)} ms  ${rate(20_000, small.ms)} rows/s  (${small.indicators} indicators, ${small.issues} issues)`,
);
console.log(
  `  200,000 rows: ${large.ms.toFixed(0)} ms  ${rate(200_000, large.ms)} rows/s  (${large.indicators} indicators, ${large.issues} issues)`,
);
console.log(`  growth 200k/20k: ${(large.ms / small.ms).toFixed(2)}x (aim: at most 11x); aim: at least 400,000 rows/s`);
