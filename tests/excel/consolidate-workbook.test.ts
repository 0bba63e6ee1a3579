/** "Tổng hợp các đơn vị" over the sheets of the open workbook, in the Office.js fake, with its syncs counted. */
import { describe, expect, it } from "vitest";
import { OfficeWorkbookHost } from "../../src/excel/office-host";
import { consolidateWorkbook } from "../../src/host/consolidate-workbook";
import { districtRows, districtSheet } from "../../src/samples/districts";
import { createFakeExcel } from "../../src/testing/fake-excel";

const OPTIONS = { lang: "vi" as const, generatedAt: "02/12/2026 09:00" };
const SHEETS = ["Ma trận đơn vị", "Theo chỉ tiêu", "Xếp hạng đơn vị", "Chưa khớp"];

function workbook() {
  const notes = {
    name: "Ghi chú",
    origin: { row: 1, col: 1 },
    values: [["Số liệu do các quận, huyện gửi ngày 15/12"]],
  };
  const fake = createFakeExcel({
    sheets: [
      districtSheet(0, { name: "Ba Đình" }),
      districtSheet(13, { name: "Ba Vì" }),
      districtSheet(25, { name: "Sóc Sơn" }),
      notes,
    ],
  });
  return { fake, host: new OfficeWorkbookHost(fake.env()) };
}

describe("consolidating the sheets of the open workbook", () => {
  it("takes one unit per sheet, skips a sheet without a table and writes the consolidation's sheets", async () => {
    const { fake, host } = workbook();
    const progress: number[] = [];
    const done = await consolidateWorkbook(host, { ...OPTIONS, onProgress: (f) => progress.push(f) });
    expect(done!.skipped).toEqual(["Ghi chú"]);
    expect(done!.sheets).toEqual(SHEETS);
    expect(done!.result.units.map((u) => [u.unit, u.sheet])).toEqual([
      ["QUẬN BA ĐÌNH", "Ba Đình"],
      ["HUYỆN BA VÌ", "Ba Vì"],
      ["HUYỆN SÓC SƠN", "Sóc Sơn"],
    ]);
    expect(fake.sheetNames()).toEqual(["Ba Đình", "Ba Vì", "Sóc Sơn", "Ghi chú", ...SHEETS]);
    const matrix = fake.sheet("Ma trận đơn vị").cells;
    // The paragraph opens the first sheet, its merged row made tall enough to show it whole.
    expect(String(matrix.A4?.value)).toMatch(/^Năm 2023, tổng hợp số liệu của 3 quận, huyện\. 2\/3 quận, huyện đạt/);
    expect(fake.sheet("Ma trận đơn vị").rowHeights[4]).toBeGreaterThan(30);
    expect(["E7", "F7", "G7"].map((a) => matrix[a]?.value)).toEqual(["QUẬN BA ĐÌNH", "HUYỆN BA VÌ", "HUYỆN SÓC SƠN"]);
    expect(matrix.B8?.value).toBe("Tỷ lệ hộ nghèo");
    expect(matrix.H8?.value).toBe("2/3");
    const jobs = [0, 13, 25].map((d) => districtRows(d)[2]!.actual!);
    expect(fake.sheet("Theo chỉ tiêu").cells.J8?.value).toBe(jobs.reduce((a, b) => a + b, 0));
    expect(fake.sheet("Xếp hạng đơn vị").charts).toHaveLength(1);
    expect(fake.activeSheet()).toBe("Ma trận đơn vị");
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((f, i) => i === 0 || f >= progress[i - 1]!)).toBe(true);
  });

  it("reads each sheet and writes each consolidation sheet in a few syncs", async () => {
    const { fake, host } = workbook();
    await consolidateWorkbook(host, OPTIONS);
    // Listing 2; per sheet 3 (its values 2, its saved roles and judging 1); per written sheet 4; showing the matrix 1.
    expect(fake.stats.syncs).toBeLessThanOrEqual(2 + 3 * 4 + 4 * SHEETS.length + 1);
  });

  it("replaces its own sheets on the next run rather than adding more, and never counts them as units", async () => {
    const { fake, host } = workbook();
    await consolidateWorkbook(host, OPTIONS);
    const again = await consolidateWorkbook(host, OPTIONS);
    expect(again!.result.units).toHaveLength(3);
    expect(again!.sheets).toEqual(SHEETS);
    expect(fake.sheetNames()).toEqual(["Ba Đình", "Ba Vì", "Sóc Sơn", "Ghi chú", ...SHEETS]);
  });

  it("writes nothing when no sheet holds an indicator table", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Ghi chú", origin: { row: 1, col: 1 }, values: [["Ghi chú"]] }] });
    expect(await consolidateWorkbook(new OfficeWorkbookHost(fake.env()), OPTIONS)).toBeNull();
    expect(fake.sheetNames()).toEqual(["Ghi chú"]);
  });
});
