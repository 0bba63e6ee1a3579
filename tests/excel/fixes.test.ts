import { analyzeSheet } from "../../src/core/analyze";
import { t } from "../../src/core/i18n";
import type { Fix } from "../../src/core/types";
import { OfficeWorkbookHost } from "../../src/excel/office-host";
import { programme08, programme08WithFaults } from "../../src/samples/programme08";
import { createFakeExcel } from "../../src/testing/fake-excel";

async function setUp() {
  const fake = createFakeExcel({ sheets: [programme08WithFaults(), programme08("Khác")] });
  const host = new OfficeWorkbookHost(fake.env());
  const fixes = analyzeSheet(await host.readSheet("Bieu 01")).issues.flatMap((i) => (i.fix ? [i.fix] : []));
  return { fake, host, fixes };
}

describe("applying safe fixes", () => {
  it("writes only the fixed cells' values", async () => {
    const { fake, host, fixes } = await setUp();
    expect(fixes).toContainEqual(expect.objectContaining({ cell: "G9", value: 720493 }));
    const before = fake.sheet("Bieu 01");
    const other = fake.sheet("Khác");
    await host.applyFixes("Bieu 01", fixes);
    const after = fake.sheet("Bieu 01");
    const changed = Object.keys(after.cells).filter(
      (a) => JSON.stringify(after.cells[a]) !== JSON.stringify(before.cells[a]),
    );
    expect(changed.sort()).toEqual(fixes.map((f) => f.cell).sort());
    for (const fix of fixes) {
      const was = before.cells[fix.cell];
      expect(after.cells[fix.cell]).toEqual({ ...was, value: fix.value, format: fix.format ?? was?.format });
    }
    expect(fake.sheet("Khác")).toEqual(other);
    const recheck = analyzeSheet(await host.readSheet("Bieu 01")).issues;
    expect(recheck.some((i) => i.code === "number-as-text")).toBe(false);
  });

  it("writes many fixes in a bounded number of syncs", async () => {
    const { fake, host } = await setUp();
    const fixes: Fix[] = Array.from({ length: 3000 }, (_, i) => ({
      cell: `M${i + 1}`,
      row: i + 1,
      col: 13,
      value: i,
      before: "",
    }));
    fake.resetStats();
    await host.applyFixes("Bieu 01", fixes);
    expect(fake.stats.syncs).toBe(2);
    expect(fake.sheet("Bieu 01").cells["M3000"]?.value).toBe(2999);
  });

  it("refuses a protected sheet before writing anything", async () => {
    const { fake, host, fixes } = await setUp();
    fake.protect("Bieu 01");
    const before = fake.sheet("Bieu 01");
    await expect(host.applyFixes("Bieu 01", fixes)).rejects.toMatchObject({ messageKey: "excel.errors.protected" });
    expect(fake.sheet("Bieu 01")).toEqual(before);
  });

  it("refuses a fix that is not a number or not a cell, naming it", async () => {
    const { fake, host } = await setUp();
    const before = fake.sheet("Bieu 01");
    await expect(
      host.applyFixes("Bieu 01", [{ cell: "G9", row: 9, col: 7, value: Number.NaN, before: "720.493" }]),
    ).rejects.toMatchObject({
      messageKey: "excel.errors.invalidFix",
      params: { cell: "G9" },
    });
    await expect(
      host.applyFixes("Bieu 01", [{ cell: "9G", row: 9, col: 7, value: 1, before: "720.493" }]),
    ).rejects.toMatchObject({
      messageKey: "excel.errors.invalidFix",
    });
    expect(fake.sheet("Bieu 01")).toEqual(before);
  });

  it("writes nothing when a cell changed after the check", async () => {
    const { fake, host, fixes } = await setUp();
    fake.sheetModel("Bieu 01").writeValue(9, 7, "'721.000");
    const before = fake.sheet("Bieu 01");
    await expect(host.applyFixes("Bieu 01", fixes)).rejects.toMatchObject({
      messageKey: "excel.errors.fixOutdated",
      params: { cell: "G9", before: "720.493", now: "721.000" },
    });
    expect(fake.sheet("Bieu 01")).toEqual(before);
  });

  it("refuses a cell holding a formula, writing nothing", async () => {
    const { fake, host } = await setUp();
    const cell = fake.sheetModel("Bieu 01").ensure(9, 7);
    Object.assign(cell, { formula: '=TEXT(720493,"#.##0")', value: "720.493" });
    const before = fake.sheet("Bieu 01");
    const fix: Fix = { cell: "G9", row: 9, col: 7, value: 720493, before: "720.493" };
    await expect(host.applyFixes("Bieu 01", [fix])).rejects.toMatchObject({
      messageKey: "excel.errors.fixOnFormula",
      params: { cell: "G9", formula: '=TEXT(720493,"#.##0")' },
    });
    expect(fake.sheet("Bieu 01")).toEqual(before);
    expect(t("vi", "excel.errors.fixOnFormula", { cell: "G9", formula: "=A1" })).toContain("công thức");
    expect(t("en", "excel.errors.fixOnFormula", { cell: "G9", formula: "=A1" })).toContain("formula");
  });

  it("fixes a number typed as text with spaces around it", async () => {
    const { fake, host } = await setUp();
    fake.sheetModel("Bieu 01").writeValue(9, 7, "'720.493 ");
    const fix = analyzeSheet(await host.readSheet("Bieu 01"))
      .issues.flatMap((i) => (i.fix ? [i.fix] : []))
      .find((f) => f.cell === "G9");
    expect(fix).toMatchObject({ value: 720493 });
    await host.applyFixes("Bieu 01", [fix as Fix]);
    expect(fake.sheet("Bieu 01").cells["G9"]?.value).toBe(720493);
  });

  it("reports a sheet deleted before the fixes arrive", async () => {
    const { fake, host, fixes } = await setUp();
    fake.deleteSheet("Bieu 01");
    await expect(host.applyFixes("Bieu 01", fixes)).rejects.toMatchObject({
      messageKey: "excel.errors.sheetNotFound",
      params: { sheet: "Bieu 01" },
    });
  });
});
