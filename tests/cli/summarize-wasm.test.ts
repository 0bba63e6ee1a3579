import { access } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { runSummarize } from "../../src/cli/summarize";
import { recordingIo, tempDir, writeFixtures, type Fixtures } from "./fixtures";

vi.mock("../../src/xlsx/excelize", async (original) => ({
  ...(await original<typeof import("../../src/xlsx/excelize")>()),
  excelize: () =>
    Promise.reject(new Error("WebAssembly.instantiate(): Out of memory\n    at init (excelize-wasm/index.js:1:1)")),
}));

let fx: Fixtures;
let out: string;
beforeAll(async () => {
  fx = await writeFixtures();
  out = await tempDir("chitieu-out-");
});

describe("summarize when the .xlsx writer cannot load", () => {
  it("says why in one line and exits 2, writing nothing", async () => {
    const target = join(out, "no-wasm.xlsx");
    const io = recordingIo();
    expect(await runSummarize([fx.clean], { output: target, lang: "vi" }, io)).toBe(2);
    expect(io.stderr).toContain(`Không ghi được ${target}: WebAssembly.instantiate(): Out of memory\n`);
    expect(io.stderr).not.toContain("    at ");
    await expect(access(target)).rejects.toThrow();
  });

  it("leaves no unhandled rejection when nothing could be summarised", async () => {
    const io = recordingIo();
    expect(await runSummarize([fx.corrupt], { output: join(out, "none.xlsx"), lang: "en" }, io)).toBe(2);
    await new Promise((done) => setTimeout(done, 20));
    expect(io.stderr).not.toContain("WebAssembly");
  });
});
