/**
 * `npm run build:cli`: the command line as one plain JavaScript file (dist-cli/chitieu.js), the package's
 * `chitieu` bin. Everything is bundled except excelize-wasm, a runtime dependency, because its WebAssembly
 * file is found next to its package (src/xlsx/excelize.ts resolves it from wherever the bin is installed).
 */
import { build } from "esbuild";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(import.meta.dirname, "..");
export const CLI_BUNDLE = resolve(root, "dist-cli/chitieu.js");

export async function buildCli(outfile = CLI_BUNDLE): Promise<string> {
  await build({
    entryPoints: [resolve(root, "src/cli/main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: ["excelize-wasm"],
    minify: true,
    legalComments: "linked",
    logLevel: "warning",
    // Bundled CommonJS modules call require(); an ES module has none unless it makes one.
    banner: {
      js: '#!/usr/bin/env node\nimport { createRequire as __chitieuRequire } from "node:module";\nconst require = __chitieuRequire(import.meta.url);',
    },
  });
  return outfile;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCli();
