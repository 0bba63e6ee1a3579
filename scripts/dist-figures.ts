/**
 * What the production build ships, measured: the scripts the task pane page itself loads (in a shared runtime
 * every CHITIEU.* formula waits for them) against all scripts, gzipped; and whether each script parses as ES2020.
 * Used by `npm run bench` and tests/build/dist.test.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "acorn";
import webpack from "webpack";

/** The page's own scripts stay under this many gzipped bytes (issue 10). */
export const PAGE_BUDGET = 60 * 1024;

export interface DistFigures {
  /** Scripts named by taskpane.html's script tags (office.js, loaded from Microsoft, left out). */
  pageScripts: string[];
  pageGzip: number;
  allScripts: string[];
  allGzip: number;
}

const gzipped = (dir: string, file: string) => gzipSync(readFileSync(join(dir, file))).length;

export function scriptsOf(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".js"))
    .sort();
}

export function pageScriptsOf(dir: string): string[] {
  const html = readFileSync(join(dir, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>?]+)/g)]
    .map((m) => m[1] ?? "")
    .filter((src) => !/^https?:/.test(src));
}

export function distFigures(dir: string): DistFigures {
  const pageScripts = pageScriptsOf(dir);
  const allScripts = scriptsOf(dir);
  const sum = (files: string[]) => files.reduce((total, f) => total + gzipped(dir, f), 0);
  return { pageScripts, pageGzip: sum(pageScripts), allScripts, allGzip: sum(allScripts) };
}

/** The message of the first syntax error when `file` is read as ES2020 script, or null when it parses. */
export function es2020Error(dir: string, file: string): string | null {
  try {
    parse(readFileSync(join(dir, file), "utf8"), { ecmaVersion: 2020, sourceType: "script" });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Runs the production build of webpack.config.js into `outDir`. */
export async function buildInto(outDir: string, root: string): Promise<void> {
  const { default: configure } = (await import(join(root, "webpack.config.js"))) as {
    default: (env: object, argv: object) => Promise<webpack.Configuration>;
  };
  const config = await configure({}, { mode: "production" });
  config.mode = "production";
  config.devtool = false;
  config.output = { ...config.output, path: outDir };
  await new Promise<void>((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}
