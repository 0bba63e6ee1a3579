import { access } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { DEMO_INPUT, runDemo } from "../../src/cli/demo";
import { PROGRAMME08_FAULTS } from "../../src/samples/programme08";
import { recordingIo, sha256, tempDir } from "./fixtures";

describe("npm run demo", () => {
  it("checks the bundled sample in Vietnamese, writes its summary workbook and prints where it went", async () => {
    const output = join(await tempDir(), "out", "programme08-tong-hop.xlsx");
    const before = await sha256(DEMO_INPUT);
    const io = recordingIo();
    expect(await runDemo(io, DEMO_INPUT, output)).toBe(0);
    expect(io.stdout).toMatch(/^Kiểm tra tệp mẫu .*samples\/programme08\.xlsx\n/);
    expect(io.stdout).toContain("27 chỉ tiêu: 18 hoàn thành, 6 gần đạt, 1 chưa hoàn thành, 2 chưa có số liệu");
    for (const fault of PROGRAMME08_FAULTS) expect(io.stdout).toMatch(new RegExp(`^ {6}${fault.cell} `, "m"));
    expect(io.stdout.trim().split("\n").at(-1)).toMatch(
      /^Bảng tổng hợp có biểu đồ đã ghi vào: .*out\/programme08-tong-hop\.xlsx$/,
    );
    await access(output);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Tổng hợp"]);
    expect(workbook.worksheets[0]!.getCell("A3").value).toBe("18/27 chỉ tiêu hoàn thành");
    expect(await sha256(DEMO_INPUT)).toBe(before);
  });
});
