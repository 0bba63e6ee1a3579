// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkActiveSheet } from "../../src/commands/ribbon-actions";
import { publishRibbonNotice } from "../../src/commands/ribbon-notices";
import { analyzeSheet } from "../../src/core/analyze";
import { t } from "../../src/core/i18n";
import type { SheetSnapshot } from "../../src/core/snapshot";
import type { Lang } from "../../src/core/types";
import { MAX_COLS, MAX_ROWS } from "../../src/excel/a1";
import { OfficeWorkbookHost } from "../../src/excel/office-host";
import { HostError } from "../../src/host/workbook-host";
import { programme08, programme08WithFaults } from "../../src/samples/programme08";
import { createFakeExcel } from "../../src/testing/fake-excel";
import { OWN_SUMMARY_CELLS, OWN_SUMMARY_RIGHT, OWN_SUMMARY_WRONG, ownSummarySheet } from "../helpers/own-summary";
import { MemoryWorkbookHost } from "./memory-host";
import { renderPane } from "./render-pane";

afterEach(cleanup);

const SHEET = "Bieu 01";
const MISMATCH = "stated-conclusion-mismatch";
const CONFIRMED = "stated-conclusion-confirmed";
const UI = {
  vi: { heading: "Bảng chỉ tiêu", check: "Kiểm tra", done: /^Kiểm tra xong/ },
  en: { heading: "Indicator table", check: "Check", done: /^Check finished/ },
};

function setUp(sheets: SheetSnapshot[], displayLanguage = "vi-VN") {
  const fake = createFakeExcel({ sheets: [programme08(SHEET), ...sheets], displayLanguage });
  return { fake, host: new OfficeWorkbookHost(fake.env()) };
}

async function check(user: UserEvent, lang: Lang = "vi"): Promise<string> {
  await user.click(screen.getByRole("button", { name: UI[lang].check }));
  return (await within(screen.getByRole("status")).findByText(UI[lang].done)).textContent ?? "";
}

function ruleRegion(code: string, lang: Lang = "vi"): HTMLElement | null {
  return screen.queryByRole("region", { name: new RegExp(`^${escape(t(lang, `rules.${code}`))} \\(\\d+\\)$`) });
}

