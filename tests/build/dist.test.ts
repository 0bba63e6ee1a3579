/**
 * The production build as Excel loads it: one page serves functions, ribbon and pane (shared runtime), so the
 * scripts it loads itself must stay small, and every script must run in the oldest web view Excel uses (Safari
 * on older macOS): ES2020 syntax, and no Object.hasOwn without the polyfill.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildInto, distFigures, es2020Error, PAGE_BUDGET, type DistFigures } from "../../scripts/dist-figures";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
let out = "";
let figures: DistFigures;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "chitieu-dist-"));
  await buildInto(out, ROOT);
  figures = distFigures(out);
}, 300_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe("the production build", () => {
  it("loads under 60 KB of gzipped scripts with the page, React and Fluent UI only when the pane is shown", () => {
    expect(figures.pageScripts).toEqual(expect.arrayContaining(["runtime.js", "functions.js", "commands.js"]));
    expect(figures.pageScripts).not.toContain("pane.js");
    expect(figures.allScripts).toContain("pane.js");
    expect(figures.pageGzip).toBeLessThan(PAGE_BUDGET);
    // The pane's code exists and is the larger part: the split moved it, not lost it.
    expect(figures.allGzip - figures.pageGzip).toBeGreaterThan(figures.pageGzip);
    const page = figures.pageScripts.map((f) => readFileSync(join(out, f), "utf8")).join("\n");
    expect(page).not.toMatch(/react-dom|@fluentui/);
    // The command line's texts stay out of the add-in altogether (webpack.config.js), its help and usage lines.
    const all = figures.allScripts.map((f) => readFileSync(join(out, f), "utf8")).join("\n");
    expect(all).not.toContain("Xem hướng dẫn: {{command}} --help");
    expect(all).toContain("Xuất danh sách lỗi");
  });

  it("emits only ES2020 syntax, dependencies and webpack's runtime included", () => {
    const failures = figures.allScripts.flatMap((file) => {
      const error = es2020Error(out, file);
      return error ? [`${file}: ${error}`] : [];
    });
    expect(failures).toEqual([]);
  });

  it("polyfills Object.hasOwn in the page's own scripts, first in every entry", async () => {
    const page = figures.pageScripts.map((f) => readFileSync(join(out, f), "utf8")).join("\n");
    expect(page).toMatch(/defineProperty\(Object,\s*"hasOwn"/);
    const { default: configure } = (await import(join(ROOT, "webpack.config.js"))) as {
      default: (env: object, argv: object) => Promise<{ entry: Record<string, string[]> }>;
    };
    const { entry } = await configure({}, { mode: "production" });
    for (const modules of Object.values(entry)) expect(modules[0]).toBe("./src/polyfills.ts");
  });
});
