import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { programme08WithFaults } from "../../src/samples/programme08";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { WorkbookReadError } from "../../src/xlsx/read-error";
import { fileKind } from "../../src/xlsx/file-kind";
import { sha256, tempDir, writeFixtures, type Fixtures } from "../cli/fixtures";

let fx: Fixtures;
beforeAll(async () => {
  fx = await writeFixtures();
});

async function readError(path: string, sheet?: string): Promise<WorkbookReadError> {
  const error = await readWorkbook(path, sheet === undefined ? {} : { sheet }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookReadError);
  return error as WorkbookReadError;
}

describe("readWorkbook", () => {
  it("reads the Programme 08 sample back cell for cell: values, number formats, merges and the failing formula", async () => {
    const [table, notes] = await readWorkbook(fx.faulty);
    const expected = programme08WithFaults();
    const snapshot = table!.snapshot!;
    expect(table!.name).toBe("Bieu 01");
    expect(snapshot.origin).toEqual({ row: 1, col: 1 });
    expected.values.forEach((line, r) =>
      line.forEach((value, c) => {
        expect(snapshot.values[r]?.[c] ?? null, `row ${r + 1} col ${c + 1}`).toEqual(value);
        if (value !== null)
          expect(snapshot.formats?.[r]?.[c], `format ${r + 1}:${c + 1}`).toBe(expected.formats![r]![c]);
      }),
    );
    const key = (m: { top: number; left: number; bottom: number; right: number }) =>
      `${m.top}:${m.left}:${m.bottom}:${m.right}`;
    expect(snapshot.merges!.map(key).sort()).toEqual(expected.merges!.map(key).sort());
    expect(snapshot.values[13]![7]).toEqual({ error: "#DIV/0!" });
    expect(snapshot.formulas![13]![7]).toBe("=G14/L14");
    expect(notes!.name).toBe("Huong dan");
    expect(notes!.snapshot!.values[0]![0]).toBe("HƯỚNG DẪN ĐIỀN BIỂU");
  });

  it("leaves the cells a merge covers empty, as Excel does, instead of repeating the merged value", async () => {
    const [table] = await readWorkbook(fx.faulty);
    const values = table!.snapshot!.values;
    expect(values[5]![4]).toBe("Kết quả thực hiện");
    expect(values[5]![5]).toBeNull();
    expect(values[5]![6]).toBeNull();
    expect(values[6]![0]).toBeNull();
  });

  it("gives cached formula results, errors, rich text, dates as serials, hidden rows and the first used cell", async () => {
    const dir = await tempDir();
    const path = join(dir, "mixed.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Bieu 03");
    sheet.getCell("C3").value = "Chỉ tiêu";
    sheet.getCell("D3").value = { richText: [{ text: "Kế " }, { text: "hoạch", font: { bold: true } }] };
    sheet.getCell("C4").value = { formula: "D4*2", result: 1350000 };
    sheet.getCell("D4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    sheet.getCell("E4").value = new Date(Date.UTC(2023, 9, 31));
    sheet.getCell("E4").numFmt = "dd/mm/yyyy";
    sheet.getCell("C5").value = { formula: "C4+1" };
    sheet.getCell("C6").value = 7;
    sheet.getRow(5).hidden = true;
    await workbook.xlsx.writeFile(path);

    const [read] = await readWorkbook(path);
    const s = read!.snapshot!;
    expect(s.origin).toEqual({ row: 3, col: 3 });
    expect(s.values[0]).toEqual(["Chỉ tiêu", "Kế hoạch", null]);
    expect(s.values[1]).toEqual([1350000, { error: "#DIV/0!" }, 45230]);
    expect(s.formats![1]![2]).toBe("dd/mm/yyyy");
    expect(s.formulas![1]![0]).toBe("=D4*2");
    // A formula Excel never calculated has no cached value; the engine sees an empty cell.
    expect(s.values[2]![0]).toBeNull();
    expect(s.hiddenRows).toEqual([5]);
    expect(s.values[3]![0]).toBe(7);
  });

  it("reads only the sheet asked for, and names the sheets when it does not exist", async () => {
    const sheets = await readWorkbook(fx.noDiacritics, { sheet: "Ghi chu" });
    expect(sheets.map((s) => s.name)).toEqual(["Ghi chu"]);
    const error = await readError(fx.noDiacritics, "Bieu 9");
    expect(error.messageKey).toBe("cli.read.noSuchSheet");
    expect(error.params).toEqual({ sheet: "Bieu 9", sheets: "Bieu 02, Ghi chu" });
  });

  it.each([
    ["missing", "cli.read.missing"],
    ["corrupt", "cli.read.corrupt"],
    ["encrypted", "cli.read.encrypted"],
    ["legacyXls", "cli.read.legacyXls"],
    ["text", "cli.read.notXlsx"],
    ["emptyFile", "cli.read.emptyFile"],
    ["emptyWorkbook", "cli.read.emptyWorkbook"],
  ] as const)("rejects the %s input with %s", async (name, key) => {
    expect((await readError(fx[name])).messageKey).toBe(key);
  });

  it("rejects a folder", async () => {
    expect((await readError(fx.dir)).messageKey).toBe("cli.read.directory");
  });

  it("never writes to the file it reads", async () => {
    const before = await sha256(fx.faulty);
    await readWorkbook(fx.faulty);
    expect(await sha256(fx.faulty)).toBe(before);
  });
});

describe("fileKind", () => {
  it("tells a zip, an encrypted workbook, an old .xls, an empty file and anything else apart", async () => {
    expect(fileKind(await readFile(fx.clean))).toBe("zip");
    expect(fileKind(await readFile(fx.encrypted))).toBe("encrypted");
    expect(fileKind(await readFile(fx.legacyXls))).toBe("legacy-xls");
    expect(fileKind(Buffer.alloc(0))).toBe("empty");
    expect(fileKind(Buffer.from("%PDF-1.7"))).toBe("other");
  });
});
