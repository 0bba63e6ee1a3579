// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { findingHeaders } from "../../src/core/findings";
import { OfficeWorkbookHost } from "../../src/excel/office-host";
import { programme08WithFaults } from "../../src/samples/programme08";
import { createFakeExcel } from "../../src/testing/fake-excel";
import { MemoryWorkbookHost } from "./memory-host";
import { renderPane } from "./render-pane";

afterEach(() => cleanup());

const SHEET = "Bieu 01";
const ISSUES = analyzeSheet(programme08WithFaults(SHEET)).issues.length;

function button(name: string): HTMLButtonElement {
  return screen.getByRole("button", { name }) as HTMLButtonElement;
}

describe("Xuất danh sách lỗi in the pane", () => {
  it("writes the checked sheet's findings to their own sheet and says how many", async () => {
    const host = new MemoryWorkbookHost([programme08WithFaults(SHEET)], { workbook: "soc-son.xlsx" });
    const { user } = await renderPane(host);
    // The list handed over is the one the pane shows: it needs a check first.
    expect(button("Xuất danh sách lỗi").disabled).toBe(true);
    await user.click(button("Kiểm tra"));
    await within(screen.getByRole("status")).findByText(/^Kiểm tra xong/);
    await user.click(button("Xuất danh sách lỗi"));
    await within(screen.getByRole("status")).findByText(`Đã ghi ${ISSUES} vấn đề vào trang “Kết quả kiểm tra”.`);
    const plan = host.summaries.at(-1)!;
    expect(plan.sheetName).toBe("Kết quả kiểm tra");
    const header = plan.cells.filter((c) => c.row === 1).map((c) => c.value);
    expect(header).toEqual(findingHeaders("vi"));
    expect(plan.cells.filter((c) => c.link)).toHaveLength(ISSUES);
    expect(plan.cells.find((c) => c.row === 2 && c.col === 1)?.value).toBe("soc-son.xlsx");
    // The pane stays on the checked sheet, which now lists the new sheet beside it.
    await user.click(screen.getByRole("combobox", { name: "Trang tính" }));
    expect(screen.getByRole("option", { name: "Kết quả kiểm tra" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Kết quả kiểm tra" })).toBeTruthy();
  });

  it("through the Office.js adapter, replaces its list on the next export and leaves the checked sheet alone", async () => {
    const fake = createFakeExcel({ sheets: [programme08WithFaults(SHEET)], workbookName: "soc-son.xlsx" });
    const checked = fake.sheet(SHEET);
    const { user } = await renderPane(new OfficeWorkbookHost(fake.env()));
    await user.click(button("Kiểm tra"));
    await within(screen.getByRole("status")).findByText(/^Kiểm tra xong/);
    for (let i = 0; i < 2; i++) {
      await user.click(button("Xuất danh sách lỗi"));
      await within(screen.getByRole("status")).findByText(/^Đã ghi \d+ vấn đề/);
    }
    expect(fake.sheetNames()).toEqual([SHEET, "Kết quả kiểm tra"]);
    const list = fake.sheet("Kết quả kiểm tra");
    expect(list.cells.A2?.value).toBe("soc-son.xlsx");
    expect(list.cells.C2?.hyperlink?.documentReference).toBe(`'${SHEET}'!${list.cells.C2?.value}`);
    expect(fake.sheet(SHEET)).toEqual(checked);
  });

  it("in English too", async () => {
    const host = new MemoryWorkbookHost([programme08WithFaults(SHEET)], { language: "en-US" });
    const { user } = await renderPane(host, "Indicator table");
    expect(button("Export findings").disabled).toBe(true);
    await user.click(button("Check"));
    await within(screen.getByRole("status")).findByText(/^Check finished/);
    await user.click(button("Export findings"));
    await within(screen.getByRole("status")).findByText(`Wrote ${ISSUES} issues to the sheet “Check results”.`);
    const plan = host.summaries.at(-1)!;
    expect(plan.sheetName).toBe("Check results");
    expect(plan.cells.filter((c) => c.row === 1).map((c) => c.value)).toEqual(findingHeaders("en"));
    expect(plan.cells.find((c) => c.row === 2 && c.col === 1)?.value).toBe("Book1");
  });
});
