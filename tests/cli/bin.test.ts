/**
 * The built `chitieu` bin (one bundled JavaScript file, scripts/build-cli.ts) against `npm run cli` (tsx over
 * the sources): same bytes on stdout, same exit codes. The bundle is built where npm would install the package,
 * in a temporary folder with no other package beside it, so anything it failed to bundle would not be found.
 */
import { spawn } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import packageJson from "../../package.json";
import { buildCli } from "../../scripts/build-cli";
import { tempDir, writeFixtures, type Fixtures } from "./fixtures";
import { zipEntries } from "../xlsx/zip";

const root = resolve(import.meta.dirname, "../..");
const tsx = join(root, "node_modules/.bin/tsx");
let bin: string;
let fx: Fixtures;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

const chitieu = (...args: string[]) => run(process.execPath, [bin, ...args]);
const npmRunCli = (...args: string[]) => run(tsx, ["src/cli/main.ts", ...args]);

/** The bin as `npm install chitieu-0.1.0.tgz` lays it out: the package's manifest and dist-cli, nothing else. */
async function installedBin(): Promise<string> {
  const folder = join(await tempDir("chitieu-installed-"), "node_modules", "chitieu");
  await mkdir(folder, { recursive: true });
  const { name, version, type, bin: bins } = packageJson;
  await writeFile(join(folder, "package.json"), JSON.stringify({ name, version, type, bin: bins }));
  return buildCli(join(folder, bins.chitieu));
}

beforeAll(async () => {
  [bin, fx] = await Promise.all([installedBin(), writeFixtures()]);
}, 60_000);

describe("the chitieu bin", () => {
  it("prints byte for byte the JSON of npm run cli, with the same exit code, for readable and unreadable files", async () => {
    const args = ["check", fx.faulty, fx.clean, fx.noDiacritics, fx.corrupt, fx.missing, "--json"];
    const [built, source] = await Promise.all([chitieu(...args), npmRunCli(...args)]);
    expect(built.code).toBe(1);
    expect(built.stdout.length).toBeGreaterThan(1000);
    expect(built.stdout).toBe(source.stdout);
    expect(built.code).toBe(source.code);
    // Progress lines appear only once a run passes a second, which depends on the machine's load.
    const reasons = (stderr: string) => stderr.split("\n").filter((line) => !line.startsWith("Đang kiểm tra"));
    expect(reasons(built.stderr)).toEqual(reasons(source.stderr));
    expect(reasons(built.stderr)).toContain(`${fx.missing}: không tìm thấy tệp`);
  });

  it("keeps the exit codes: 0 for a clean table, 2 when nothing can be checked", async () => {
    expect((await chitieu("check", fx.clean, "--json")).code).toBe(0);
    const nothing = await chitieu("check", fx.corrupt);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain("tệp .xlsx bị hỏng");
  });

  it("answers --version with the package's version, and --help in Vietnamese or English", async () => {
    const version = await chitieu("--version");
    expect(version).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: "" });
    const vi = await chitieu("--help");
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain("Kiểm tra các bảng chỉ tiêu trong tệp .xlsx");
    expect(vi.stdout).toContain("in số phiên bản");
    const en = await chitieu("check", "--help", "--lang", "en");
    expect(en.stdout).toContain("print one JSON document (version 2) on stdout");
  });

  it("points a usage mistake to its own help", async () => {
    expect(await chitieu("check", "--bogus", "--lang", "en")).toEqual({
      code: 2,
      stdout: "",
      stderr: "unknown option --bogus\nSee: chitieu --help\n",
    });
  });

  it("writes a summary workbook with its charts from the installed bundle alone", async () => {
    const output = join(await tempDir(), "tong-hop.xlsx");
    const result = await chitieu("summarize", fx.clean, "-o", output);
    // A loaded machine may pass the one second after which progress lines appear; nothing else may be said.
    expect(result.stderr.split("\n").filter((line) => line !== "" && !line.startsWith("Đang "))).toEqual([]);
    expect(result.code).toBe(0);
    const entries = zipEntries(await readFile(output));
    expect([...entries.keys()]).toContain("xl/worksheets/sheet1.xml");
    expect(entries.get("xl/sharedStrings.xml")!.toString()).toContain("Chỉ tiêu");
    expect([...entries.keys()]).toContain("xl/charts/chart1.xml");
  }, 60_000);
});
