import { createFakeExcel, FakeOfficeError, installFakeOffice, PAYLOAD_LIMIT } from "../../src/testing/fake-excel";
import { programme08 } from "../../src/samples/programme08";
import { OfficeWorkbookHost } from "../../src/excel/office-host";

type AnyContext = Parameters<Parameters<ReturnType<typeof createFakeExcel>["run"]>[0]>[0];

function fake() {
  return createFakeExcel({ sheets: [programme08()] });
}

describe("the in-memory Excel behaves like Office.js", () => {
  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    await fake().run(async (context: AnyContext) => {
      const range = context.workbook.worksheets.getItem("Bieu 01").getRange("A1:B2");
      // The misuse the office-addins lint rules catch is exactly what this test makes the fake refuse.
      /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(FakeOfficeError);
      await context.sync();
      expect(range.values[0]?.[0]).toBe("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI");
      expect(() => range.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
    });
  });

  it("applies writes only at sync, in the order they were queued", async () => {
    const excel = fake();
    await excel.run(async (context: AnyContext) => {
      const cell = context.workbook.worksheets.getItem("Bieu 01").getRange("M1");
      cell.numberFormat = [["@"]];
      cell.values = [["1.1"]];
      expect(excel.sheet("Bieu 01").cells.M1).toBeUndefined();
      await context.sync();
    });
    expect(excel.sheet("Bieu 01").cells.M1).toMatchObject({ value: "1.1", format: "@" });
  });

  it("coerces typed text as Excel does unless the cell is text-formatted", async () => {
    const excel = fake();
    await excel.run(async (context: AnyContext) => {
      context.workbook.worksheets.getItem("Bieu 01").getRange("M1:M3").values = [["1.1"], ["'007"], ["45%"]];
    });
    const cells = excel.sheet("Bieu 01").cells;
    expect([cells.M1?.value, cells.M2?.value, cells.M3?.value]).toEqual([1.1, "007", 0.45]);
  });

  it("answers isNullObject after a sync and fails on a missing item with ItemNotFound", async () => {
    await fake().run(async (context: AnyContext) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Không có");
      const present = context.workbook.worksheets.getItemOrNullObject("bieu 01");
      // eslint-disable-next-line office-addins/call-sync-before-read -- the fake must refuse this read
      expect(() => missing.isNullObject).toThrow();
      await context.sync();
      expect([missing.isNullObject, present.isNullObject]).toEqual([true, false]);
      context.workbook.worksheets.getItem("Không có").load("name");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("counts syncs and refuses responses over 5 MB", async () => {
    const excel = fake();
    await excel.run(async (context: AnyContext) => {
      const sheet = context.workbook.worksheets.getItem("Bieu 01");
      sheet.getRange("A1:K40").load("values");
      await context.sync();
      await context.sync();
      expect(excel.stats.syncs).toBe(1);
      sheet.getRange("A1").values = [["x".repeat(PAYLOAD_LIMIT)]];
      await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    });
    expect(excel.stats.refused).toBe(1);
  });

  it("refuses writes to a protected sheet with AccessDenied", async () => {
    const excel = fake();
    excel.protect("Bieu 01");
    await excel.run(async (context: AnyContext) => {
      context.workbook.worksheets.getItem("Bieu 01").getRange("A1").format.fill.color = "#FF0000";
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    });
  });

  it("gives the workbook's name once loaded, as Workbook.name does", async () => {
    const excel = createFakeExcel({ sheets: [programme08()], workbookName: "soc-son.xlsx" });
    await excel.run(async (context: AnyContext) => {
      expect(() => context.workbook.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      context.workbook.load("name");
      await context.sync();
      expect(context.workbook.name).toBe("soc-son.xlsx");
    });
    expect(
      await fake().run(async (context: AnyContext) => {
        context.workbook.load("name");
        await context.sync();
        return context.workbook.name;
      }),
    ).toBe("Book1");
  });

  it("links one cell with Range.hyperlink, showing textToDisplay in it, and refuses what Excel would", async () => {
    const excel = fake();
    await excel.run(async (context: AnyContext) => {
      const sheet = context.workbook.worksheets.getItem("Bieu 01");
      const cell = sheet.getRange("M1");
      cell.numberFormat = [["@"]];
      cell.hyperlink = { documentReference: "'Bieu 01'!G9", textToDisplay: "G9" };
      await context.sync();
      expect(excel.sheet("Bieu 01").cells.M1).toMatchObject({
        value: "G9",
        hyperlink: { documentReference: "'Bieu 01'!G9", textToDisplay: "G9" },
      });
      sheet.getRange("M2:M3").hyperlink = { documentReference: "'Bieu 01'!G9" };
      await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    });
    excel.protect("Bieu 01");
    await excel.run(async (context: AnyContext) => {
      context.workbook.worksheets.getItem("Bieu 01").getRange("M4").hyperlink = { documentReference: "A1" };
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    });
    const old = createFakeExcel({ sheets: [programme08()], apiVersion: "1.6" });
    await old.run(async (context: AnyContext) => {
      context.workbook.worksheets.getItem("Bieu 01").getRange("M4").hyperlink = { documentReference: "A1" };
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
  });

  it("selects several areas with RangeAreas.select from ExcelApi 1.18 only, as Microsoft documents it", async () => {
    const excel = createFakeExcel({ sheets: [programme08(), programme08("Khác")], apiVersion: "1.18" });
    await excel.run(async (context: AnyContext) => {
      context.workbook.worksheets.getItem("Khác").getRanges("G9, G15:G16").select();
      await context.sync();
    });
    expect(excel.selection).toEqual({ sheet: "Khác", address: "G9,G15:G16" });
    expect(excel.activeSheet()).toBe("Khác");
    const older = createFakeExcel({ sheets: [programme08()], apiVersion: "1.17" });
    await older.run(async (context: AnyContext) => {
      context.workbook.worksheets.getItem("Bieu 01").getRanges("G9, G15").select();
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
    expect(older.selection).toBeNull();
  });

  it("gets several areas with Worksheet.getRanges from ExcelApi 1.9 only", async () => {
    const excel = createFakeExcel({ sheets: [programme08()], apiVersion: "1.9" });
    await excel.run(async (context: AnyContext) => {
      const areas = context.workbook.worksheets.getItem("Bieu 01").getRanges("G9, G15:G16").load("address");
      await context.sync();
      expect(areas.address).toBe("'Bieu 01'!G9,'Bieu 01'!G15:G16");
    });
    const older = createFakeExcel({ sheets: [programme08()], apiVersion: "1.8" });
    await older.run(async (context: AnyContext) => {
      context.workbook.worksheets.getItem("Bieu 01").getRanges("G9, G15").load("address");
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
  });

  it("puts the sheet's one AutoFilter on a range of that sheet", async () => {
    const excel = createFakeExcel({ sheets: [programme08(), programme08("Khác")] });
    await excel.run(async (context: AnyContext) => {
      const sheet = context.workbook.worksheets.getItem("Bieu 01");
      sheet.autoFilter.apply("A6:K8");
      await context.sync();
      expect(excel.sheet("Bieu 01").autoFilter).toEqual({ top: 6, left: 1, bottom: 8, right: 11 });
      sheet.autoFilter.apply(sheet.getRangeByIndexes(0, 0, 3, 2));
      await context.sync();
      expect(excel.sheet("Bieu 01").autoFilter).toEqual({ top: 1, left: 1, bottom: 3, right: 2 });
      sheet.autoFilter.apply(context.workbook.worksheets.getItem("Khác").getRange("A1:B2"));
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(excel.sheet("Khác").autoFilter).toBeNull();
  });

  it("installs itself as Office, Excel and OfficeExtension on a window", async () => {
    const window: Record<string, unknown> = {};
    installFakeOffice(window, { sheets: [programme08()], displayLanguage: "en-US" });
    const office = window.Office as ReturnType<typeof createFakeExcel>["office"];
    expect(office.context.displayLanguage).toBe("en-US");
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(true);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.14")).toBe(false);
    const run = (window.Excel as { run: ReturnType<typeof createFakeExcel>["run"] }).run;
    const name = await run(async (context: AnyContext) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return sheet.name;
    });
    expect(name).toBe("Bieu 01");
    expect(await office.onReady()).toEqual({ host: "Excel", platform: "OfficeOnline" });
  });

  it("lets OfficeWorkbookHost run on the installed globals, as the preview page does", async () => {
    const globals = globalThis as Record<string, unknown>;
    const excel = installFakeOffice(globals, { sheets: [programme08(), programme08("Khác")], active: "Khác" });
    try {
      const host = new OfficeWorkbookHost();
      expect(await host.listSheets()).toEqual([
        { name: "Bieu 01", active: false, protected: false, summary: false },
        { name: "Khác", active: true, protected: false, summary: false },
      ]);
      expect(host.displayLanguage()).toBe("vi-VN");
      await host.selectCell("Bieu 01", "G9");
      expect(excel.selection).toEqual({ sheet: "Bieu 01", address: "G9" });
      expect(excel.activeSheet()).toBe("Bieu 01");
    } finally {
      delete globals.Office;
      delete globals.Excel;
      delete globals.OfficeExtension;
    }
  });
});
