/**
 * The findings list written into the workbook through the Office.js adapter, over the in-memory Excel: the same
 * rows as `check --findings`, each cell address a link, replaced on the next export, batched in a few syncs.
 */
import { a1, splitReference } from "../../src/core/address";
import { analyzeSheet } from "../../src/core/analyze";
import { FINDING_COLUMNS, FINDING_WIDTHS, findingCells, findingHeaders, findingRows } from "../../src/core/findings";
import { findingsPlan } from "../../src/core/findings-plan";
import type { Lang } from "../../src/core/types";
import { OfficeWorkbookHost } from "../../src/excel/office-host";
import { columnWidthPoints } from "../../src/excel/plan-layout";
import { PROGRAMME08_FAULTS, programme08, programme08WithFaults } from "../../src/samples/programme08";
import { createFakeExcel } from "../../src/testing/fake-excel";

const SHEET = "Bieu 01";

function setUp(sheets = [programme08WithFaults(SHEET), programme08("Quận Ba Đình")]) {
  const fake = createFakeExcel({ sheets, workbookName: "soc-son.xlsx" });
  return { fake, host: new OfficeWorkbookHost(fake.env()) };
}

/** What the pane does: read the sheet, analyse it, write its findings. */
async function exportFindings(host: OfficeWorkbookHost, sheet = SHEET, lang: Lang = "vi") {
  const rows = findingRows(await host.workbookName(), analyzeSheet(await host.readSheet(sheet)), lang);
  return { rows, name: await host.writeSummary(findingsPlan(rows, lang)) };
}

function everySheet(fake: ReturnType<typeof setUp>["fake"]) {
  return fake.sheetNames().map((name) => fake.sheet(name));
}

