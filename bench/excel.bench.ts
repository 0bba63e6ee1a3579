/**
 * The Office.js adapter over the in-memory Excel: syncs (round trips to Excel), the largest request and response
 * (Excel on the web refuses either above 5 MB) and time per operation, for 100, 10,000 and 100,000 rows.
 * Times are the adapter's and the fake's work, not Excel's: round trips dominate in real Excel, so the sync
 * count is the figure to watch.
 */
import { analyzeSheet } from "../src/core/analyze";
import { buildSummaryPlan } from "../src/core/summary/build";
import { OfficeWorkbookHost } from "../src/excel/office-host";
import { createFakeExcel } from "../src/testing/fake-excel";
import { largeProgrammeSheet } from "../src/testing/fake-excel/large-table";

const MB = 1024 * 1024;

async function measure(fake: ReturnType<typeof createFakeExcel>, job: () => Promise<unknown>): Promise<string> {
  fake.resetStats();
  const start = performance.now();
  await job();
  const ms = performance.now() - start;
  const { syncs, largestRequest, largestResponse } = fake.stats;
  return `${String(syncs).padStart(3)} syncs  ${ms.toFixed(0).padStart(6)} ms  request ≤ ${(largestRequest / MB).toFixed(2)} MB  response ≤ ${(largestResponse / MB).toFixed(2)} MB`;
}

console.log("excel: OfficeWorkbookHost over the fake (syncs, time, largest payloads)");
for (const rows of [100, 10_000, 100_000]) {
  const fake = createFakeExcel({ sheets: [largeProgrammeSheet(rows, { faults: true })] });
  const host = new OfficeWorkbookHost(fake.env());
  const label = `${rows.toLocaleString("en-US")} rows`;
  let snapshot = await host.readSheet("Bieu 01");
  const read = await measure(fake, async () => (snapshot = await host.readSheet("Bieu 01")));
  const analysis = analyzeSheet(snapshot);
  const issues = analysis.issues;
  const highlight = await measure(fake, () => host.highlight("Bieu 01", issues));
  const clear = await measure(fake, () => host.clearHighlights("Bieu 01"));
  const plan = buildSummaryPlan(analysis, { lang: "vi", file: null, generatedAt: "20/11/2023 08:00" });
  const summary = await measure(fake, () => host.writeSummary(plan));
  console.log(`  ${label}`);
  console.log(`    read           ${read}`);
  console.log(`    highlight      ${highlight}  (${issues.length.toLocaleString("en-US")} issues)`);
  console.log(`    clear          ${clear}`);
  console.log(
    `    write summary  ${summary}  (${plan.cells.length.toLocaleString("en-US")} cells, ${plan.charts.length} charts)`,
  );
}
