import { access } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { runConsolidate } from "../../src/cli/consolidate";
import { runSummarize } from "../../src/cli/summarize";
import { recordingIo, tempDir, writeFixtures, type Fixtures } from "./fixtures";

// The writer failing half-way, as it would when the machine runs out of memory while packing the file.
vi.mock("../../src/xlsx/inject-parts", () => ({
  injectParts: () => {
    throw new RangeError("Array buffer allocation failed\n    at zipSync (fflate/esm/index.mjs:1:1)");
  },
}));

let fx: Fixtures;
let out: string;
beforeAll(async () => {
  fx = await writeFixtures();
  out = await tempDir("chitieu-out-");
});

describe("summarize and consolidate when the .xlsx writer fails", () => {
  it("say why in one line, naming the writer's failure, and exit 2 writing nothing", async () => {
    const target = join(out, "tong-hop.xlsx");
    const io = recordingIo();
    expect(await runSummarize([fx.clean], { output: target, lang: "vi" }, io)).toBe(2);
    expect(io.stderr).toContain(
      `Không ghi được ${target}: thư viện ghi tệp .xlsx báo lỗi: Array buffer allocation failed\n`,
    );
    expect(io.stderr).not.toContain("    at ");
    await expect(access(target)).rejects.toThrow();
  });

  it("leave no partial consolidated workbook either", async () => {
    const target = join(out, "hop-nhat.xlsx");
    const io = recordingIo();
    expect(await runConsolidate([fx.clean], { output: target, json: false, lang: "en" }, io)).toBe(2);
    expect(io.stderr).toContain(
      `Could not write ${target}: the .xlsx writer reported an error: Array buffer allocation failed\n`,
    );
    expect(io.stderr).not.toContain("    at ");
    await expect(access(target)).rejects.toThrow();
  });
});