describe("writing the findings sheet", () => {
  it("writes the CLI's columns, one row per issue of the checked sheet, the header frozen and filterable", async () => {
    const { fake, host } = setUp();
    const { rows, name } = await exportFindings(host);
    expect(name).toBe("Kết quả kiểm tra");
    expect(fake.sheetNames()).toEqual([SHEET, "Quận Ba Đình", "Kết quả kiểm tra"]);
    expect(fake.activeSheet()).toBe("Kết quả kiểm tra");
    const sheet = fake.sheet(name);
    const line = (row: number) => FINDING_COLUMNS.map((_, c) => sheet.cells[a1(row, c + 1)]?.value ?? "");
    expect(line(1)).toEqual(findingHeaders("vi"));
    expect(rows.length).toBeGreaterThanOrEqual(PROGRAMME08_FAULTS.length);
    rows.forEach((row, r) => expect(line(r + 2)).toEqual(findingCells(row)));
    expect(line(rows.length + 2).every((v) => v === "")).toBe(true);
    for (const fault of PROGRAMME08_FAULTS) expect(rows.map((r) => r.cell)).toContain(fault.cell);
    const h17 = line(rows.findIndex((r) => r.cell === "H17") + 2);
    expect(h17).toEqual([
      "soc-son.xlsx",
      SHEET,
      "H17",
      "Cảnh báo",
      "stated-percent-mismatch",
      "Tỷ lệ % ghi sai",
      "Tỷ lệ ghi ở ô H17 là 125,00\u00a0% nhưng thực hiện ÷ kế hoạch = 107,35\u00a0%.",
      "125\u00a0%",
      "107,35\u00a0%",
    ]);
    expect(sheet.cells.A1?.style).toMatchObject({ bold: true, fill: "#1F4E78", fontColor: "#FFFFFF" });
    expect(sheet.freezeRows).toBe(1);
    expect(sheet.autoFilter).toEqual({ top: 1, left: 1, bottom: rows.length + 1, right: 9 });
    FINDING_COLUMNS.forEach((column, i) =>
      expect(sheet.columnWidths[i + 1]).toBe(columnWidthPoints(FINDING_WIDTHS[column])),
    );
    expect(sheet.pageLayout.printTitleRows).toBe("$1:$1");
    expect(sheet.names.ChiTieu_Summary?.visible).toBe(false);
  });

  it("makes each cell address a link to that cell of the checked sheet, its text the address", async () => {
    const { fake, host } = setUp();
    const { rows, name } = await exportFindings(host);
    const sheet = fake.sheet(name);
    rows.forEach((row, r) => {
      const cell = sheet.cells[a1(r + 2, 3)];
      expect(cell?.value).toBe(row.cell);
      expect(cell?.hyperlink).toEqual({ documentReference: `'${SHEET}'!${row.cell}`, textToDisplay: row.cell });
    });
    expect(sheet.cells.C1?.hyperlink).toBeUndefined();
    const linked = Object.values(sheet.cells).filter((c) => c.hyperlink);
    expect(linked).toHaveLength(rows.length);
    // Each link leads to a cell the checked sheet really has, the one the issue is about.
    const g9 = splitReference(
      sheet.cells[a1(rows.findIndex((r) => r.cell === "G9") + 2, 3)]!.hyperlink!.documentReference!,
    );
    expect(g9).toEqual({ sheet: SHEET, cell: "G9" });
    expect(fake.sheet(g9.sheet!).cells.G9?.value).toBe("720.493");
  });

  it("quotes a sheet name with spaces and apostrophes in the link, as Excel reads it", async () => {
    const name = "Xã Đông's 2023";
    const { fake, host } = setUp([programme08WithFaults(name)]);
    const { rows } = await exportFindings(host, name, "en");
    const sheet = fake.sheet("Check results");
    expect(sheet.cells.A1?.value).toBe("File");
    expect(sheet.cells.C2?.hyperlink?.documentReference).toBe(`'Xã Đông''s 2023'!${rows[0]!.cell}`);
    expect(splitReference(sheet.cells.C2!.hyperlink!.documentReference!).sheet).toBe(name);
  });

  it("keeps a cell's own text that starts like a formula as text", async () => {
    const { fake, host } = setUp();
    const rows = findingRows("soc-son.xlsx", analyzeSheet(programme08WithFaults(SHEET)), "vi");
    const planted = [{ ...rows[0]!, seen: '=HYPERLINK("http://x","y")', expected: "-3,8" }];
    await host.writeSummary(findingsPlan(planted, "vi"));
    const cells = fake.sheet("Kết quả kiểm tra").cells;
    expect(cells.H2).toMatchObject({ value: '=HYPERLINK("http://x","y")', formula: null });
    expect(cells.I2).toMatchObject({ value: "-3,8", formula: null });
  });

  it("replaces its earlier list in place on the next export, never adding a second one", async () => {
    const { fake, host } = setUp();
    await exportFindings(host);
    fake.model.move(fake.sheetModel("Kết quả kiểm tra"), 0);
    await host.applyFixes(SHEET, [
      analyzeSheet(await host.readSheet(SHEET)).issues.find((i) => i.code === "number-as-text")!.fix!,
    ]);
    const others = { a: fake.sheet(SHEET), b: fake.sheet("Quận Ba Đình") };
    const { rows } = await exportFindings(host);
    expect(fake.sheetNames()).toEqual(["Kết quả kiểm tra", SHEET, "Quận Ba Đình"]);
    expect(rows.map((r) => r.cell)).not.toContain("G9");
    const sheet = fake.sheet("Kết quả kiểm tra");
    expect(Object.values(sheet.cells).filter((c) => c.hyperlink)).toHaveLength(rows.length);
    expect(sheet.cells[a1(rows.length + 2, 1)]).toBeUndefined();
    expect(sheet.autoFilter).toEqual({ top: 1, left: 1, bottom: rows.length + 1, right: 9 });
    expect(fake.sheet(SHEET)).toEqual(others.a);
    expect(fake.sheet("Quận Ba Đình")).toEqual(others.b);
  });

  it("never replaces a sheet of the user's that happens to have the list's name", async () => {
    const users = { ...programme08("Kết quả kiểm tra"), values: [["Ghi chép riêng của tôi"]] };
    const { fake, host } = setUp([programme08WithFaults(SHEET), users]);
    const mine = fake.sheet("Kết quả kiểm tra");
    await exportFindings(host);
    await exportFindings(host);
    expect(fake.sheet("Kết quả kiểm tra")).toEqual(mine);
    expect(fake.sheetNames()).toEqual([SHEET, "Kết quả kiểm tra", "Kết quả kiểm tra (2)"]);
    expect(fake.sheet("Kết quả kiểm tra (2)").cells.C2?.hyperlink?.documentReference).toMatch(/^'Bieu 01'!/);
  });

  it("is undone by deleting its sheet: every other sheet is as it was", async () => {
    const { fake, host } = setUp();
    const before = everySheet(fake);
    await exportFindings(host);
    fake.deleteSheet("Kết quả kiểm tra");
    expect(everySheet(fake)).toEqual(before);
  });

  it("writes in a few syncs however many issues there are", async () => {
    const { fake, host } = setUp();
    const rows = findingRows("soc-son.xlsx", analyzeSheet(programme08WithFaults(SHEET)), "vi");
    const syncs = async (count: number) => {
      fake.resetStats();
      await host.writeSummary(
        findingsPlan(
          Array.from({ length: count }, (_, i) => rows[i % rows.length]!),
          "vi",
        ),
      );
      return fake.stats.syncs;
    };
    // Two to see the workbook and the marks, one for the whole list, one to swap it in.
    expect(await syncs(rows.length)).toBe(4);
    expect(await syncs(20 * rows.length)).toBe(4);
    expect(Object.values(fake.sheet("Kết quả kiểm tra").cells).filter((c) => c.hyperlink)).toHaveLength(
      20 * rows.length,
    );
  });
});
