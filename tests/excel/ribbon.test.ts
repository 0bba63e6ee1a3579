import { buildActiveSummary, checkActiveSheet } from "../../src/commands/ribbon-actions";
import { onRibbonNotice, takePendingRibbonNotice, type RibbonNotice } from "../../src/commands/ribbon-notices";
import { registerRibbonCommands, RIBBON_ACTIONS } from "../../src/commands/register";
import { analyzeSheet } from "../../src/core/analyze";
import { findingRows } from "../../src/core/findings";
import { findingsPlan } from "../../src/core/findings-plan";
import { t } from "../../src/core/i18n";
import { OfficeWorkbookHost } from "../../src/excel/office-host";
import { programme08, programme08WithFaults, PROGRAMME08_FAULTS } from "../../src/samples/programme08";
import { createFakeExcel, type FakeExcelOptions } from "../../src/testing/fake-excel";

function setUp(options: FakeExcelOptions = { sheets: [programme08WithFaults(), programme08("Khác")] }) {
  const fake = createFakeExcel(options);
  return { fake, host: new OfficeWorkbookHost(fake.env()) };
}

const marks = (fake: ReturnType<typeof createFakeExcel>, sheet: string) =>
  fake.sheet(sheet).conditionalFormats.filter((cf) => cf.formula?.includes('"ChiTieu:'));

describe("Check sheet (ribbon)", () => {
  it("checks the active sheet, marks its problem cells and says how many", async () => {
    const { fake, host } = setUp();
    const notice = await checkActiveSheet(host);
    expect(notice.ok).toBe(true);
    expect(notice.key).toBe("excel.ribbon.checked");
    const text = t("vi", notice.key, notice.params);
    expect(text).toContain("Bieu 01");
    expect(text).toMatch(/\d+ lỗi/);
    const covered = marks(fake, "Bieu 01").flatMap((cf) => cf.areas);
    expect(covered.length).toBeGreaterThanOrEqual(PROGRAMME08_FAULTS.length);
    expect(marks(fake, "Khác")).toEqual([]);
  });

  it("removes stale marks once the sheet is clean", async () => {
    const { fake, host } = setUp({ sheets: [programme08()] });
    await host.highlight("Bieu 01", [
      {
        code: "missing-unit",
        severity: "warning",
        cell: "C9",
        row: 9,
        col: 3,
        messageKey: "issues.missing-unit",
        params: {},
      },
    ]);
    const notice = await checkActiveSheet(host);
    expect(notice).toEqual({ ok: true, key: "excel.ribbon.clean", params: { sheet: "Bieu 01" } });
    expect(marks(fake, "Bieu 01")).toEqual([]);
  });

  it("checks a protected sheet without marking it", async () => {
    const { fake, host } = setUp();
    fake.protect("Bieu 01");
    const before = fake.sheet("Bieu 01");
    const notice = await checkActiveSheet(host);
    expect(notice.key).toBe("excel.ribbon.checkedProtected");
    expect(fake.sheet("Bieu 01")).toEqual(before);
  });

  it("reports a sheet without an indicator table", async () => {
    const { host } = setUp({ sheets: [{ name: "Ghi chú", origin: { row: 1, col: 1 }, values: [["Họp giao ban"]] }] });
    expect(await checkActiveSheet(host)).toEqual({
      ok: false,
      key: "excel.ribbon.noTable",
      params: { sheet: "Ghi chú" },
    });
  });
});

