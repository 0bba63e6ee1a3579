/** The command line as a user runs it: a child process, its stdout, stderr and exit code. */
import { spawn } from "node:child_process";
import { access } from "node:fs/promises";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ReportSchema } from "../../src/core/report";
import { writeFixtures, type Fixtures } from "./fixtures";

const root = resolve(import.meta.dirname, "../..");
const tsx = join(root, "node_modules/.bin/tsx");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Not run by npm unless `npm` gives what npm sets for a script, so the test's own runner does not count. */
function cli(...args: string[]): Promise<Run> {
  return cliWith({}, ...args);
}

function cliWith(npm: Record<string, string>, ...args: string[]): Promise<Run> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("npm_")));
  return new Promise((done, fail) => {
    const child = spawn(tsx, ["src/cli/main.ts", ...args], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...env, ...npm },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

let fx: Fixtures;
beforeAll(async () => {
  fx = await writeFixtures();
});

describe("npm run cli", () => {
  it("check --json prints exactly one JSON document and exits 1 when errors are found", async () => {
    const run = await cli("check", fx.faulty, fx.english, "--json");
    expect(run.code).toBe(1);
    // A slow machine may log progress lines on stderr (after a second); nothing else may appear there.
    expect(run.stderr.split("\n").filter((line) => line && !line.startsWith("Đang kiểm tra "))).toEqual([]);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.files.map((f) => f.sheets.map((s) => s.summary.indicators))).toEqual([[27, 0], [4]]);
  });

  it("exits 0 on a clean table", async () => {
    const run = await cli("check", fx.english, "--json", "--lang", "en");
    expect(run.code).toBe(0);
    expect(ReportSchema.parse(JSON.parse(run.stdout)).files[0]!.error).toBeNull();
  });

  it("exits 2 when nothing can be checked, with one line per file on stderr and no stack trace", async () => {
    const run = await cli("check", fx.missing, fx.corrupt, fx.encrypted, "--json", "--lang", "en");
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([
      `${fx.missing}: file not found`,
      `${fx.corrupt}: the .xlsx file is damaged (its zip archive cannot be read)`,
      `${fx.encrypted}: the workbook is password-protected; open it in Excel, remove the password and check again`,
    ]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(ReportSchema.parse(JSON.parse(run.stdout)).files.every((f) => f.error !== null)).toBe(true);
  });

  it("exits 2 on a usage mistake and says what is wrong in the language asked", async () => {
    const badMap = await cli("check", fx.clean, "--map", "actual:G", "--lang", "en");
    expect(badMap.code).toBe(2);
    expect(badMap.stdout).toBe("");
    expect(badMap.stderr).toContain('--map: "actual:G" is not ROLE=COLUMN');
    const noFiles = await cli("check");
    expect(noFiles.code).toBe(2);
    expect(noFiles.stderr).toContain("\nXem hướng dẫn: chitieu --help\n");
  });

  it("points to the help through npm when npm runs its cli script, and only then", async () => {
    const viaNpm = await cliWith({ npm_lifecycle_event: "cli", npm_package_name: "chitieu" }, "check");
    expect(viaNpm.stderr).toContain("\nXem hướng dẫn: npm run cli -- --help\n");
    const otherScript = await cliWith({ npm_lifecycle_event: "test", npm_package_name: "chitieu" }, "check");
    expect(otherScript.stderr).toContain("\nXem hướng dẫn: chitieu --help\n");
  });

  it("summarize writes the workbook and says where", async () => {
    const target = join(fx.dir, "tong-hop.xlsx");
    const run = await cli("summarize", fx.faulty, fx.clean, "-o", target);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Đã ghi ${target}: 3 trang tổng hợp.\n`);
    await access(target);
  });
});
