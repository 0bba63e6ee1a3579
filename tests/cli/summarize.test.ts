import { access, mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { runSummarize } from "../../src/cli/summarize";
import { UsageError } from "../../src/cli/usage-error";
import { SUMMARY_COLORS } from "../../src/core/summary/plan";
import { zipEntries } from "../xlsx/zip";
import { recordingIo, sha256, tempDir, writeFixtures, type Fixtures } from "./fixtures";

let fx: Fixtures;
let out: string;
beforeAll(async () => {
  fx = await writeFixtures();
  out = await tempDir("chitieu-out-");
});

async function open(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function chartsPerSheet(bytes: Buffer): number[] {
  const entries = zipEntries(bytes);
  const sheets = [...entries.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).sort();
  return sheets.map((sheet) => {
    const rels = entries.get(sheet.replace("worksheets/", "worksheets/_rels/") + ".rels")?.toString() ?? "";
    const drawing = /Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec(rels)?.[1];
    if (!drawing) return 0;
    const drawingRels = entries.get(`xl/drawings/_rels/${drawing}.rels`)?.toString() ?? "";
    return (drawingRels.match(/charts\/chart\d+\.xml/g) ?? []).length;
  });
}

describe("summarize", () => {
  it("writes the standard summary sheet with its three charts for one input", async () => {
    const target = join(out, "one.xlsx");
    const io = recordingIo();
    expect(await runSummarize([fx.clean], { output: target, lang: "vi" }, io)).toBe(0);
    expect(io.stdout).toBe(`Đã ghi ${target}: 1 trang tổng hợp.\n`);
    const english = recordingIo();
    expect(await runSummarize([fx.clean], { output: join(out, "one-en.xlsx"), lang: "en" }, english)).toBe(0);
    expect(english.stdout).toBe(`Wrote ${join(out, "one-en.xlsx")}: 1 summary sheet.\n`);
    const workbook = await open(target);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Tổng hợp"]);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell("A2").value).toBe('Nguồn: trang "Bieu 01" (huyen-ba-vi.xlsx) — lập lúc 25/11/2025 09:30');
    expect(sheet.getCell("A3").value).toBe("20/27 chỉ tiêu hoàn thành");
    expect(chartsPerSheet(await readFile(target))).toEqual([3]);
  });

  it("adds a by-unit sheet first for several inputs, one row per file with counts, share achieved and reasons", async () => {
    const target = join(out, "districts.xlsx");
    const io = recordingIo();
    const code = await runSummarize(
      [fx.faulty, fx.clean, fx.noDiacritics, fx.corrupt],
      { output: target, lang: "vi" },
      io,
    );
    expect(code).toBe(1);
    expect(io.stderr).toContain(`${fx.corrupt}: tệp .xlsx bị hỏng`);
    const workbook = await open(target);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Tổng hợp theo đơn vị",
      "quan-ba-dinh",
      "huyen-ba-vi",
      "huyen-soc-son",
    ]);
    const units = workbook.worksheets[0]!;
    expect(units.getCell("A1").value).toBe("TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU THEO ĐƠN VỊ");
    expect(units.getCell("A2").value).toBe("Từ 4 tệp — lập lúc 25/11/2025 09:30");
    const row = (r: number) => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((c) => units.getCell(r, c).value);
    expect(row(4)).toEqual([
      "STT",
      "Đơn vị (tệp)",
      "Trang",
      "Số chỉ tiêu",
      "Hoàn thành",
      "Gần đạt (≥ 90\u00a0% KH)",
      "Chưa hoàn thành",
      "Chưa có số liệu",
      "Tỷ lệ hoàn thành",
      "Lỗi",
      "Cảnh báo",
      "Ghi chú",
    ]);
    expect(row(5)).toEqual([1, "quan-ba-dinh", "Bieu 01", 27, 18, 6, 1, 2, 18 / 27, 3, 6, null]);
    expect(row(6)).toEqual([2, "huyen-ba-vi", "Bieu 01", 27, 20, 6, 1, 0, 20 / 27, 0, 0, null]);
    expect(row(7)).toEqual([3, "huyen-soc-son", "Bieu 02", 4, 3, 0, 1, 0, 3 / 4, 1, 1, null]);
    expect(row(8)).toEqual([
      4,
      "hong",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "Không đọc được: tệp .xlsx bị hỏng (không giải nén được)",
    ]);
    expect(row(9)).toEqual([null, "Tổng cộng", null, 58, 41, 12, 3, 2, 41 / 58, 4, 7, null]);
    // Each unit's row counts the bands its own sheet's status block counts, near apart from not achieved.
    for (const [r, name] of [
      [5, "quan-ba-dinh"],
      [6, "huyen-ba-vi"],
      [7, "huyen-soc-son"],
    ] as const) {
      const own = workbook.getWorksheet(name)!;
      const block = [7, 8, 9, 10].map((ownRow) => own.getCell(ownRow, 3).value);
      expect(row(r).slice(4, 8)).toEqual(block);
      expect(row(4).slice(4, 8)).toEqual([7, 8, 9, 10].map((ownRow) => own.getCell(ownRow, 2).value));
    }
    expect(units.getCell("I5").numFmt).toBe("0.0%");
    const fill = (cell: string) => (units.getCell(cell).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect(["E5", "F5", "G5", "H5"].map(fill)).toEqual(
      [SUMMARY_COLORS.achieved, SUMMARY_COLORS.near, SUMMARY_COLORS.notAchieved, SUMMARY_COLORS.noData].map(
        (c) => `FF${c.fill}`,
      ),
    );
    // The by-unit chart, then three charts per district sheet.
    expect(chartsPerSheet(await readFile(target))).toEqual([1, 3, 3, 3]);
    const districtTitle = workbook.getWorksheet("huyen-soc-son")!.getCell("A3").value;
    expect(districtTitle).toBe("3/4 chỉ tiêu hoàn thành");
  });

  it("names the sheets of a file with several tables after the file and the sheet", async () => {
    const target = join(out, "same.xlsx");
    const code = await runSummarize([fx.clean, fx.clean], { output: target, lang: "en" }, recordingIo());
    expect(code).toBe(0);
    const names = (await open(target)).worksheets.map((s) => s.name);
    expect(names).toEqual(["By unit", "huyen-ba-vi", "huyen-ba-vi (2)"]);
  });

  it("writes nothing and exits 2 when no input has an indicator table", async () => {
    const target = join(out, "nothing.xlsx");
    const io = recordingIo();
    expect(await runSummarize([fx.notesOnly, fx.missing], { output: target, lang: "en" }, io)).toBe(2);
    expect(io.stderr).toContain("No indicator table to summarise; no file written.");
    await expect(access(target)).rejects.toThrow();
  });

  it("refuses to write over an input or to a file that is not .xlsx, before reading anything", async () => {
    const before = await sha256(fx.clean);
    await expect(runSummarize([fx.clean], { output: fx.clean, lang: "vi" }, recordingIo())).rejects.toBeInstanceOf(
      UsageError,
    );
    await expect(runSummarize([fx.clean], { output: join(out, "x.pdf"), lang: "vi" }, recordingIo())).rejects.toThrow(
      "cli.usage.outputExtension",
    );
    expect(await sha256(fx.clean)).toBe(before);
  });

  it("creates the output folder, and reports a write it cannot make without leaving a partial file", async () => {
    const nested = join(out, "a", "b", "tong-hop.xlsx");
    expect(await runSummarize([fx.english], { output: nested, lang: "en" }, recordingIo())).toBe(0);
    await access(nested);
    const blocked = join(out, "blocked.xlsx");
    await mkdir(blocked);
    const io = recordingIo();
    expect(await runSummarize([fx.english], { output: blocked, lang: "en" }, io)).toBe(2);
    expect(io.stderr).toMatch(new RegExp(`^Could not write ${blocked}: `));
  });
});
