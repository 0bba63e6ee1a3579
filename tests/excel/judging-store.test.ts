/** The near threshold and reporting period saved per sheet in the workbook, beside the column mapping, in the fake. */
import { describe, expect, it, vi } from "vitest";
import { buildActiveSummary, checkActiveSheet } from "../../src/commands/ribbon-actions";
import * as analyze from "../../src/core/analyze";
import { parsePeriodInput } from "../../src/core/judging-input";
import { judgingKey } from "../../src/excel/judging-store";
import { mappingKey } from "../../src/excel/mapping-store";
import { OfficeWorkbookHost } from "../../src/excel/office-host";
import { consolidateWorkbook } from "../../src/host/consolidate-workbook";
import { programme08 } from "../../src/samples/programme08";
import { createFakeExcel } from "../../src/testing/fake-excel";

function setUp() {
  const fake = createFakeExcel({ sheets: [programme08(), programme08("Quận Ba Đình")] });
  return { fake, host: new OfficeWorkbookHost(fake.env()) };
}

function userPeriod(text: string) {
  const read = parsePeriodInput(text);
  if (!read.ok || !read.period) throw new Error(`no period in ${text}`);
  return read.period;
}

const NINE_MONTHS = userPeriod("9 tháng");

describe("remembering how a sheet is judged in the workbook", () => {
  it("round-trips a threshold and a period per sheet, beside the sheet's mapping", async () => {
    const { host } = setUp();
    await host.saveMapping("Bieu 01", { actual: "F" });
    await host.saveJudging("Bieu 01", { near: 0.8, period: NINE_MONTHS });
    await host.saveJudging("Quận Ba Đình", { near: 0.95 });
    expect(await host.loadChoices("Bieu 01")).toEqual({
      mapping: { actual: "F" },
      judging: { near: 0.8, period: { label: "9 tháng", elapsed: 0.75, cell: null, source: "user" } },
    });
    expect(await host.loadChoices("Quận Ba Đình")).toEqual({ mapping: {}, judging: { near: 0.95 } });
  });

  it("tells 'no period' (no pace) apart from no setting (the table's own period)", async () => {
    const { host } = setUp();
    await host.saveJudging("Bieu 01", { period: null });
    expect((await host.loadChoices("Bieu 01")).judging).toEqual({ period: null });
    await host.saveJudging("Bieu 01", {});
    expect((await host.loadChoices("Bieu 01")).judging).toEqual({});
  });

  it("keeps it in the document's settings under a key of its own, so saving it leaves the mapping alone", async () => {
    const { fake, host } = setUp();
    await host.saveMapping("Bieu 01", { actual: "G" });
    await host.saveJudging("Bieu 01", { near: 0.8 });
    const settings = fake.office.context.document.settings;
    expect(settings.get(judgingKey("Bieu 01"))).toEqual({ near: 0.8 });
    expect(settings.get(mappingKey("Bieu 01"))).toEqual({ actual: "G" });
  });

  it("reads a workbook saved before judging settings existed: its mapping, and detection for the rest", async () => {
    const { fake, host } = setUp();
    fake.model.settings.set(mappingKey("Bieu 01"), { actual: "G", plan: "D" });
    expect(await host.loadChoices("Bieu 01")).toEqual({ mapping: { actual: "G", plan: "D" }, judging: {} });
  });

  it.each([
    ["a threshold above the whole target", { near: 1.5 }],
    ["a zero threshold", { near: 0 }],
    ["a threshold as text", { near: "90%" }],
    [
      "a period read from a table",
      { period: { label: "Lũy kế 2021-2023", elapsed: 0.6, cell: "G7", source: "detected" } },
    ],
    ["a period past the plan", { period: { label: "7/5", elapsed: 1.4, cell: null, source: "user" } }],
    ["a key it does not know", { near: 0.8, colour: "red" }],
    ["not an object", "near=0.8"],
  ])("ignores %s instead of blocking the sheet, and keeps the mapping", async (_, stored) => {
    const { fake, host } = setUp();
    fake.model.settings.set(mappingKey("Bieu 01"), { actual: "G" });
    fake.model.settings.set(judgingKey("Bieu 01"), stored);
    expect(await host.loadChoices("Bieu 01")).toEqual({ mapping: { actual: "G" }, judging: {} });
    await host.saveJudging("Bieu 01", { near: 0.8 });
    expect((await host.loadChoices("Bieu 01")).judging).toEqual({ near: 0.8 });
  });

  it("refuses to save an invalid threshold or a table's own period, writing nothing", async () => {
    const { fake, host } = setUp();
    const detected = { label: "Lũy kế 2021-2023", elapsed: 0.6, cell: "G7", source: "detected" };
    for (const judging of [{ near: 0 }, { period: detected }]) {
      // @ts-expect-error: a detected period is not the user's, which the type already says
      await expect(host.saveJudging("Bieu 01", judging)).rejects.toMatchObject({
        messageKey: "excel.errors.invalidJudging",
        params: { sheet: "Bieu 01" },
      });
    }
    expect(fake.model.settings.size).toBe(0);
  });

  it("reads the mapping and the judging of a sheet in one sync", async () => {
    const { fake, host } = setUp();
    await host.saveMapping("Bieu 01", { actual: "G" });
    await host.saveJudging("Bieu 01", { near: 0.8 });
    const before = fake.stats.syncs;
    await host.loadChoices("Bieu 01");
    expect(fake.stats.syncs - before).toBe(1);
  });
});

describe("the saved settings wherever the add-in analyses the sheet", () => {
  const SAVED = { near: 0.95, period: userPeriod("Quý III") };

  it("judges the ribbon's check and summary by them", async () => {
    const { host } = setUp();
    await host.saveJudging("Bieu 01", SAVED);
    const spy = vi.spyOn(analyze, "analyzeSheet");
    const write = vi.spyOn(host, "writeSummary");
    try {
      await checkActiveSheet(host);
      await buildActiveSummary(host, new Date(2024, 9, 1));
      // The other sheet is analysed too, only to see that it holds a table of its own (so it states nothing here).
      const own = spy.mock.calls.filter(([snapshot]) => snapshot.name === "Bieu 01");
      expect(own).toHaveLength(2);
      for (const call of own) expect(call[1]).toEqual({ mapping: {}, ...SAVED });
      // The summary sheet's pace note names the period the user set, at its share of the plan period.
      const plan = JSON.stringify(write.mock.calls[0]![0]);
      expect(plan).toContain("Kỳ báo cáo: quý III, đã qua 75\u00a0% thời gian kế hoạch");
      expect(plan).not.toContain("Lũy kế 2021-2023, đã qua");
    } finally {
      spy.mockRestore();
    }
  });

  it("judges each unit of the consolidation by its own sheet's", async () => {
    const { host } = setUp();
    await host.saveJudging("Quận Ba Đình", SAVED);
    const spy = vi.spyOn(analyze, "analyzeSheet");
    try {
      await consolidateWorkbook(host, { lang: "vi", generatedAt: "01/10/2024 09:00" });
      expect(spy.mock.calls.map((call) => call[1])).toEqual([{ mapping: {} }, { mapping: {}, ...SAVED }]);
    } finally {
      spy.mockRestore();
    }
  });
});
