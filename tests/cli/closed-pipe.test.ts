/** `check *.xlsx | head`: a reader that stops early ends the output quietly, with the run's own exit code. */
import { spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeFixtures, type Fixtures } from "./fixtures";

const root = resolve(import.meta.dirname, "../..");
const tsx = join(root, "node_modules/.bin/tsx");

/** Runs the command line with a stdout reader that goes away before the report is written. */
function cliIntoClosedPipe(...args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(tsx, ["src/cli/main.ts", ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stderr }));
  });
}

let fx: Fixtures;
beforeAll(async () => {
  fx = await writeFixtures();
});

describe("output piped to a reader that closes early", () => {
  it("prints no stack trace and exits with the check's own code", async () => {
    const files = Array.from({ length: 4 }, () => fx.faulty);
    const run = await cliIntoClosedPipe("check", "--json", ...files);
    expect(run.stderr).not.toContain("EPIPE");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(1);
  });
});
