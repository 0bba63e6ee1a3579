import { OfficeWorkbookHost } from "../../src/excel/office-host";
import { mappingKey } from "../../src/excel/mapping-store";
import { programme08 } from "../../src/samples/programme08";
import { createFakeExcel } from "../../src/testing/fake-excel";

function setUp() {
  const fake = createFakeExcel({ sheets: [programme08(), programme08("Quận Ba Đình")] });
  return { fake, host: new OfficeWorkbookHost(fake.env()) };
}

async function mappingOf(host: OfficeWorkbookHost, sheet: string) {
  return (await host.loadChoices(sheet)).mapping;
}

describe("remembering the column mapping in the workbook", () => {
  it("round-trips a mapping per sheet", async () => {
    const { host } = setUp();
    await host.saveMapping("Bieu 01", { actual: "F", plan: "D" });
    await host.saveMapping("Quận Ba Đình", { name: "B" });
    expect(await mappingOf(host, "Bieu 01")).toEqual({ actual: "F", plan: "D" });
    expect(await mappingOf(host, "Quận Ba Đình")).toEqual({ name: "B" });
  });

  it("has an empty mapping (detection) for a sheet never mapped", async () => {
    const { host } = setUp();
    expect(await mappingOf(host, "Bieu 01")).toEqual({});
  });

  it("replaces the saved mapping, and an empty one means detection", async () => {
    const { host } = setUp();
    await host.saveMapping("Bieu 01", { actual: "F" });
    await host.saveMapping("Bieu 01", {});
    expect(await mappingOf(host, "Bieu 01")).toEqual({});
  });

  it("is kept in the document's settings, where Office saves it with the file", async () => {
    const { fake, host } = setUp();
    await host.saveMapping("Bieu 01", { actual: "G" });
    expect(fake.office.context.document.settings.get(mappingKey("Bieu 01"))).toEqual({ actual: "G" });
  });

  it("ignores a stored value that is not a valid mapping instead of blocking the sheet", async () => {
    const { fake, host } = setUp();
    fake.model.settings.set(mappingKey("Bieu 01"), { actual: "G7", colour: "red" });
    expect(await mappingOf(host, "Bieu 01")).toEqual({});
    await host.saveMapping("Bieu 01", { actual: "G" });
    expect(await mappingOf(host, "Bieu 01")).toEqual({ actual: "G" });
  });

  it("refuses to save an invalid mapping", async () => {
    const { fake, host } = setUp();
    await expect(host.saveMapping("Bieu 01", { actual: "7" })).rejects.toMatchObject({
      messageKey: "excel.errors.invalidMapping",
      params: { sheet: "Bieu 01" },
    });
    expect(fake.model.settings.size).toBe(0);
  });
});
