import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { runCheck } from "../../src/cli/check";
import { findingsCsv } from "../../src/cli/findings-file";
import { runCli } from "../../src/cli/program";
import type { FindingRow } from "../../src/core/findings";
import { PROGRAMME08_FAULTS } from "../../src/samples/programme08";
import { recordingIo, sha256, tempDir, writeFixtures, type Fixtures } from "./fixtures";

let fx: Fixtures;
beforeAll(async () => {
  fx = await writeFixtures();
});

async function check(findings: string, files = [fx.faulty, fx.clean], lang: "vi" | "en" = "vi") {
  const io = recordingIo();
  const code = await runCheck(files, { json: false, lang, findings }, io);
  return { code, io };
}

describe("check --findings", () => {
  it("writes an .xlsx with one row per issue, a frozen filterable header, widths and no hyperlinks", async () => {
    const out = join(await tempDir(), "ket-qua.xlsx");
    const { code, io } = await check(out);
    expect(code).toBe(1);
    const count = Number(new RegExp(`Đã ghi (\\d+) vấn đề vào ${out}\\.`).exec(io.stderr)?.[1]);
    expect(count).toBeGreaterThanOrEqual(PROGRAMME08_FAULTS.length);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe("Kết quả kiểm tra");
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "Tệp",
      "Trang",
      "Ô",
      "Mức độ",
      "Mã quy tắc",
      "Quy tắc",
      "Nội dung",
      "Giá trị ghi trong ô",
      "Giá trị đúng",
    ]);
    expect(sheet.rowCount).toBe(count + 1);
    const cells = Array.from({ length: count }, (_, i) => String(sheet.getCell(i + 2, 3).value));
    for (const fault of PROGRAMME08_FAULTS) expect(cells).toContain(fault.cell);
    const h17 = sheet.getRow(cells.indexOf("H17") + 2).values as unknown[];
    expect(h17.slice(1)).toEqual([
      fx.faulty,
      "Bieu 01",
      "H17",
      "Cảnh báo",
      "stated-percent-mismatch",
      "Tỷ lệ % ghi sai",
      "Tỷ lệ ghi ở ô H17 là 125,00\u00a0% nhưng thực hiện ÷ kế hoạch = 107,35\u00a0%.",
      "125\u00a0%",
      "107,35\u00a0%",
    ]);
    expect(sheet.autoFilter).toBe(`A1:I${count + 1}`);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(7).width).toBe(80);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.hyperlink).toBeUndefined()));
  });

  it("writes a .csv Excel opens in Vietnamese: BOM, RFC 4180 quoting, CRLF, the fix's number as expected", async () => {
    const out = join(await tempDir(), "ket-qua.csv");
    const { code, io } = await check(out, [fx.faulty], "en");
    const count = Number(/Wrote (\d+) issues/.exec(io.stderr)?.[1]);
    expect(code).toBe(1);
    const text = await readFile(out, "utf8");
    expect(text.startsWith("\uFEFFFile,Sheet,Cell,Severity,Rule code,Rule,Message,Value seen,Value expected\r\n")).toBe(
      true,
    );
    const lines = text.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(count + 1);
    const h14 = lines.find((l) => l.includes(",H14,"))!;
    expect(h14).toBe(
      `${fx.faulty},Bieu 01,H14,Error,formula-error,Formula error,Cell H14 shows the error #DIV/0! (=G14/L14).,#DIV/0!,`,
    );
    expect(lines.find((l) => l.includes(",G9,"))).toContain(
      '"Cell G9 is a number stored as text (""720.493""): Excel cannot sum or compute with it.",720.493,"720,493"',
    );
  });

  it("writes a percent in the .csv message as in the seen and expected columns, with the no-break space", async () => {
    const out = join(await tempDir(), "ket-qua.csv");
    await check(out, [fx.faulty], "vi");
    const h17 = (await readFile(out, "utf8")).split("\r\n").find((l) => l.includes(",H17,"))!;
    expect(h17).toBe(
      `${fx.faulty},Bieu 01,H17,Cảnh báo,stated-percent-mismatch,Tỷ lệ % ghi sai,` +
        `"Tỷ lệ ghi ở ô H17 là 125,00\u00a0% nhưng thực hiện ÷ kế hoạch = 107,35\u00a0%.",125\u00a0%,"107,35\u00a0%"`,
    );
  });

  it("keeps a cell's text that a spreadsheet would run as a formula inert, and leaves a negative figure alone", () => {
    const row: FindingRow = {
      file: "soc-son.xlsx",
      sheet: "Bieu 01",
      cell: "G15",
      row: 15,
      col: 7,
      severity: "Lỗi",
      code: "not-a-number",
      rule: "Không đọc được số",
      message: "Ô G15 …",
      seen: '=HYPERLINK("http://x","y")',
      expected: "-3,8",
    };
    const text = new TextDecoder().decode(findingsCsv([row], "vi"));
    expect(text.split("\r\n")[1]).toBe(
      'soc-son.xlsx,Bieu 01,G15,Lỗi,not-a-number,Không đọc được số,Ô G15 …,"\'=HYPERLINK(""http://x"",""y"")","-3,8"',
    );
  });

  it("refuses an unknown extension or an input as the output before reading anything, and writes nothing", async () => {
    const dir = await tempDir();
    const before = await sha256(fx.faulty);
    await expect(check(join(dir, "ket-qua.txt"))).rejects.toThrow();
    const io = recordingIo();
    expect(await runCli(["check", fx.faulty, "--findings", join(dir, "ket-qua.txt")], io)).toBe(2);
    expect(io.stderr).toContain(`--findings phải là tệp .xlsx hoặc .csv: ${join(dir, "ket-qua.txt")}`);
    const same = recordingIo();
    expect(await runCli(["check", fx.faulty, "--findings", fx.faulty], same)).toBe(2);
    expect(same.stderr).toContain("trùng với một tệp đầu vào");
    expect(same.stdout).toBe("");
    expect(await sha256(fx.faulty)).toBe(before);
    expect(await readdir(dir)).toEqual([]);
  });

  it("says why a folder in the way or a missing parent cannot be written, and leaves no file behind", async () => {
    const dir = await tempDir();
    const folder = join(dir, "ket-qua.xlsx");
    await mkdir(folder);
    const blocked = await check(folder);
    expect(blocked.code).toBe(2);
    expect(blocked.io.stderr).toContain(`Không ghi được ${folder}: đã có một thư mục trùng tên này`);
    const file = join(dir, "tep");
    await writeFile(file, "");
    const under = join(file, "ket-qua.csv");
    const unwritable = await check(under);
    expect(unwritable.code).toBe(2);
    expect(unwritable.io.stderr).toContain(`Không ghi được ${under}: `);
    expect((await readdir(dir)).sort()).toEqual(["ket-qua.xlsx", "tep"]);
    expect(await readdir(folder)).toEqual([]);
  });
});
