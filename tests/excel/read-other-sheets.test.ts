import { analyzeSheet } from "../../src/core/analyze";
import { SUMMARY_COLS, SUMMARY_ROWS } from "../../src/core/conclusions/reach";
import { buildSummaryPlan } from "../../src/core/summary/build";
import { MAX_COLS, MAX_ROWS } from "../../src/excel/a1";
import { OfficeWorkbookHost } from "../../src/excel/office-host";
import { programme08 } from "../../src/samples/programme08";
import { createFakeExcel } from "../../src/testing/fake-excel";
import { OWN_SUMMARY_WRONG, ownSummarySheet } from "../helpers/own-summary";

const TABLE = "Bieu 01";

function notes(name: string) {
  return { name, origin: { row: 1, col: 1 }, values: [["Ghi chú họp giao ban"], ["Người lập", "Nguyễn Văn A"]] };
}

function setUp(others = 0) {
  const extra = Array.from({ length: others }, (_, i) => notes(`Ghi chú ${i + 1}`));
  const fake = createFakeExcel({ sheets: [programme08(TABLE), ownSummarySheet(OWN_SUMMARY_WRONG), ...extra] });
  return { fake, host: new OfficeWorkbookHost(fake.env()) };
}

async function syncsOf(read: () => Promise<unknown>, fake: ReturnType<typeof createFakeExcel>): Promise<number> {
  fake.resetStats();
  await read();
  return fake.stats.syncs;
}

describe("reading the workbook's other sheets", () => {
  it("gives each visible sheet the user made, leaving out hidden ones, ChiTieu's and the checked one", async () => {
    const { fake, host } = setUp();
    fake.addSheet(notes("Ẩn"));
    fake.sheetModel("Ẩn").visibility = "Hidden";
    const plan = buildSummaryPlan(analyzeSheet(programme08(TABLE)), { lang: "vi", generatedAt: "20/11/2023" });
    const written = await host.writeSummary(plan);
    expect(fake.sheetNames()).toContain(written);

    const others = await host.readOtherSheets(TABLE);
    expect(others.map((s) => s.name)).toEqual(["Tổng hợp"]);
    expect(others[0]!.origin).toEqual({ row: 1, col: 1 });
    expect(others[0]!.values).toEqual(ownSummarySheet(OWN_SUMMARY_WRONG).values.map((row) => padded(row, 4)));
  });

  it("takes three syncs however many sheets there are", async () => {
    const few = setUp(1);
    const many = setUp(12);
    expect(await syncsOf(() => few.host.readOtherSheets(TABLE), few.fake)).toBe(3);
    expect(await syncsOf(() => many.host.readOtherSheets(TABLE), many.fake)).toBe(3);
    expect((await many.host.readOtherSheets(TABLE)).length).toBe(13);
  });

  it("gives each sheet the column mapping saved for it, still in three syncs", async () => {
    const { fake, host } = setUp(2);
    await host.saveMapping("Ghi chú 2", { name: "B", plan: "D", actual: "E" });
    const others = await syncsOf(async () => {
      const read = await host.readOtherSheets(TABLE);
      expect(read.map((s) => [s.name, s.mapping])).toEqual([
        ["Tổng hợp", undefined],
        ["Ghi chú 1", undefined],
        ["Ghi chú 2", { name: "B", plan: "D", actual: "E" }],
      ]);
    }, fake);
    expect(others).toBe(3);
  });

  it("reads only the corner of a huge sheet, the part a summary of one's own may take", async () => {
    const { fake, host } = setUp();
    const rows = Array.from({ length: 400 }, (_, r) => Array.from({ length: 50 }, (_, c) => r * 50 + c));
    fake.addSheet({ name: "Dữ liệu", origin: { row: 1, col: 1 }, values: rows });
    // A stray value at the grid's far corner makes the used range some 17 billion cells.
    fake.sheetModel("Dữ liệu").writeValue(MAX_ROWS, MAX_COLS, "x");
    fake.resetStats();
    const data = (await host.readOtherSheets(TABLE)).find((s) => s.name === "Dữ liệu")!;
    expect(fake.stats.syncs).toBe(3);
    expect(data.values).toHaveLength(SUMMARY_ROWS);
    expect(data.values.every((row) => row.length === SUMMARY_COLS)).toBe(true);
    expect(data.values[SUMMARY_ROWS - 1]![SUMMARY_COLS - 1]).toBe((SUMMARY_ROWS - 1) * 50 + SUMMARY_COLS - 1);
    expect(fake.stats.largestResponse).toBeLessThan(1_000_000);
  });

  it("reads a protected sheet like any other and changes nothing", async () => {
    const { fake, host } = setUp(2);
    fake.protect("Tổng hợp");
    const before = fake.sheetNames().map((name) => fake.sheet(name));
    const others = await host.readOtherSheets(TABLE);
    expect(others.map((s) => s.name)).toEqual(["Tổng hợp", "Ghi chú 1", "Ghi chú 2"]);
    expect(fake.sheetNames().map((name) => fake.sheet(name))).toEqual(before);
    expect(fake.activeSheet()).toBe(TABLE);
  });
});

/** The used range is a rectangle: a short row comes back filled to its width with blanks. */
function padded<T>(row: T[], width: number): (T | null)[] {
  return [...row, ...Array<null>(width - row.length).fill(null)];
}
