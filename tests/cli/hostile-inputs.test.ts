/** Inputs an unlucky or hostile user gives the command line: links to the output, pipes, devices, broken files. */
import { execFileSync } from "node:child_process";
import { link, symlink } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { runCheck } from "../../src/cli/check";
import { runSummarize } from "../../src/cli/summarize";
import { recordingIo, sha256, tempDir, writeFixtures, type Fixtures } from "./fixtures";

let fx: Fixtures;
beforeAll(async () => {
  fx = await writeFixtures();
});

const posix = process.platform !== "win32";

describe("summarize never writes over an input reached another way", () => {
  it("refuses an output that an input links to, and leaves the file as it was", async () => {
    const dir = await tempDir();
    const linked = join(dir, "a.xlsx");
    await symlink(fx.clean, linked);
    const before = await sha256(fx.clean);
    await expect(runSummarize([linked], { output: fx.clean, lang: "vi" }, recordingIo())).rejects.toMatchObject({
      messageKey: "cliRun.output.sameAsInput",
      params: { file: fx.clean, input: linked },
    });
    expect(await sha256(fx.clean)).toBe(before);
  });

  it("refuses an output that is a hard link to an input", async () => {
    const dir = await tempDir();
    const twin = join(dir, "b.xlsx");
    await link(fx.english, twin);
    const before = await sha256(fx.english);
    await expect(runSummarize([fx.english], { output: twin, lang: "en" }, recordingIo())).rejects.toMatchObject({
      messageKey: "cliRun.output.sameAsInput",
    });
    expect(await sha256(fx.english)).toBe(before);
  });

  it("still writes to a new file next to the inputs", async () => {
    const target = join(await tempDir(), "tong-hop.xlsx");
    expect(await runSummarize([fx.english], { output: target, lang: "en" }, recordingIo())).toBe(0);
  });
});

describe("inputs that are not regular files", () => {
  it.runIf(posix)("refuses a named pipe at once, and checks the other files", async () => {
    const fifo = join(await tempDir(), "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    const io = recordingIo();
    const code = await runCheck([fifo, fx.english], { json: false, lang: "vi" }, io);
    expect(io.stderr).toContain(`${fifo}: đây là đường ống (named pipe), không phải tệp`);
    expect(io.stdout).toContain("4 chỉ tiêu: 3 hoàn thành, 0 gần đạt, 1 chưa hoàn thành, 0 chưa có số liệu");
    expect(code).toBe(1);
  });

  it.runIf(posix)("refuses a device such as /dev/zero without reading it", async () => {
    const io = recordingIo();
    expect(await runCheck(["/dev/zero"], { json: false, lang: "en" }, io)).toBe(2);
    expect(io.stderr).toBe("/dev/zero: this is a device, not a file; give an .xlsx file\n");
  });
});

/** A small district table whose second indicator has a name of about 2 000 characters. */
async function longNameWorkbook(path: string, name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Bieu 01");
  sheet.addRows([
    ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện"],
    ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 675000, 720493],
    ["2", name, "xã", 579, 454],
  ]);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe("summarize with an odd row", () => {
  it("writes the workbook when an indicator name is about 2 000 characters", async () => {
    const dir = await tempDir();
    const name = "Số xã có mô hình hỗ trợ người sau cai nghiện tại cộng đồng ".repeat(34);
    const input = await longNameWorkbook(join(dir, "huyen-dai.xlsx"), name);
    const target = join(dir, "tong-hop.xlsx");
    expect(await runSummarize([input], { output: target, lang: "vi" }, recordingIo())).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    const cells: string[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value))));
    expect(cells).toContain(name.trim());
  });
});

describe("summarize with several inputs of which one is readable", () => {
  it("writes the by-unit sheet, naming the files it could not read", async () => {
    const target = join(await tempDir(), "tong-hop.xlsx");
    const io = recordingIo();
    expect(await runSummarize([fx.english, fx.corrupt, fx.missing], { output: target, lang: "vi" }, io)).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Tổng hợp theo đơn vị", "english"]);
    const units = workbook.worksheets[0]!;
    const unitRow = (r: number) => [units.getCell(r, 2).value, units.getCell(r, 12).value];
    expect(unitRow(5)).toEqual(["english", null]);
    expect(unitRow(6)).toEqual(["hong", "Không đọc được: tệp .xlsx bị hỏng (không giải nén được)"]);
    expect(unitRow(7)).toEqual(["khong-co", "Không đọc được: không tìm thấy tệp"]);
  });
});

describe("--map that cannot be right", () => {
  it("refuses one column for two roles", async () => {
    const { parseMapping } = await import("../../src/cli/options");
    expect(() => parseMapping("actual=D,plan=d")).toThrow(
      expect.objectContaining({
        messageKey: "cliRun.map.sameColumn",
        params: { column: "D", first: "actual", second: "plan" },
      }),
    );
  });

  it("refuses a mapped column outside the sheet's table, naming the role and the table's columns", async () => {
    const io = recordingIo();
    const code = await runCheck([fx.english], { json: false, lang: "vi", map: { actual: "Z", plan: "D" } }, io);
    expect(code).toBe(2);
    expect(io.stdout).toContain("Bỏ qua: --map: cột Z (Thực hiện) nằm ngoài bảng của trang này (cột A đến H)");
  });
});

describe("summarize on a long run", () => {
  it("says on stderr when it builds and when it writes the summary", async () => {
    const target = join(await tempDir(), "tong-hop.xlsx");
    let ms = 0;
    // A slow machine: every look at the clock finds two more seconds gone.
    const io = { ...recordingIo(), now: () => new Date((ms += 2000)) };
    const recorded = { stderr: "" };
    io.err = (text: string) => void (recorded.stderr += text);
    expect(await runSummarize([fx.english], { output: target, lang: "vi" }, io)).toBe(0);
    expect(recorded.stderr).toContain("Đang lập bảng tổng hợp (4 chỉ tiêu)…\n");
    expect(recorded.stderr).toContain(`Đang ghi ${target}…\n`);
  });
});
