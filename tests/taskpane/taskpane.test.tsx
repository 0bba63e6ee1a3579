// @vitest-environment jsdom
import { cleanup, getDefaultNormalizer, screen, waitFor, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { a1 } from "../../src/core/address";
import { t } from "../../src/core/i18n";
import { issueCells } from "../../src/core/issues";
import type { Issue } from "../../src/core/types";
import { HostError } from "../../src/host/workbook-host";
import { PROGRAMME08_FAULTS, programme08, programme08WithFaults } from "../../src/samples/programme08";
import { MemoryWorkbookHost } from "./memory-host";
import { renderPane } from "./render-pane";
import { withoutSections } from "../helpers/without-sections";
import { guessedRates } from "../helpers/guessed-rates";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const SHEET = "Bieu 01";
/** Notes (severity info) are the engine's to add; the sample's errors and warnings are its listed faults. */
const NOTES = analyzeSheet(programme08WithFaults(SHEET)).issues.filter((i) => i.severity === "info");
const notesText = (lang: "vi" | "en") =>
  NOTES.length ? `, ${t(lang, "ui.check.count.info", { count: NOTES.length })}` : "";
/** Every cell the issues are about: a row's guessed rates are one note, at E11, about all of E11:G11. */
const cellsOf = (issues: Issue[]) => issues.flatMap(issueCells).map(({ row, col }) => a1(row, col));
/**
 * Read off the sample's issues, not worked out by issueCells as the pane does: its 9 faults' cells (B38 also holds
 * its two confirmed conclusions), G7 of the period and the result column, and the six guessed rates E11:G11, E12:G12,
 * whose two notes stand at E11 and E12. 12 cells had issues; 16 are marked.
 */
const MARKED_CELLS = 16;

function ruleRegion(code: string, lang: "vi" | "en" = "vi"): HTMLElement {
  const title = t(lang, `rules.${code}`);
  return screen.getByRole("region", {
    name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(\\d+\\)$`),
  });
}

/** The box of one column role (a listbox trigger); its text is the column it uses now. */
function roleBox(role: string): HTMLElement {
  return screen.getByRole("combobox", { name: new RegExp(`^${role}`) });
}

/** Opens a role's box and picks a column, as a mouse user does. */
async function chooseRole(user: UserEvent, role: string, option: RegExp): Promise<void> {
  await user.click(roleBox(role));
  await user.click(await screen.findByRole("option", { name: option }));
}

function issueButton(region: HTMLElement, cell: string): HTMLElement {
  return within(region).getByRole("button", { name: new RegExp(`^${cell}\\b`) });
}

/**
 * The confirmation dialog, once open. In jsdom, tabster (Fluent's focus manager) treats the modal as entered only
 * when focus lands on a control inside it, and keeps the surface aria-hidden until then; a keyboard user tabbing in
 * does exactly that, so the test does too. In a real browser (tests/e2e) the dialog takes focus by itself.
 */
async function openedDialog(name: string): Promise<HTMLElement> {
  const surface = await waitFor(() => {
    const found = document.querySelector<HTMLElement>("[role=alertdialog]");
    if (!found) throw new Error("no dialog yet");
    return found;
  });
  surface.querySelector<HTMLElement>("button")?.focus();
  return screen.findByRole("alertdialog", { name });
}

describe("task pane over the Programme 08 workbook", () => {
  it("opens the active sheet in Vietnamese and shows the detected table", async () => {
    const host = new MemoryWorkbookHost([programme08("Ghi chu"), programme08WithFaults(SHEET)], { active: SHEET });
    await renderPane(host);

    expect(screen.getByRole("heading", { level: 1, name: "Kiểm tra chỉ tiêu" })).toBeTruthy();
    expect((screen.getByRole("combobox", { name: "Trang tính" }) as HTMLSelectElement).value).toBe(SHEET);
    expect(screen.getByText("Dòng tiêu đề: 6, 7")).toBeTruthy();
    expect(screen.getByText("27 chỉ tiêu")).toBeTruthy();
    expect(
      screen.getByText("Cột kết quả được dùng: G — Kết quả thực hiện / Lũy kế 2021-2023 (cột lũy kế)"),
    ).toBeTruthy();
    expect(screen.getByText(/^Các cột kết quả khác: E — Kết quả thực hiện \/ Năm 2021; F —/)).toBeTruthy();
    expect(roleBox("Thực hiện").textContent).toBe("Tự động: G — Kết quả thực hiện / Lũy kế 2021-2023");
    expect(roleBox("Đơn vị tính").textContent).toBe("Tự động: C — Đơn vị tính");
  });

  it("checks the sheet and lists every fault grouped by rule, with its cell", async () => {
    const host = new MemoryWorkbookHost([programme08WithFaults(SHEET)]);
    const { user } = await renderPane(host);

    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    const heading = await screen.findByRole("heading", { name: "Kết quả kiểm tra" });
    await waitFor(() => expect(document.activeElement).toBe(heading));

    expect(screen.getByText("3 lỗi")).toBeTruthy();
    expect(screen.getByText("6 cảnh báo")).toBeTruthy();
    for (const fault of PROGRAMME08_FAULTS) {
      const button = issueButton(ruleRegion(fault.code), fault.cell);
      expect(button.textContent).toContain(fault.cell);
    }
    expect(within(ruleRegion("not-a-number")).getByText(/"20.226 lượt" không đọc được thành số/)).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe(`Kiểm tra xong: 3 lỗi, 6 cảnh báo${notesText("vi")}.`);
    // The counts are on screen once, in the results; the status line only announces them.
    const announced = within(screen.getByRole("status")).getByText(/^Kiểm tra xong/);
    expect(getComputedStyle(announced).position).toBe("absolute");
    expect(getComputedStyle(announced).clipPath).toBe("inset(50%)");
    expect(getComputedStyle(screen.getByText("3 lỗi")).position).not.toBe("absolute");
  });

  it("puts the actions first, then the results, with the summary's result next to its button", async () => {
    const host = new MemoryWorkbookHost([programme08WithFaults(SHEET)]);
    const { user } = await renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("heading", { name: "Kết quả kiểm tra" });
    await user.click(screen.getByRole("button", { name: "Tạo báo cáo tổng hợp" }));
    await screen.findByText("18/27 chỉ tiêu hoàn thành; 2 chỉ tiêu chưa có số liệu.");

    const order = [
      screen.getByRole("combobox", { name: "Trang tính" }),
      screen.getByRole("button", { name: "Kiểm tra" }),
      screen.getByRole("button", { name: "Tạo báo cáo tổng hợp" }),
      screen.getByRole("status"),
      screen.getByRole("heading", { name: "Báo cáo tổng hợp" }),
      screen.getByRole("heading", { name: "Kết quả kiểm tra" }),
      screen.getByRole("heading", { name: "Bảng chỉ tiêu" }),
      screen.getByRole("heading", { name: "Vai trò các cột" }),
    ];
    for (let i = 1; i < order.length; i++) {
      expect(order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
    // Each group's count appears once in the summary: in the group list, not again in the headline (the meeting
    // paragraph below words it in its own sentence).
    const summary = screen.getByRole("region", { name: "Báo cáo tổng hợp" });
    expect(within(summary).getAllByText(/10\/12/)).toHaveLength(1);
  });

  it("selects the issue's cell in Excel when the issue is clicked", async () => {
    const host = new MemoryWorkbookHost([programme08WithFaults(SHEET)]);
    const select = vi.spyOn(host, "selectCell");
    const { user } = await renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("heading", { name: "Kết quả kiểm tra" });

    await user.click(issueButton(ruleRegion("formula-error"), "H14"));
    expect(select).toHaveBeenCalledWith(SHEET, "H14");
    expect(host.selection).toEqual({ sheet: SHEET, address: "H14" });
  });

  it("selects and marks every yearly rate a row's one guessed-scale note is about, not only its first", async () => {
    const host = new MemoryWorkbookHost([guessedRates(SHEET)]);
    const { user } = await renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("heading", { name: "Kết quả kiểm tra" });
    const region = ruleRegion("percent-scale-guessed");

    const nearPoor = issueButton(region, "E4");
    expect(nearPoor.getAttribute("title")).toBe("Chọn ô E4, G4, H4 trong Excel");
    await user.click(nearPoor);
    expect(host.selection).toEqual({ sheet: SHEET, address: "E4, G4, H4" });
    await user.click(issueButton(region, "E3"));
    expect(host.selection).toEqual({ sheet: SHEET, address: "E3:H3" });

    // H2, where the period is noted, the four health-insurance rates and the three near-poor ones.
    await user.click(screen.getByRole("button", { name: "Đánh dấu ô trên trang tính" }));
    await screen.findByText("Đã đánh dấu 8 ô.");
  });

  it("lists each indicator's band and distance from plan, and selects its result cell when clicked", async () => {
    const host = new MemoryWorkbookHost([programme08WithFaults(SHEET)]);
    const { user } = await renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    const region = await screen.findByRole("region", { name: "Kết quả từng chỉ tiêu" });

    expect(within(region).getByText("18 hoàn thành")).toBeTruthy();
    expect(within(region).getByText("6 gần đạt")).toBeTruthy();
    expect(within(region).getByText("1 chưa hoàn thành")).toBeTruthy();
    expect(within(region).getByText("2 chưa có số liệu")).toBeTruthy();
    const items = within(region).getAllByRole("listitem");
    expect(items).toHaveLength(27);
    const item = (name: RegExp) => within(region).getByRole("button", { name });
    expect(item(/^Chưa hoàn thành Số xã, phường, thị trấn có mô hình/).textContent).toMatch(/còn thiếu 21,6\u00a0%$/);
    expect(item(/^Hoàn thành Tỷ lệ hộ nghèo/).textContent).toMatch(/\+0,47 điểm %$/);
    expect(item(/^Gần đạt Tỷ lệ lao động qua đào tạo/).textContent).toMatch(/\u22121,5 điểm %$/);
    expect(item(/^Hoàn thành Tuyển sinh/).textContent).toMatch(/vượt 6,7\u00a0%$/);
    expect(item(/^Chưa có số liệu Tỷ lệ người cao tuổi/).textContent).toBe(
      "Chưa có số liệuTỷ lệ người cao tuổi có thẻ bảo hiểm y tế",
    );
    expect(region.textContent).not.toMatch(/vượt 0[,.]0/);

    await user.click(item(/^Chưa hoàn thành Số xã/));
    expect(host.selection).toEqual({ sheet: SHEET, address: "G18" });
  });

  it("shows each indicator's result in English", async () => {
    const host = new MemoryWorkbookHost([programme08WithFaults(SHEET)], { language: "en-US" });
    const { user } = await renderPane(host, "Indicator table");
    await user.click(screen.getByRole("button", { name: "Check" }));
    const region = await screen.findByRole("region", { name: "Each indicator's result" });
    expect(within(region).getByText("6 near target")).toBeTruthy();
    const near = within(region).getByRole("button", {
      name: /^Near target Số người tham gia bảo hiểm xã hội tự nguyện/,
    });
    expect(near.textContent).toMatch(/6\.8% short of plan$/);
    const poverty = within(region).getByRole("button", { name: /^Achieved Tỷ lệ hộ nghèo/ });
    expect(poverty.textContent).toMatch(/\+0\.47 points$/);
  });

  it("shows a fix before applying it, and applies it only after confirmation", async () => {
    const host = new MemoryWorkbookHost([programme08WithFaults(SHEET)]);
    const apply = vi.spyOn(host, "applyFixes");
    const { user } = await renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("heading", { name: "Kết quả kiểm tra" });

    const opener = screen.getByRole("button", { name: "Sửa ô G9" });
    await user.click(opener);
    let dialog = await openedDialog("Xác nhận sửa");
    const row = within(dialog).getByRole("row", { name: /G9/ });
    // The text as the user typed it, then the number it becomes, both written the Vietnamese way.
    expect(
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["G9", "“720.493”", "720.493"]);
    await user.click(within(dialog).getByRole("button", { name: "Hủy" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(opener));
    expect(apply).not.toHaveBeenCalled();
    expect(host.sheets.get(SHEET)?.values[8]?.[6]).toBe("720.493");

    await user.click(screen.getByRole("button", { name: "Sửa tất cả (1)" }));
    dialog = await openedDialog("Xác nhận sửa");
    await user.click(within(dialog).getByRole("button", { name: "Áp dụng" }));

    await screen.findByText("Đã sửa 1 ô và kiểm tra lại.");
    expect(apply).toHaveBeenCalledTimes(1);
    expect(apply.mock.calls[0]?.[1].map((f) => [f.cell, f.value])).toEqual([["G9", 720493]]);
    expect(host.sheets.get(SHEET)?.values[8]?.[6]).toBe(720493);
    expect(screen.queryByRole("region", { name: /^Số lưu dạng chữ/ })).toBeNull();
    expect(screen.getByText("3 lỗi")).toBeTruthy();
    expect(screen.getByText("5 cảnh báo")).toBeTruthy();
  });

  it("saves a corrected column role in the workbook and analyzes again with it", async () => {
    const host = new MemoryWorkbookHost([programme08(SHEET)]);
    const save = vi.spyOn(host, "saveMapping");
    const { user, unmount } = await renderPane(host);

    await chooseRole(user, "Thực hiện", /^F — Kết quả thực hiện \/ Năm 2022$/);
    await screen.findByText("Đã lưu cách gán cột vào sổ làm việc.");
    expect(save).toHaveBeenCalledWith(SHEET, { actual: "F" });
    expect(
      screen.getByText("Cột kết quả được dùng: F — Kết quả thực hiện / Năm 2022 (do người dùng chọn)"),
    ).toBeTruthy();
    expect(roleBox("Thực hiện").textContent).toBe("F — Kết quả thực hiện / Năm 2022");
    expect(screen.getByRole("combobox", { name: "Thực hiện đã chỉnh" })).toBe(roleBox("Thực hiện"));

    // The next person to open the pane gets the same answer.
    unmount();
    const { user: next } = await renderPane(host);
    expect(roleBox("Thực hiện").textContent).toBe("F — Kết quả thực hiện / Năm 2022");
    expect(screen.getByText(/^Cột kết quả được dùng: F/)).toBeTruthy();

    // The reset button goes away with the mapping; focus lands on the section's heading, not on the page's body.
    await next.click(screen.getByRole("button", { name: "Về nhận diện tự động" }));
    await waitFor(() => expect(host.mappings.get(SHEET)).toEqual({}));
    expect(screen.getByText(/^Cột kết quả được dùng: G/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Về nhận diện tự động" })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Vai trò các cột" })));
  });

  it("lets a keyboard user move through a closed role box's columns without saving each one", async () => {
    const host = new MemoryWorkbookHost([programme08(SHEET)]);
    const save = vi.spyOn(host, "saveMapping");
    const { user } = await renderPane(host);

    roleBox("Thực hiện").focus();
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}{ArrowUp}{ArrowDown}");
    await user.keyboard("{Escape}");
    expect(save).not.toHaveBeenCalled();
    expect(host.mappings.has(SHEET)).toBe(false);
    expect(roleBox("Thực hiện").textContent).toBe("Tự động: G — Kết quả thực hiện / Lũy kế 2021-2023");

    // Opened, the arrows move through the list and Enter saves the one column chosen, once.
    await user.keyboard("{ArrowDown}");
    for (let i = 0; i < 6; i++) await user.keyboard("{ArrowDown}");
    await user.keyboard("{Enter}");
    await screen.findByText("Đã lưu cách gán cột vào sổ làm việc.");
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(SHEET, { actual: "F" });
  });

  it("redraws the sheet's highlights from the new issues after a role change", async () => {
    const host = new MemoryWorkbookHost([programme08WithFaults(SHEET)]);
    const { user } = await renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("heading", { name: "Kết quả kiểm tra" });
    await user.click(screen.getByRole("button", { name: "Đánh dấu ô trên trang tính" }));
    await screen.findByText(`Đã đánh dấu ${MARKED_CELLS} ô.`);

    await chooseRole(user, "Thực hiện", /^F — /);
    const expected = analyzeSheet(programme08WithFaults(SHEET), { mapping: { actual: "F" } }).issues;
    const cells = new Set(cellsOf(expected)).size;
    await screen.findByText(`Đã lưu cách gán cột; đánh dấu trên trang tính đã vẽ lại theo kết quả mới (${cells} ô).`);
    expect(host.highlights.get(SHEET)?.map((i) => `${i.cell}:${i.code}`)).toEqual(
      expected.map((i) => `${i.cell}:${i.code}`),
    );
    // The result column moved from G to F, so the mark on the old choice's cell moved with it.
    expect(host.highlights.get(SHEET)?.map((i) => i.cell)).toContain("F7");
    expect(host.highlights.get(SHEET)?.map((i) => i.cell)).not.toContain("G7");
    expect(screen.getByRole("button", { name: "Xóa đánh dấu" }).hasAttribute("disabled")).toBe(false);
  });

  it("clears the highlights with a note when a role change leaves no issue to mark", async () => {
    const host = new MemoryWorkbookHost([programme08(SHEET)]);
    const { user } = await renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("heading", { name: "Kết quả kiểm tra" });
    await user.click(screen.getByRole("button", { name: "Đánh dấu ô trên trang tính" }));
    await screen.findByText(/^Đã đánh dấu \d+ ô\.$/);
    const clean = { ...analyzeSheet(programme08(SHEET)), issues: [] };
    vi.spyOn(await import("../../src/core/analyze"), "analyzeSheet").mockReturnValue(clean);

    await chooseRole(user, "Ghi chú", /^K — /);
    await screen.findByText("Đã lưu cách gán cột; không còn vấn đề nào nên đánh dấu trên trang tính đã được xóa.");
    expect(host.highlights.has(SHEET)).toBe(false);
  });

  it("switches to English", async () => {
    const host = new MemoryWorkbookHost([programme08WithFaults(SHEET)]);
    const { user } = await renderPane(host);

    await user.selectOptions(screen.getByRole("combobox", { name: "Ngôn ngữ" }), "en");
    expect(screen.getByRole("heading", { level: 1, name: "Indicator check" })).toBeTruthy();
    expect(screen.getByText("Header rows: 6, 7")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Check" }));
    await screen.findByRole("heading", { name: "Check results" });
    expect(screen.getByText("3 errors")).toBeTruthy();
    expect(within(ruleRegion("not-a-number", "en")).getByText(/"20.226 lượt"/).textContent).toMatch(
      /cannot be read as a number|not a number/i,
    );
  });

  it("shows each lead agency's count for a table without sections", async () => {
    const host = new MemoryWorkbookHost([withoutSections(programme08(SHEET))]);
    const { user } = await renderPane(host);
    await user.click(screen.getByRole("button", { name: "Tạo báo cáo tổng hợp" }));
    await screen.findByText("20/27 chỉ tiêu hoàn thành; 0 chỉ tiêu chưa có số liệu.");
    const summary = screen.getByRole("region", { name: "Báo cáo tổng hợp" });
    expect(
      within(summary)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Sở LĐTB&XH chủ trì: 17/20",
      "Sở Y tế chủ trì: 1/1",
      "BHXH thành phố chủ trì: 1/5",
      "Ủy ban MTTQ thành phố chủ trì: 1/1",
    ]);
  });

  it("opens in English when Office's display language is not Vietnamese", async () => {
    const host = new MemoryWorkbookHost([programme08(SHEET)], { language: "en-US" });
    const { user } = await renderPane(host, "Indicator table");
    await user.click(screen.getByRole("button", { name: "Build summary" }));
    await screen.findByText("20/27 indicators achieved; 0 indicators have no data yet.");
  });

  it("builds the summary sheet and shows the counts used at meetings", async () => {
    const host = new MemoryWorkbookHost([programme08(SHEET)]);
    const write = vi.spyOn(host, "writeSummary");
    const { user } = await renderPane(host);

    await user.click(screen.getByRole("button", { name: "Tạo báo cáo tổng hợp" }));
    await screen.findByText("20/27 chỉ tiêu hoàn thành; 0 chỉ tiêu chưa có số liệu.");
    expect(screen.getByRole("status").textContent).toBe("Đã tạo trang “Tổng hợp”.");
    expect(write).toHaveBeenCalledTimes(1);
    const plan = write.mock.calls[0]?.[0];
    expect(plan?.sheetName).toBe("Tổng hợp");
    expect(plan?.cells.some((c) => typeof c.value === "string" && c.value.includes(SHEET))).toBe(true);
    // Section titles typed in capitals read as the meeting paragraph writes them, agencies' names as proper names.
    expect(
      within(screen.getByRole("region", { name: "Báo cáo tổng hợp" }))
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Chỉ tiêu do ngành Lao động - Thương binh và Xã hội chủ trì: 11/12",
      "Chỉ tiêu ngành Lao động - Thương binh và Xã hội phối hợp thực hiện: 1/5",
      "Chỉ tiêu khác của chương trình: 8/10",
    ]);
    // The sample's own "Lũy kế 2021-2023" is 60 % of the 2021-2025 plan period; its sign held by a no-break space,
    // which the default matcher would read as a plain one.
    expect(
      screen.getByText(
        "Tiến độ (lũy kế giai đoạn 2021–2023, đã qua 60\u00a0% thời gian kế hoạch): 12 chỉ tiêu hoàn thành trước thời hạn, 2 đúng tiến độ, 0 chậm tiến độ",
        { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) },
      ),
    ).toBeTruthy();
    expect(
      [...(screen.getByRole("combobox", { name: "Trang tính" }) as HTMLSelectElement).options].map((o) => o.value),
    ).toEqual([SHEET, "Tổng hợp"]);
  });

  it("shows a host failure in the pane, in the user's words", async () => {
    const host = new MemoryWorkbookHost([programme08WithFaults(SHEET)]);
    const { user } = await renderPane(host);
    vi.spyOn(host, "readSheet").mockRejectedValueOnce(new HostError("excel.errors.cellEditMode"));

    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(t("vi", "excel.errors.cellEditMode"));
    expect(alert.textContent).toContain("Excel đang ở chế độ sửa ô");
    expect(screen.getByRole("button", { name: "Kiểm tra" }).hasAttribute("disabled")).toBe(false);

    await user.click(within(alert).getByRole("button", { name: "Đóng" }));
    expect(screen.queryByRole("alert")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(await screen.findByRole("heading", { name: "Kết quả kiểm tra" })).toBeTruthy();
  });

  it("shows why a cell could not be selected when the sheet has gone", async () => {
    const host = new MemoryWorkbookHost([programme08WithFaults(SHEET)]);
    const { user } = await renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("heading", { name: "Kết quả kiểm tra" });
    host.sheets.delete(SHEET);

    await user.click(issueButton(ruleRegion("formula-error"), "H14"));
    expect((await screen.findByRole("alert")).textContent).toContain(`Không tìm thấy trang tính “${SHEET}”`);
  });

  it("shows an error thrown by code that is not a HostError", async () => {
    const host = new MemoryWorkbookHost([programme08(SHEET)]);
    vi.spyOn(host, "listSheets").mockRejectedValueOnce(new TypeError("Excel.run is not a function"));
    await renderPane(host, "Kiểm tra chỉ tiêu");
    expect((await screen.findByRole("alert")).textContent).toContain("Excel.run is not a function");
  });
});

describe("highlights and protected sheets", () => {
  it("highlights the issues' cells and clears them again", async () => {
    const host = new MemoryWorkbookHost([programme08WithFaults(SHEET)]);
    const { user } = await renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("heading", { name: "Kết quả kiểm tra" });
    const clear = screen.getByRole("button", { name: "Xóa đánh dấu" });
    expect(clear.hasAttribute("disabled")).toBe(true);

    await user.click(screen.getByRole("button", { name: "Đánh dấu ô trên trang tính" }));
    await screen.findByText(`Đã đánh dấu ${MARKED_CELLS} ô.`);
    expect(
      host.highlights
        .get(SHEET)
        ?.map((i) => i.cell)
        .sort(),
    ).toEqual([...PROGRAMME08_FAULTS.map((f) => f.cell), ...NOTES.map((i) => i.cell)].sort());

    await user.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
    await screen.findByText("Đã xóa đánh dấu, trang tính trở lại như cũ.");
    expect(host.highlights.has(SHEET)).toBe(false);
  });

  it("re-highlights after a fix so the fixed cell is no longer marked", async () => {
    const host = new MemoryWorkbookHost([programme08WithFaults(SHEET)]);
    const { user } = await renderPane(host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("heading", { name: "Kết quả kiểm tra" });
    await user.click(screen.getByRole("button", { name: "Đánh dấu ô trên trang tính" }));
    await screen.findByText(`Đã đánh dấu ${MARKED_CELLS} ô.`);

    await user.click(screen.getByRole("button", { name: "Sửa ô G9" }));
    await user.click(within(await openedDialog("Xác nhận sửa")).getByRole("button", { name: "Áp dụng" }));
    await screen.findByText("Đã sửa 1 ô và kiểm tra lại.");
    expect(host.highlights.get(SHEET)?.map((i) => i.cell)).not.toContain("G9");
    expect(host.highlights.get(SHEET)).toHaveLength(PROGRAMME08_FAULTS.length - 1 + NOTES.length);
  });

  it("checks a protected sheet but offers no fix or highlight", async () => {
    const host = new MemoryWorkbookHost([programme08WithFaults(SHEET)], { protected: [SHEET] });
    const { user } = await renderPane(host);
    expect(screen.getByText(/Trang tính đang được bảo vệ/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("heading", { name: "Kết quả kiểm tra" });
    expect(issueButton(ruleRegion("number-as-text"), "G9")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Sửa/ })).toBeNull();
    expect(screen.queryByRole("button", { name: "Đánh dấu ô trên trang tính" })).toBeNull();
  });

  it("reads the sheet the user picks and loads that sheet's saved mapping", async () => {
    const host = new MemoryWorkbookHost([programme08(SHEET), programme08WithFaults("Quan Ba Dinh")]);
    host.mappings.set("Quan Ba Dinh", { actual: "E" });
    const read = vi.spyOn(host, "readSheet");
    const { user } = await renderPane(host);
    expect(screen.getByText(/^Cột kết quả được dùng: G/)).toBeTruthy();

    await user.selectOptions(screen.getByRole("combobox", { name: "Trang tính" }), "Quan Ba Dinh");
    await screen.findByText("Cột kết quả được dùng: E — Kết quả thực hiện / Năm 2021 (do người dùng chọn)");
    expect(read).toHaveBeenLastCalledWith("Quan Ba Dinh", expect.any(Function));
  });
});
