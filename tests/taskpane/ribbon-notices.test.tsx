// @vitest-environment jsdom
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { act, cleanup, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildActiveSummary, checkActiveSheet } from "../../src/commands/ribbon-actions";
import { publishRibbonNotice, takePendingRibbonNotice, type RibbonNotice } from "../../src/commands/ribbon-notices";
import { analyzeSheet } from "../../src/core/analyze";
import { t } from "../../src/core/i18n";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { programme08, programme08WithFaults } from "../../src/samples/programme08";
import { severityCounts } from "../../src/host/issue-counts";
import { MemoryWorkbookHost } from "./memory-host";
import { renderPane } from "./render-pane";

afterEach(cleanup);

const SHEET = "Bieu 01";
const NOTES: SheetSnapshot = { name: "Ghi chú", origin: { row: 1, col: 1 }, values: [["Họp giao ban"]] };

/** The ribbon's message bar: a success is a labelled group, a failure an alert. */
const ribbonBar = (role: "group" | "alert", lang: "vi" | "en" = "vi") =>
  screen.getByRole(role, { name: t(lang, "ui.ribbon.title") });

/** The pane's polite live regions other than the status line (which has the status role). */
const announcers = () => [...document.querySelectorAll<HTMLElement>('[aria-live="polite"]:not([role])')];

/** Fluent marks a message bar's intent only by its icon, so compare with a reference bar of each intent. */
function intentIcon(intent: "success" | "error"): string | null {
  const { container, unmount } = render(
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>-</MessageBarBody>
    </MessageBar>,
  );
  const path = container.querySelector("svg path")?.getAttribute("d") ?? null;
  unmount();
  return path;
}
const iconOf = (bar: HTMLElement) => bar.querySelector("svg path")?.getAttribute("d") ?? null;

async function publish(events: EventTarget, notice: RibbonNotice): Promise<boolean> {
  let delivered = false;
  await act(async () => {
    delivered = publishRibbonNotice(events, notice);
  });
  return delivered;
}