/** The issue's button, named by its cell and then its message ("'Tổng hợp'!C5Kết luận ở ô …"). */
function issueButton(region: HTMLElement, cell: string): HTMLElement {
  return within(region).getByRole("button", { name: new RegExp(`^${escape(cell)}(?![0-9])`) });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function notes(name: string): SheetSnapshot {
  return { name, origin: { row: 1, col: 1 }, values: [["Ghi chú họp giao ban"], ["Người lập", "Nguyễn Văn A"]] };
}

describe("a summary of the user's own on another sheet, in the pane", () => {
  it("shows a wrong count with its sheet and cell, goes there when clicked, and neither marks nor changes it", async () => {
    const { fake, host } = setUp([ownSummarySheet(OWN_SUMMARY_WRONG)]);
    const before = fake.sheet("Tổng hợp");
    const { user } = await renderPane(host);
    expect(await check(user)).toMatch(/^Kiểm tra xong: 2 cảnh báo, \d+ thông tin\.$/);

    const mismatch = ruleRegion(MISMATCH)!;
    const c5 = issueButton(mismatch, "'Tổng hợp'!C5");
    expect(c5.textContent).toContain(
      "Kết luận ở ô 'Tổng hợp'!C5 ghi \"Phối hợp thực hiện / Hoàn thành: 2\": 2 chỉ tiêu hoàn thành",
    );
    expect(c5.textContent).toMatch(/nhưng các dòng của bảng cho 1\.$/);
    expect(issueButton(mismatch, "'Tổng hợp'!D5").textContent).toMatch(/cho 4\.$/);
    // A fix writes to the checked sheet: none is offered for a cell of another.
    expect(within(mismatch).queryByRole("button", { name: /^Sửa/ })).toBeNull();

    await user.click(c5);
    expect(fake.selection).toEqual({ sheet: "Tổng hợp", address: "C5" });
    expect(fake.activeSheet()).toBe("Tổng hợp");
    expect(screen.getByRole("heading", { name: "Kết quả kiểm tra" })).toBeTruthy();

    // Marks go to the checked sheet's own issues (G7, the small rates of rows 11 and 12 in all three of E to G, each
    // row's one issue naming them, B38), never to C5 or D5 of either sheet.
    await user.click(screen.getByRole("button", { name: "Đánh dấu ô trên trang tính" }));
    await screen.findByText("Đã đánh dấu 8 ô.");
    const marked = fake.sheet(SHEET).conditionalFormats.flatMap((cf) => cf.areas);
    expect(marked.map((a) => `${a.top}:${a.left}-${a.bottom}:${a.right}`).sort()).toEqual([
      "11:5-12:5",
      "11:6-12:6",
      "11:7-12:7",
      "38:2-38:2",
      "7:7-7:7",
    ]);
    expect(fake.sheet("Tổng hợp")).toEqual(before);
  });

  it("says the same in English", async () => {
    const { host } = setUp([ownSummarySheet(OWN_SUMMARY_WRONG)], "en-US");
    const { user } = await renderPane(host, UI.en.heading);
    expect(await check(user, "en")).toMatch(/^Check finished: 2 warnings, \d+ notes\.$/);
    const c5 = issueButton(ruleRegion(MISMATCH, "en")!, "'Tổng hợp'!C5");
    expect(c5.textContent).toContain(
      "The conclusion in 'Tổng hợp'!C5 says \"Phối hợp thực hiện / Hoàn thành: 2\": 2 achieved",
    );
    expect(c5.textContent).toMatch(/but the table's rows give 1\.$/);
  });

  it("confirms the right counts", async () => {
    const { host } = setUp([ownSummarySheet(OWN_SUMMARY_RIGHT)]);
    const { user } = await renderPane(host);
    await check(user);
    expect(ruleRegion(MISMATCH)).toBeNull();
    const confirmed = ruleRegion(CONFIRMED)!;
    for (const cell of OWN_SUMMARY_CELLS) expect(issueButton(confirmed, cell).textContent).toContain("khớp với");
  });

  it("claims nothing when another sheet holds an indicator table of its own", async () => {
    const { host } = setUp([ownSummarySheet(OWN_SUMMARY_WRONG), programme08("Bieu 02")]);
    const { user } = await renderPane(host);
    await check(user);
    expect(ruleRegion(MISMATCH)).toBeNull();
    expect(screen.getByRole("region", { name: "Kết quả kiểm tra" }).textContent).not.toContain("Tổng hợp");
  });

  it("checks a protected summary beside a huge sheet, and a failed read leaves the table's check standing", async () => {
    const { fake, host } = setUp([ownSummarySheet(OWN_SUMMARY_WRONG), notes("Dữ liệu")]);
    fake.protect("Tổng hợp");
    fake.sheetModel("Dữ liệu").writeValue(MAX_ROWS, MAX_COLS, "x");
    const { user } = await renderPane(host);
    await check(user);
    expect(issueButton(ruleRegion(MISMATCH)!, "'Tổng hợp'!C5")).toBeTruthy();
    cleanup();

    const memory = new MemoryWorkbookHost([programme08(SHEET), ownSummarySheet(OWN_SUMMARY_WRONG)]);
    vi.spyOn(memory, "readOtherSheets").mockRejectedValue(new HostError("excel.errors.busy"));
    const again = await renderPane(memory);
    expect(await check(again.user)).toMatch(/^Kiểm tra xong: \d+ thông tin\.$/);
    expect(ruleRegion(MISMATCH)).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("reads the other sheets in as many syncs for six of them as for one", async () => {
    const syncs: number[] = [];
    for (const count of [1, 6]) {
      const extra = Array.from({ length: count - 1 }, (_, i) => notes(`Ghi chú ${i + 1}`));
      const { fake, host } = setUp([ownSummarySheet(OWN_SUMMARY_WRONG), ...extra]);
      const { user } = await renderPane(host);
      fake.resetStats();
      await check(user);
      syncs.push(fake.stats.syncs);
      expect(issueButton(ruleRegion(MISMATCH)!, "'Tổng hợp'!C5")).toBeTruthy();
      cleanup();
    }
    // Two to read the small checked sheet, three for the others.
    expect(syncs).toEqual([5, 5]);
  });
});

describe("a summary of the user's own, from the ribbon", () => {
  it("names the problems on the other sheet, marks nothing there, and the pane lists them", async () => {
    const { fake, host } = setUp([ownSummarySheet(OWN_SUMMARY_WRONG)]);
    const notice = await checkActiveSheet(host);
    expect(notice.key).toBe("excel.ribbon.checkedOnlyElsewhere");
    expect(t("vi", notice.key, notice.params)).toBe(
      "Đã kiểm tra “Bieu 01”: 2 cảnh báo, nằm ở trang “Tổng hợp” chứ không ở trang này nên không ô nào được đánh dấu; danh sách có trong ngăn ChiTieu.",
    );
    const english = await checkActiveSheet(setUp([ownSummarySheet(OWN_SUMMARY_WRONG)], "en-US").host);
    expect(t("en", english.key, english.params)).toBe(
      "Checked “Bieu 01”: 2 warnings, on “Tổng hợp” rather than this sheet, so no cell was marked; the ChiTieu pane lists them.",
    );
    expect(fake.sheet(SHEET).conditionalFormats).toEqual([]);
    expect(fake.sheet("Tổng hợp").conditionalFormats).toEqual([]);

    // The ribbon left the pane closed: opened, it shows the check, these issues with it.
    const events = new EventTarget();
    expect(publishRibbonNotice(events, notice)).toBe(false);
    await renderPane(host, UI.vi.heading, events);
    const mismatch = await screen.findByRole("region", {
      name: new RegExp(`^${escape(t("vi", `rules.${MISMATCH}`))}`),
    });
    expect(issueButton(mismatch, "'Tổng hợp'!C5")).toBeTruthy();
  });

  it("marks the checked sheet's own problems and says how many lie on the other sheet", async () => {
    const fake = createFakeExcel({ sheets: [programme08WithFaults(SHEET), ownSummarySheet(OWN_SUMMARY_WRONG)] });
    const host = new OfficeWorkbookHost(fake.env());
    const own = analyzeSheet(programme08WithFaults(SHEET)).issues.filter((i) => i.severity !== "info");
    const notice = await checkActiveSheet(host);
    expect(notice.key).toBe("excel.ribbon.checkedElsewhere");
    expect(t("vi", notice.key, notice.params)).toMatch(
      /Các ô có vấn đề trên trang này đã được đánh dấu; \d+ vấn đề ở trang “Tổng hợp” được liệt kê trong ngăn ChiTieu\.$/,
    );
    expect(t("en", notice.key, { ...notice.params, count: 1 })).toMatch(/; 1 problem on “Tổng hợp” is listed/);
    const marked = fake.sheet(SHEET).conditionalFormats.flatMap((cf) => cf.areas);
    expect(marked.map((a) => `${a.top}:${a.left}`).sort()).toEqual(
      [...new Set(own.map((i) => `${i.row}:${i.col}`))].sort(),
    );
    expect(fake.sheet("Tổng hợp").conditionalFormats).toEqual([]);
  });
});
