// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { programme08 } from "../../src/samples/programme08";
import { MemoryWorkbookHost } from "./memory-host";
import { renderPane } from "./render-pane";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, "clipboard");
});

function stubClipboard(writeText: (text: string) => Promise<void>): void {
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
}

/** user-event puts its own clipboard on `navigator` when it sets up, so a test's clipboard goes in after it. */
async function checked(language?: string, writeText?: (text: string) => Promise<void>) {
  const host = new MemoryWorkbookHost([programme08()], language ? { language } : {});
  const view = await renderPane(host, language ? "Indicator table" : "Bảng chỉ tiêu");
  if (writeText) stubClipboard(writeText);
  await view.user.click(screen.getByRole("button", { name: language ? "Check" : "Kiểm tra" }));
  const region = await screen.findByRole("region", {
    name: language ? "Meeting paragraph" : "Đoạn tổng hợp cho cuộc họp",
  });
  return { ...view, region };
}

describe("the meeting paragraph in the task pane", () => {
  it("shows the checked table's paragraph and copies it to the clipboard", async () => {
    const written: string[] = [];
    const { user, region } = await checked(undefined, async (text) => void written.push(text));
    const paragraph = region.querySelector("p")!;
    expect(paragraph.textContent).toMatch(
      /^Lũy kế giai đoạn 2021–2023, 20\/27 chỉ tiêu hoàn thành \(74,1\u00a0%\), trong đó 12 /,
    );
    expect(paragraph.textContent).toContain("(454/579 xã, đạt 78,41\u00a0% kế hoạch)");
    await user.click(within(region).getByRole("button", { name: "Sao chép" }));
    expect(written).toEqual([paragraph.textContent]);
    expect(within(region).getByText("Đã sao chép đoạn văn.")).toBeTruthy();
  });

  it("selects the text for Ctrl+C where the clipboard is refused", async () => {
    const refuse = () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
    const { user, region } = await checked(undefined, refuse);
    await user.click(within(region).getByRole("button", { name: "Sao chép" }));
    const paragraph = region.querySelector("p")!;
    expect(document.getSelection()?.toString()).toBe(paragraph.textContent);
    expect(within(region).getByText(/^Đã chọn đoạn văn; nhấn Ctrl\+C/)).toBeTruthy();
  });

  it("speaks English with a Copy button", async () => {
    const { region } = await checked("en-US");
    expect(region.querySelector("p")!.textContent).toMatch(
      /^In 2021–2023 \(cumulative\), 20 of 27 indicators are achieved \(74\.1%\), 12 of them ahead of time\./,
    );
    expect(within(region).getByRole("button", { name: "Copy" })).toBeTruthy();
  });
});
