/**
 * The production bundle: gzipped bytes of the scripts the task pane page loads itself (what a CHITIEU.* formula
 * waits for in the shared runtime) and of all scripts (the pane's React and Fluent UI load when it is first
 * shown). Aim: the page's own under 60 KB.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildInto, distFigures, PAGE_BUDGET } from "../scripts/dist-figures";

const root = join(import.meta.dirname, "..");
const out = mkdtempSync(join(tmpdir(), "chitieu-bench-dist-"));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
try {
  const started = performance.now();
  await buildInto(out, root);
  const figures = distFigures(out);
  console.log(`production build: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  console.log(
    `page's own scripts (gzip): ${kb(figures.pageGzip)} in ${figures.pageScripts.length} files (aim < ${kb(PAGE_BUDGET)})`,
  );
  console.log(`all scripts (gzip):        ${kb(figures.allGzip)} in ${figures.allScripts.length} files`);
  if (figures.pageGzip >= PAGE_BUDGET) process.exitCode = 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