describe("Build summary (ribbon)", () => {
  it("writes the summary of the active sheet in the display language in one click", async () => {
    const { fake, host } = setUp({ sheets: [programme08(), programme08("Khác")], displayLanguage: "en-US" });
    const other = fake.sheet("Khác");
    const notice = await buildActiveSummary(host, new Date(2023, 10, 20, 8, 0));
    expect(notice).toEqual({
      ok: true,
      key: "excel.ribbon.summaryWritten",
      params: { summary: "Summary", sheet: "Bieu 01", achieved: 20, total: 27 },
    });
    expect(fake.sheetNames()).toEqual(["Bieu 01", "Khác", "Summary"]);
    expect(fake.sheet("Khác")).toEqual(other);
    expect(fake.sheet("Summary").charts.length).toBeGreaterThan(0);
  });

  it("will not summarise a summary sheet", async () => {
    const { fake, host } = setUp({ sheets: [programme08()] });
    await buildActiveSummary(host);
    expect(fake.activeSheet()).toBe("Tổng hợp");
    const notice = await buildActiveSummary(host);
    expect(notice).toEqual({ ok: false, key: "excel.ribbon.onOwnSheet", params: { sheet: "Tổng hợp" } });
  });

  it("will not check the list of findings it wrote, and says it is a sheet ChiTieu made", async () => {
    const { fake, host } = setUp({ sheets: [programme08WithFaults()] });
    const analysis = analyzeSheet(await host.readSheet("Bieu 01"));
    const list = await host.writeSummary(findingsPlan(findingRows("bieu.xlsx", analysis, "vi"), "vi"));
    expect(fake.activeSheet()).toBe(list);
    const notice = await checkActiveSheet(host);
    expect(notice).toEqual({ ok: false, key: "excel.ribbon.onOwnSheet", params: { sheet: list } });
    expect(t("vi", notice.key, notice.params)).toContain("danh sách lỗi");
    expect(t("en", notice.key, notice.params)).toContain("list of findings");
    expect(marks(fake, list)).toEqual([]);
  });

  it("summarises and checks the user's own sheet called “Tổng hợp”, leaving it in place", async () => {
    const { fake, host } = setUp({ sheets: [programme08WithFaults("Tổng hợp")] });
    const check = await checkActiveSheet(host);
    expect(check.key).toBe("excel.ribbon.checked");
    expect(marks(fake, "Tổng hợp").length).toBeGreaterThan(0);
    const notice = await buildActiveSummary(host);
    expect(notice).toMatchObject({ ok: true, params: { summary: "Tổng hợp (2)", sheet: "Tổng hợp" } });
    expect(fake.sheetNames()).toEqual(["Tổng hợp", "Tổng hợp (2)"]);
  });

  it("recognises its own summary by its mark even after the user renames it", async () => {
    const { fake, host } = setUp({ sheets: [programme08()] });
    await buildActiveSummary(host);
    await fake.env().run(async (context) => {
      context.workbook.worksheets.getItem("Tổng hợp").name = "Báo cáo quý";
      await context.sync();
    });
    expect(await buildActiveSummary(host)).toEqual({
      ok: false,
      key: "excel.ribbon.onOwnSheet",
      params: { sheet: "Báo cáo quý" },
    });
    expect(await checkActiveSheet(host)).toEqual({
      ok: false,
      key: "excel.ribbon.onOwnSheet",
      params: { sheet: "Báo cáo quý" },
    });
  });

  it("turns a failure into a notice instead of throwing", async () => {
    const { fake, host } = setUp({ sheets: [programme08()] });
    fake.cellEditMode = true;
    expect(await buildActiveSummary(host)).toEqual({ ok: false, key: "excel.errors.cellEditMode", params: {} });
  });
});

describe("ribbon registration", () => {
  it("registers both actions once and always completes the event", async () => {
    const { fake, host } = setUp();
    const window = new EventTarget();
    await registerRibbonCommands(fake.office, async () => host, window);
    expect([...fake.actions.keys()]).toEqual([RIBBON_ACTIONS.checkActiveSheet, RIBBON_ACTIONS.buildSummary]);
    const seen: RibbonNotice[] = [];
    const stop = onRibbonNotice(window, (n) => seen.push(n));
    await fake.invokeAction("checkActiveSheet");
    await fake.invokeAction("buildSummary");
    stop();
    expect(seen.map((n) => n.key)).toEqual(["excel.ribbon.checked", "excel.ribbon.summaryWritten"]);
    expect(takePendingRibbonNotice(window)).toBeNull();
    expect(fake.taskpaneShown).toBe(0);
  });

  it("opens the pane with the message when a command fails while the pane is closed", async () => {
    const { fake, host } = setUp();
    const window = new EventTarget();
    await registerRibbonCommands(fake.office, async () => host, window);
    fake.cellEditMode = true;
    await fake.invokeAction("buildSummary");
    expect(fake.taskpaneShown).toBe(1);
    expect(takePendingRibbonNotice(window)).toEqual({ ok: false, key: "excel.errors.cellEditMode", params: {} });
    expect(takePendingRibbonNotice(window)).toBeNull();
  });

  it("completes the event even when the pane cannot be shown", async () => {
    const { fake, host } = setUp();
    const window = new EventTarget();
    fake.office.addin.showAsTaskpane = () => Promise.reject(new Error("not supported"));
    await registerRibbonCommands(fake.office, async () => host, window);
    fake.cellEditMode = true;
    await expect(fake.invokeAction("checkActiveSheet")).resolves.toBeUndefined();
  });
});