describe("ribbon notices in the task pane", () => {
  it("shows the notice of a check run while the pane was closed, and opens that sheet checked", async () => {
    const host = new MemoryWorkbookHost([programme08WithFaults(SHEET)]);
    const events = new EventTarget();
    const notice = await checkActiveSheet(host);
    expect(publishRibbonNotice(events, notice)).toBe(false);

    await renderPane(host, "Bảng chỉ tiêu", events);

    const text = t("vi", "excel.ribbon.checked", { sheet: SHEET, counts: "3 lỗi, 6 cảnh báo" });
    expect(within(ribbonBar("group")).getByText(text)).toBeTruthy();
    expect(iconOf(ribbonBar("group"))).toBe(intentIcon("success"));
    expect(await screen.findByRole("heading", { name: "Kết quả kiểm tra" })).toBeTruthy();
    expect((screen.getByRole("button", { name: "Xóa đánh dấu" }) as HTMLButtonElement).disabled).toBe(false);
    expect(takePendingRibbonNotice(events)).toBeNull();
  });

  it("acknowledges a check published while it is open, announces it and shows the sheet as the ribbon left it", async () => {
    const host = new MemoryWorkbookHost([programme08WithFaults(SHEET)]);
    const events = new EventTarget();
    await renderPane(host, "Bảng chỉ tiêu", events);
    expect(screen.queryByRole("heading", { name: "Kết quả kiểm tra" })).toBeNull();
    const [announcer, ...others] = announcers();
    expect(others).toEqual([]);
    expect(announcer?.textContent).toBe("");

    const notice = await checkActiveSheet(host);
    expect(await publish(events, notice)).toBe(true);
    expect(takePendingRibbonNotice(events)).toBeNull();

    const text = t("vi", notice.key, notice.params);
    expect(within(ribbonBar("group")).getByText(text)).toBeTruthy();
    expect(announcer?.textContent).toBe(text);
    const heading = await screen.findByRole("heading", { name: "Kết quả kiểm tra" });
    expect(screen.getByText("3 lỗi")).toBeTruthy();
    expect(screen.getByText("6 cảnh báo")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Xóa đánh dấu" }) as HTMLButtonElement).disabled).toBe(false);
    // The user is working in the grid: catching up must not pull focus into the pane.
    expect(document.activeElement).not.toBe(heading);
  });

  it("checks the sheet shown again, so the pane agrees with a sheet corrected in Excel", async () => {
    const host = new MemoryWorkbookHost([programme08WithFaults(SHEET)]);
    const events = new EventTarget();
    const { user } = await renderPane(host, "Bảng chỉ tiêu", events);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByText("3 lỗi");

    host.sheets.set(SHEET, programme08(SHEET));
    const notice = await checkActiveSheet(host);
    expect(notice.key).toBe("excel.ribbon.clean");
    await publish(events, notice);

    await waitFor(() => expect(screen.queryByText("3 lỗi")).toBeNull());
    const expected = severityCounts(analyzeSheet(programme08(SHEET)).issues).map((c) =>
      t("vi", `ui.check.count.${c.severity}`, { count: c.count }),
    );
    const results = screen.getByRole("region", { name: "Kết quả kiểm tra" });
    for (const count of expected) expect(within(results).getByText(count)).toBeTruthy();
    expect(screen.queryByText("6 cảnh báo")).toBeNull();
  });

  it("lists the new summary sheet and shows its figures after a ribbon summary", async () => {
    const host = new MemoryWorkbookHost([programme08(SHEET)]);
    const events = new EventTarget();
    await renderPane(host, "Bảng chỉ tiêu", events);

    const notice = await buildActiveSummary(host, new Date(2023, 10, 20, 8, 0));
    expect(notice).toMatchObject({ ok: true, key: "excel.ribbon.summaryWritten" });
    expect(await publish(events, notice)).toBe(true);

    const { summary, achieved, total } = notice.params;
    await screen.findByRole("heading", { name: "Báo cáo tổng hợp" });
    expect(screen.getByText(new RegExp(`^${achieved}/${total} chỉ tiêu hoàn thành;`))).toBeTruthy();
    const picker = screen.getByRole("combobox", { name: "Trang tính" }) as HTMLSelectElement;
    expect([...picker.options].map((o) => o.value)).toEqual([SHEET, summary]);
    expect(picker.value).toBe(SHEET);
  });

  it("leaves another sheet the user is looking at as it is", async () => {
    const host = new MemoryWorkbookHost([programme08WithFaults(SHEET), programme08("Khác")], { active: SHEET });
    const events = new EventTarget();
    const { user } = await renderPane(host, "Bảng chỉ tiêu", events);
    await user.selectOptions(screen.getByRole("combobox", { name: "Trang tính" }), "Khác");
    await waitFor(() => expect(screen.getByRole("button", { name: "Kiểm tra" }).hasAttribute("disabled")).toBe(false));
    const notice = await checkActiveSheet(host);
    const reads = vi.spyOn(host, "readSheet");

    await publish(events, notice);
    expect(ribbonBar("group")).toBeTruthy();
    await waitFor(() => expect(screen.getByRole("button", { name: "Kiểm tra" }).hasAttribute("disabled")).toBe(false));
    expect(reads).not.toHaveBeenCalled();
    expect((screen.getByRole("combobox", { name: "Trang tính" }) as HTMLSelectElement).value).toBe("Khác");
    expect(screen.queryByRole("heading", { name: "Kết quả kiểm tra" })).toBeNull();
  });

  it("catches up once the pane's own task has finished", async () => {
    const host = new MemoryWorkbookHost([programme08WithFaults(SHEET)]);
    const events = new EventTarget();
    const { user } = await renderPane(host, "Bảng chỉ tiêu", events);
    const read = host.readSheet.bind(host);
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    vi.spyOn(host, "readSheet").mockImplementationOnce(async (sheet, progress) => {
      await gate;
      return read(sheet, progress);
    });
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(screen.getByText("Đang kiểm tra…")).toBeTruthy();

    const notice = await checkActiveSheet(host);
    expect(await publish(events, notice)).toBe(true);
    expect(host.highlights.has(SHEET)).toBe(true);
    await act(async () => release());

    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Xóa đánh dấu" }).hasAttribute("disabled")).toBe(false),
    );
    expect(within(ribbonBar("group")).getByText(t("vi", notice.key, notice.params))).toBeTruthy();
  });

  it("shows a failed command as an error alert, in Vietnamese", async () => {
    const host = new MemoryWorkbookHost([NOTES]);
    const events = new EventTarget();
    await renderPane(host, "Bảng chỉ tiêu", events);
    const notice = await checkActiveSheet(host);
    expect(notice.ok).toBe(false);
    const reads = vi.spyOn(host, "readSheet");
    expect(await publish(events, notice)).toBe(true);

    const bar = ribbonBar("alert");
    expect(bar.textContent).toContain(
      "Không tìm thấy bảng chỉ tiêu trên trang “Ghi chú”. Hãy mở ngăn ChiTieu để chọn cột cho từng vai trò.",
    );
    expect(intentIcon("error")).not.toBe(intentIcon("success"));
    expect(iconOf(bar)).toBe(intentIcon("error"));
    expect(screen.queryByRole("group", { name: "Lệnh trên dải băng" })).toBeNull();
    expect(reads).not.toHaveBeenCalled();
  });

  it("shows a failed command as an error alert, in English", async () => {
    const host = new MemoryWorkbookHost([NOTES], { language: "en-US" });
    const events = new EventTarget();
    expect(publishRibbonNotice(events, await checkActiveSheet(host))).toBe(false);

    await renderPane(host, "Indicator table", events);

    const bar = ribbonBar("alert", "en");
    expect(bar.textContent).toContain(
      "No indicator table was found on “Ghi chú”. Open the ChiTieu pane to choose the column of each role.",
    );
    expect(iconOf(bar)).toBe(intentIcon("error"));
  });

  it("closes the notice when dismissed and when the user acts in the pane", async () => {
    const host = new MemoryWorkbookHost([programme08WithFaults(SHEET)]);
    const events = new EventTarget();
    const { user } = await renderPane(host, "Bảng chỉ tiêu", events);

    await publish(events, await checkActiveSheet(host));
    await screen.findByRole("heading", { name: "Kết quả kiểm tra" });
    await user.click(screen.getByRole("button", { name: "Đóng thông báo của lệnh trên dải băng" }));
    expect(screen.queryByRole("group", { name: "Lệnh trên dải băng" })).toBeNull();
    expect(announcers()[0]?.textContent).toBe("");

    await publish(events, await checkActiveSheet(host));
    await waitFor(() => expect(screen.getByRole("button", { name: "Kiểm tra" }).hasAttribute("disabled")).toBe(false));
    expect(ribbonBar("group")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
    await screen.findByText("Đã xóa đánh dấu, trang tính trở lại như cũ.");
    expect(screen.queryByRole("group", { name: "Lệnh trên dải băng" })).toBeNull();
  });

  it("stops listening when the pane is closed, so the next notice waits for it", async () => {
    const host = new MemoryWorkbookHost([programme08WithFaults(SHEET)]);
    const events = new EventTarget();
    const { unmount } = await renderPane(host, "Bảng chỉ tiêu", events);
    const notice = await checkActiveSheet(host);
    expect(await publish(events, notice)).toBe(true);
    await waitFor(() => expect(screen.getByRole("button", { name: "Kiểm tra" }).hasAttribute("disabled")).toBe(false));

    unmount();

    expect(publishRibbonNotice(events, notice)).toBe(false);
    expect(takePendingRibbonNotice(events)).toEqual(notice);
  });
});
