import { analyzeSheet } from "../../src/core/analyze";
import { issueAddress } from "../../src/core/issues";
import { OfficeWorkbookHost } from "../../src/excel/office-host";
import { programme08 } from "../../src/samples/programme08";
import { createFakeExcel } from "../../src/testing/fake-excel";
import { guessedRates } from "../helpers/guessed-rates";

/** The workbook of guessed yearly rates beside another sheet, active, so a selection must move to the checked one. */
function setUp(apiVersion: string) {
  const fake = createFakeExcel({ sheets: [guessedRates(), programme08("Khác")], active: "Khác", apiVersion });
  return { fake, host: new OfficeWorkbookHost(fake.env()) };
}

/** The address the pane selects for the near-poor row's one issue: its cells around the year not reported. */
const NEAR_POOR = analyzeSheet(guessedRates()).issues.find((i) => i.cell === "E4")!;

describe("selecting the cells an issue is about", () => {
  it("selects all three near-poor rates in one sync where Excel selects several areas (ExcelApi 1.18)", async () => {
    const { fake, host } = setUp("1.18");
    expect(issueAddress(NEAR_POOR)).toBe("E4, G4, H4");
    fake.resetStats();
    await host.selectCell("Bieu 01", issueAddress(NEAR_POOR));
    expect(fake.selection).toEqual({ sheet: "Bieu 01", address: "E4,G4,H4" });
    expect(fake.activeSheet()).toBe("Bieu 01");
    expect(fake.stats.syncs).toBe(1);
  });

  it("selects the issue's own cell, first of them, in an Excel of the manifest's minimum (ExcelApi 1.9)", async () => {
    const { fake, host } = setUp("1.9");
    fake.resetStats();
    await host.selectCell("Bieu 01", issueAddress(NEAR_POOR));
    expect(fake.selection).toEqual({ sheet: "Bieu 01", address: "E4" });
    expect(fake.stats.syncs).toBe(1);
  });

  it("selects a row's side-by-side cells as one range in any Excel", async () => {
    const { fake, host } = setUp("1.9");
    const insurance = analyzeSheet(guessedRates()).issues.find((i) => i.cell === "E3")!;
    await host.selectCell("Bieu 01", issueAddress(insurance));
    expect(fake.selection).toEqual({ sheet: "Bieu 01", address: "E3:H3" });
  });

  it("still refuses text that is no address, before selecting anything", async () => {
    const { fake, host } = setUp("1.18");
    await expect(host.selectCell("Bieu 01", "E4, Tổng hợp")).rejects.toMatchObject({
      messageKey: "excel.errors.invalidAddress",
    });
    expect(fake.selection).toBeNull();
  });
});
