import { analyzeSheet } from "../../src/core/analyze";
import { OfficeWorkbookHost } from "../../src/excel/office-host";
import { t } from "../../src/core/i18n";
import { MAX_COLS, MAX_ROWS } from "../../src/excel/a1";
import { READ_CELL_LIMIT, readSheet } from "../../src/excel/read-sheet";
import { HostError } from "../../src/host/workbook-host";
import {
  programme08,
  programme08WithFaults,
  PROGRAMME08_FAULTS,
  PROGRAMME08_ROWS,
} from "../../src/samples/programme08";
import { createFakeExcel, FakeOfficeError, PAYLOAD_LIMIT, type FakeExcelOptions } from "../../src/testing/fake-excel";
import { largeProgrammeSheet } from "../../src/testing/fake-excel/large-table";

function hostOver(options: FakeExcelOptions) {
  const fake = createFakeExcel(options);
  return { fake, host: new OfficeWorkbookHost(fake.env()) };
}

describe("reading a sheet into a snapshot", () => {
  it("gives back the seeded Programme 08 values, formats and merged areas", async () => {
    const seeded = programme08();
    const { host } = hostOver({ sheets: [seeded] });
    const snapshot = await host.readSheet("Bieu 01");
    expect(snapshot.name).toBe("Bieu 01");
    expect(snapshot.origin).toEqual({ row: 1, col: 1 });
    expect(snapshot.values).toEqual(seeded.values);
    expect(snapshot.formats).toEqual(seeded.formats);
    expect(snapshot.merges).toEqual([...(seeded.merges ?? [])].sort((a, b) => a.top - b.top || a.left - b.left));
    expect(snapshot.hiddenRows).toEqual([]);
    expect(snapshot.formulas?.flat().every((f) => f === null)).toBe(true);
  });

  it("shows numbers as Excel displays them with the user's separators", async () => {
    const { host } = hostOver({ sheets: [programme08()], numberLocale: "vi" });
    const snapshot = await host.readSheet("Bieu 01");
    const row = PROGRAMME08_ROWS.vocational - 1;
    expect(snapshot.text?.[row]?.slice(3, 8)).toEqual(["675.000", "221.560", "242.108", "720.493", "106,7%"]);
  });

  it("keeps every fault the engine must report, error values included", async () => {
    const seeded = programme08WithFaults();
    const { host } = hostOver({ sheets: [seeded] });
    const snapshot = await host.readSheet("Bieu 01");
    expect(snapshot.values[13]?.[7]).toEqual({ error: "#DIV/0!" });
    expect(snapshot.values[8]?.[6]).toBe("720.493");
    const found = analyzeSheet(snapshot).issues.map((i) => `${i.code}@${i.cell}`);
    for (const fault of PROGRAMME08_FAULTS) expect(found).toContain(`${fault.code}@${fault.cell}`);
    expect(analyzeSheet(snapshot).issues).toEqual(analyzeSheet(seeded).issues);
  });

  it("reads formulas, hidden rows and an origin other than A1", async () => {
    const { fake, host } = hostOver({
      sheets: [
        {
          name: "Lệch",
          origin: { row: 3, col: 2 },
          values: [
            ["KH", "TH", "Tỷ lệ"],
            [100, 80, 0.8],
            [50, 60, 1.2],
            [10, 0, { error: "#DIV/0!" }],
          ],
          formulas: [
            [null, null, null],
            [null, null, "=C4/B4"],
            [null, null, "=C5/B5"],
            [null, null, "=C6/B6"],
          ],
          hiddenRows: [5],
        },
      ],
    });
    fake.sheetModel("Lệch").hiddenCols.add(3);
    const snapshot = await host.readSheet("Lệch");
    expect(snapshot.origin).toEqual({ row: 3, col: 2 });
    expect(snapshot.formulas?.[1]).toEqual([null, null, "=C4/B4"]);
    expect(snapshot.values[3]?.[2]).toEqual({ error: "#DIV/0!" });
    expect(snapshot.hiddenRows).toEqual([5]);
  });

  it("leaves merged areas out when ExcelApi 1.13 is missing, rather than failing", async () => {
    const { host } = hostOver({ sheets: [programme08()], apiVersion: "1.12" });
    const snapshot = await host.readSheet("Bieu 01");
    expect(snapshot.merges).toBeUndefined();
    expect(snapshot.values).toEqual(programme08().values);
  });

  it("reads a blank sheet as one empty cell", async () => {
    const { host } = hostOver({ sheets: [{ name: "Trống", origin: { row: 1, col: 1 }, values: [] }] });
    const snapshot = await host.readSheet("Trống");
    expect(snapshot.values).toEqual([[null]]);
  });
});

