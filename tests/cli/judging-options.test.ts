/** `--period` and `--near` on the command line reach the engine, and a mistake in them exits 2 saying why. */
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program";
import { ReportSchema } from "../../src/core/report";
import { PROGRAMME08_ROWS } from "../../src/samples/programme08";
import { recordingIo, writeFixtures, type Fixtures } from "./fixtures";

let fx: Fixtures;
beforeAll(async () => {
  fx = await writeFixtures();
});

async function run(...argv: string[]) {
  const io = recordingIo();
  const code = await runCli(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

async function sheetOf(...options: string[]) {
  const { code, stdout } = await run("check", fx.clean, "--json", ...options);
  expect(code).toBe(0);
  return ReportSchema.parse(JSON.parse(stdout)).files[0]!.sheets[0]!;
}

describe("--period and --near", () => {
  it("uses the table's own 'Lũy kế 2021-2023' of 2021-2025 when --period is left out", async () => {
    const sheet = await sheetOf();
    expect(sheet.period).toEqual({ label: "Lũy kế 2021-2023", elapsed: 0.6, cell: "G7", source: "detected" });
    expect(sheet.issues.map((i) => i.code)).toContain("period-found");
  });

  it("judges pace against the user's period instead, and gives none for --period none", async () => {
    const late = await sheetOf("--period", "0.8");
    expect(late.period).toEqual({ label: "0.8", elapsed: 0.8, cell: null, source: "user" });
    const rehab = late.indicators.find((i) => i.row === PROGRAMME08_ROWS.rehabilitation)!;
    expect(rehab.pace).toBe("behind"); // 78,41 % of the plan with 80 % of the time gone
    expect(late.issues.map((i) => i.code)).not.toContain("period-found");
    const none = await sheetOf("--period", "none");
    expect(none.period).toBeNull();
    expect(none.summary).toMatchObject({ onTrack: 0, behind: 0 });
  });

  it("moves the near band with --near", async () => {
    const sheet = await sheetOf("--near", "95%");
    expect(sheet.near).toBe(0.95);
    expect(sheet.summary).toMatchObject({ achieved: 20, near: 2 });
  });

  it("exits 2 on a period or threshold it cannot read, naming the value", async () => {
    const bad = await run("check", fx.clean, "--period", "sắp xong");
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/^--period: không đọc được kỳ báo cáo "sắp xong"; ví dụ: 9m/);
    const near = await run("summarize", fx.clean, "-o", `${fx.dir}/x.xlsx`, "--near", "0", "--lang", "en");
    expect(near.code).toBe(2);
    expect(near.stderr).toMatch(/^--near: "0" is not a near threshold/);
  });
});
