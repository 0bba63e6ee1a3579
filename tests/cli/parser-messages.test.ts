/** commander's parser errors and help headings come out in the language asked, Vietnamese by default. */
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program";
import { recordingIo } from "./fixtures";

async function run(...argv: string[]) {
  const io = recordingIo();
  const code = await runCli(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe("parser errors", () => {
  it("are in Vietnamese by default, name the option, and keep exit code 2", async () => {
    expect(await run("check", "--foo", "a.xlsx")).toEqual({
      code: 2,
      stdout: "",
      stderr: "không có tùy chọn --foo\nXem hướng dẫn: chitieu --help\n",
    });
    expect((await run("chek")).stderr).toBe(
      "không có lệnh chek; các lệnh: check, summarize, consolidate (có phải là check?)\nXem hướng dẫn: chitieu --help\n",
    );
    expect((await run("summarize", "a.xlsx")).stderr).toMatch(/^thiếu tùy chọn bắt buộc -o, --output <tệp\.xlsx>\n/);
    expect((await run("check", "--sheet")).stderr).toMatch(/^tùy chọn --sheet <tên> cần một giá trị\n/);
    expect((await run("check")).stderr).toMatch(/^thiếu tệp \.xlsx cần xử lý\n/);
  });

  it("follow --lang en", async () => {
    expect((await run("check", "--lang", "en", "--bogus")).stderr).toBe(
      "unknown option --bogus\nSee: chitieu --help\n",
    );
  });

  it("point to the help as the program was run", async () => {
    const io = recordingIo();
    expect(await runCli(["check", "--bogus"], io, "npm run cli --")).toBe(2);
    expect(io.stderr).toBe("không có tùy chọn --bogus\nXem hướng dẫn: npm run cli -- --help\n");
  });
});

describe("help", () => {
  it("has Vietnamese headings and placeholders by default", async () => {
    const { code, stdout } = await run("check", "--help");
    expect(code).toBe(0);
    expect(stdout).toContain("Cách dùng: chitieu check [tùy chọn] <tệp...>");
    expect(stdout).toContain("Đối số:");
    expect(stdout).toContain("Tùy chọn:");
    expect(stdout).toContain("--lang <vi|en>           ngôn ngữ: vi hoặc en (mặc định: vi)");
    expect(stdout).not.toMatch(/Usage|Options|Arguments|default/);
  });

  it("lists the commands under a Vietnamese heading", async () => {
    const { stdout } = await run("--help");
    expect(stdout).toContain("Lệnh:\n  check [tùy chọn] <tệp...>");
    expect(stdout).not.toContain("[options]");
  });
});