describe("sync count and payload", () => {
  it.each([
    [100, 3],
    [10_000, 4],
  ])("reads %i rows in %i syncs", async (rows, syncs) => {
    const seeded = largeProgrammeSheet(rows);
    const { fake, host } = hostOver({ sheets: [seeded] });
    const snapshot = await host.readSheet("Bieu 01");
    expect(snapshot.values).toEqual(seeded.values);
    expect(snapshot.merges).toHaveLength(seeded.merges?.length ?? -1);
    expect(fake.stats.syncs).toBe(syncs);
    expect(fake.stats.largestResponse).toBeLessThan(PAYLOAD_LIMIT);
  });

  it("reads 100,000 rows in syncs bounded by the payload, each under the 5 MB limit", async () => {
    const seeded = largeProgrammeSheet(100_000);
    const { fake, host } = hostOver({ sheets: [seeded] });
    const progress: number[] = [];
    const snapshot = await host.readSheet("Bieu 01", (f) => progress.push(f));
    expect(snapshot.values.length).toBe(100_000);
    expect(snapshot.values[99_999]).toEqual(seeded.values[99_999]);
    expect(fake.stats.largestResponse).toBeLessThan(PAYLOAD_LIMIT);
    // One sync for the geometry, one for the sample, then chunks each carrying at least half a budget's worth.
    expect(fake.stats.syncs).toBeLessThanOrEqual(2 + Math.ceil(fake.stats.responseBytes / (PAYLOAD_LIMIT / 2)));
    expect(fake.stats.syncs).toBeLessThan(40);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it("halves a chunk Excel refuses as too large and still reads every row", async () => {
    const seeded = largeProgrammeSheet(3_000);
    // Long texts below the sampled rows make the estimate too low for the real rows.
    seeded.values.forEach((line, i) => {
      if (i > 100 && typeof line[1] === "string") line[1] = line[1].repeat(60);
    });
    const fake = createFakeExcel({ sheets: [seeded] });
    const snapshot = await fake.run((context) => readSheet(context as never, "Bieu 01", { mergedAreas: true }));
    expect(snapshot.values).toEqual(seeded.values);
    expect(fake.stats.refused).toBeGreaterThan(0);
    expect(fake.stats.largestResponse).toBeLessThan(PAYLOAD_LIMIT);
  });

  it("probes merged areas on smaller row ranges when Excel refuses more than 512 at once", async () => {
    const rows = 1_200;
    const values = Array.from({ length: rows }, (_, r) => [`Chỉ tiêu ${r + 1}`, null, r]);
    const merges = values.map((_, r) => ({ top: r + 1, left: 1, bottom: r + 1, right: 2 }));
    const { host } = hostOver({ sheets: [{ name: "Gộp", origin: { row: 1, col: 1 }, values, merges }] });
    const snapshot = await host.readSheet("Gộp");
    expect(snapshot.merges).toEqual(merges);
  });
});

describe("reading within Excel's limits", () => {
  it("reads a table that ends at the sheet's last row and column", async () => {
    const seeded = { ...programme08("Mép"), origin: { row: MAX_ROWS - 36, col: MAX_COLS - 10 } };
    const { host } = hostOver({ sheets: [seeded] });
    const snapshot = await host.readSheet("Mép");
    expect(snapshot.origin).toEqual(seeded.origin);
    expect(snapshot.values).toEqual(seeded.values);
    expect(analyzeSheet(snapshot).summary).toMatchObject({ indicators: 27, achieved: 20 });
  });

  it("probes hidden rows over the used columns, never 512 entire rows (8.4 million cells)", async () => {
    const seeded = largeProgrammeSheet(1_500);
    const { fake, host } = hostOver({ sheets: [seeded] });
    fake.sheetModel("Bieu 01").hiddenRows.add(1_200);
    const snapshot = await host.readSheet("Bieu 01");
    expect(snapshot.hiddenRows).toEqual([1_200]);
    expect(snapshot.values).toEqual(seeded.values);
    // The engine is told of it as from a file: the hidden indicator row is named, and still counted.
    const hidden = analyzeSheet(snapshot).issues.filter((i) => i.code === "hidden-row");
    expect(hidden.map((i) => i.row)).toEqual([1_200]);
  });

  it.each([
    ["the sample", 2, "RangeExceedsLimit"],
    ["a chunk", 3, "RangeExceedsLimit"],
    ["a chunk", 3, "OperationCellsExceedLimit"],
  ])("reads %s (sync %i) again, smaller, when Excel refuses it with %s", async (_, refusedSync, code) => {
    const seeded = largeProgrammeSheet(10_000);
    const { fake, host } = hostOver({ sheets: [seeded] });
    fake.beforeSync = (sync) => {
      if (sync === refusedSync) throw new FakeOfficeError(code as string, "The cell count exceeds the limit.");
    };
    const snapshot = await host.readSheet("Bieu 01");
    expect(snapshot.values).toEqual(seeded.values);
    expect(snapshot.merges).toHaveLength(seeded.merges?.length ?? -1);
  });

  it("refuses at once a used range stretched to XFD1048576 by one stray cell, naming that cell", async () => {
    const { fake, host } = hostOver({ sheets: [programme08()] });
    fake.sheetModel("Bieu 01").writeValue(MAX_ROWS, MAX_COLS, "x");
    const error = await host.readSheet("Bieu 01").catch((e: unknown) => e);
    expect(error).toMatchObject({
      messageKey: "excel.reading.sheetTooLarge",
      params: { sheet: "Bieu 01", address: "A1:XFD1048576", corner: "XFD1048576", limit: READ_CELL_LIMIT },
    });
    expect(t("vi", (error as HostError).messageKey, (error as HostError).params)).toContain("17.179.869.184 ô");
    // Only the geometry was asked for: no cell of the 17 billion was read.
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.responseBytes).toBeLessThan(1_000);
  });

  it("reads a table beside a stray cell that keeps the used range under the limit", async () => {
    const seeded = programme08();
    const { fake, host } = hostOver({ sheets: [seeded] });
    fake.sheetModel("Bieu 01").writeValue(20_000, 40, "x");
    const snapshot = await host.readSheet("Bieu 01");
    expect(snapshot.values).toHaveLength(20_000);
    expect(snapshot.values[19_999]?.[39]).toBe("x");
    expect(analyzeSheet(snapshot).summary).toMatchObject({ indicators: 27, achieved: 20 });
  });
});

describe("failures while reading", () => {
  it("names a sheet deleted between two syncs", async () => {
    const { fake, host } = hostOver({ sheets: [largeProgrammeSheet(10_000), programme08("Khác")] });
    fake.beforeSync = (sync) => {
      if (sync === 2) fake.deleteSheet("Bieu 01");
    };
    const error = await host.readSheet("Bieu 01").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ messageKey: "excel.errors.sheetNotFound", params: { sheet: "Bieu 01" } });
  });

  it("asks the user to leave cell edit mode", async () => {
    const { fake, host } = hostOver({ sheets: [programme08()] });
    fake.cellEditMode = true;
    await expect(host.readSheet("Bieu 01")).rejects.toMatchObject({ messageKey: "excel.errors.cellEditMode" });
  });

  it("refuses to run where the minimum API set is missing", async () => {
    const { host } = hostOver({ sheets: [programme08()], apiVersion: "1.8" });
    await expect(host.readSheet("Bieu 01")).rejects.toMatchObject({
      messageKey: "excel.errors.unsupported",
      params: { version: "1.9" },
    });
  });
});
