/** With many inputs, each unit's tab is named after what tells it apart, and its by-unit row links to it. */
import { copyFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { runSummarize } from "../../src/cli/summarize";
import { agencyOf } from "../../src/core/consolidate/unit-name";
import { distinguishingNames } from "../../src/cli/unit-names";
import { analyzeSheet } from "../../src/core/analyze";
import { programme08 } from "../../src/samples/programme08";
import { zipEntries } from "../xlsx/zip";
import { recordingIo, tempDir, writeFixtures, type Fixtures } from "./fixtures";

let fx: Fixtures;
beforeAll(async () => {
  fx = await writeFixtures();
});

const PREFIX = "Báo cáo kết quả thực hiện chỉ tiêu Công an";

describe("distinguishingNames", () => {
  it("drops the words every long name shares, keeping what tells units apart", () => {
    expect(distinguishingNames([`${PREFIX} huyện Sóc Sơn`, `${PREFIX} huyện Ba Vì`, `${PREFIX} quận Ba Đình`])).toEqual(
      ["huyện Sóc Sơn", "huyện Ba Vì", "quận Ba Đình"],
    );
    const common = (unit: string) => `Bao-cao_chi-tieu_nam-2023 - ${unit} - ban cuoi`;
    expect(distinguishingNames([common("xa Tan Lap"), common("xa Phu Minh")])).toEqual(["Tan Lap", "Phu Minh"]);
  });

  it("keeps names that fit, and a name that would be left empty", () => {
    expect(distinguishingNames(["quan-ba-dinh", "huyen-ba-vi"])).toEqual(["quan-ba-dinh", "huyen-ba-vi"]);
    const long = `${PREFIX} huyện Sóc Sơn`;
    expect(distinguishingNames([long, long])).toEqual([long, long]);
  });
});

describe("summarize with many similarly named inputs", () => {
  it("names each tab after its unit and links each by-unit row to its tab", async () => {
    const dir = await tempDir();
    const units = ["huyện Sóc Sơn", "huyện Ba Vì", "quận Ba Đình"];
    const inputs = [];
    for (const unit of units) {
      const path = join(dir, `${PREFIX} ${unit}.xlsx`);
      await copyFile(fx.english, path);
      inputs.push(path);
    }
    const target = join(dir, "tong-hop.xlsx");
    expect(await runSummarize(inputs, { output: target, lang: "vi" }, recordingIo())).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Tổng hợp theo đơn vị", ...units]);

    const { readFile } = await import("node:fs/promises");
    const sheetXml = zipEntries(await readFile(target))
      .get("xl/worksheets/sheet1.xml")!
      .toString();
    const links = [...sheetXml.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]+)"/g)].map((m) => [
      m[1],
      m[2]!.replace(/&#39;/g, "'"),
    ]);
    expect(links).toEqual([
      ["B5", "'huyện Sóc Sơn'!A1"],
      ["B6", "'huyện Ba Vì'!A1"],
      ["B7", "'quận Ba Đình'!A1"],
    ]);
    expect(workbook.worksheets[0]!.getCell("B5").text).toBe(`${PREFIX} huyện Sóc Sơn`);
  });
});

describe("tabs named after the agency in the title rows", () => {
  it("finds the lowest agency line above the table of Programme 08", () => {
    const snapshot = programme08();
    const analysis = analyzeSheet(snapshot);
    expect(agencyOf(snapshot, analysis.table!.headerRows[0]!)).toBe("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
  });

  it("names each district's tab after the agency its title rows name, whatever the file is called", async () => {
    const dir = await tempDir();
    const districts = ["UBND HUYỆN SÓC SƠN", "UBND HUYỆN BA VÌ", "UBND HUYỆN MÊ LINH"];
    const inputs = [];
    for (const [i, district] of districts.entries()) {
      const workbook = new ExcelJS.Workbook();
      workbook
        .addWorksheet("Bieu 01")
        .addRows([
          ["ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"],
          [district],
          ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2023"],
          [],
          ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện"],
          ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 675000, 720493 - i],
          ["2", "Số phiên giao dịch việc làm", "phiên", 600, 681],
        ]);
      const path = join(dir, `bao-cao-${i + 1}.xlsx`);
      await workbook.xlsx.writeFile(path);
      inputs.push(path);
    }
    const target = join(dir, "tong-hop.xlsx");
    expect(await runSummarize(inputs, { output: target, lang: "vi" }, recordingIo())).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Tổng hợp theo đơn vị", ...districts]);
  });
});
