/**
 * `npm run build:cli`: the command line as one plain JavaScript file (dist-cli/chitieu.js), the package's
 * `chitieu` bin. Everything it runs is bundled into it, ExcelJS, fflate and adm-zip included, so the package installs with
 * no dependencies.
 */
import { build, type BuildOptions, type Plugin } from "esbuild";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(import.meta.dirname, "..");
export const CLI_BUNDLE = resolve(root, "dist-cli/chitieu.js");

/**
 * zod re-exports its error messages in every language as `z.locales`, about 300 KB the command line never uses
 * (it configures English, the default, and writes its own messages): only English is bundled, halving the file
 * Node compiles at each start.
 */
const englishZodOnly: Plugin = {
  name: "english-zod-only",
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({
      contents: 'export { default as en } from "./en.js";',
      resolveDir: resolve(root, "node_modules/zod/v4/locales"),
    }));
  },
};

/** How the bin's code is compiled: one minified ES module for Node 20; the engine bench builds the engine alike. */
export const NODE_BUNDLE = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minify: true,
} as const satisfies BuildOptions;

export async function buildCli(outfile = CLI_BUNDLE): Promise<string> {
  await build({
    ...NODE_BUNDLE,
    entryPoints: [resolve(root, "src/cli/main.ts")],
    outfile,
    legalComments: "linked",
    logLevel: "warning",
    plugins: [englishZodOnly],
    // Bundled CommonJS modules call require(); an ES module has none unless it makes one.
    banner: {
      js: '#!/usr/bin/env node\nimport { createRequire as __chitieuRequire } from "node:module";\nconst require = __chitieuRequire(import.meta.url);',
    },
  });
  return outfile;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCli();
