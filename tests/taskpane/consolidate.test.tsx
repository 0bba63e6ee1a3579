// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { districtSheet } from "../../src/samples/districts";
import { MemoryWorkbookHost } from "./memory-host";
import { renderPane } from "./render-pane";

afterEach(() => cleanup());

const DISTRICTS = [
  districtSheet(0, { name: "Ba Đình" }),
  districtSheet(13, { name: "Ba Vì" }),
  districtSheet(25, { name: "Sóc Sơn" }),
];

describe("Tổng hợp các đơn vị in the pane", () => {
  it("consolidates the workbook's sheets, one unit each, and says what it wrote", async () => {
    const host = new MemoryWorkbookHost(DISTRICTS);
    const { user } = await renderPane(host);
    await user.click(screen.getByRole("button", { name: "Tổng hợp các đơn vị" }));
    await within(screen.getByRole("status")).findByText(
      "Đã tổng hợp 3 đơn vị, 10 chỉ tiêu vào trang “Ma trận đơn vị” và các trang sau.",
    );
    expect(host.summaries.map((p) => p.sheetName)).toEqual([
      "Ma trận đơn vị",
      "Theo chỉ tiêu",
      "Xếp hạng đơn vị",
      "Chưa khớp",
    ]);
    // The pane says what it wrote; the paragraph itself opens the matrix sheet, where the meeting's report is made.
    const paragraph = host.summaries[0]!.cells.find((c) => c.row === 4 && c.col === 1)!.value;
    expect(String(paragraph)).toMatch(
      /^Năm 2023, tổng hợp số liệu của 3 quận, huyện\. 2\/3 quận, huyện đạt tỷ lệ hộ nghèo/,
    );
    // The new sheets are in the sheet list at once.
    const picker = screen.getByRole("combobox", { name: "Trang tính" });
    await user.click(picker);
    expect(screen.getByRole("option", { name: "Ma trận đơn vị" })).toBeTruthy();
  });

  it("in English too", async () => {
    const host = new MemoryWorkbookHost(DISTRICTS, { language: "en-US" });
    const { user } = await renderPane(host, "Indicator table");
    await user.click(screen.getByRole("button", { name: "Consolidate units" }));
    await within(screen.getByRole("status")).findByText(
      "Consolidated 3 units, 10 indicators into sheet “Unit matrix” and the sheets after it.",
    );
  });

  it("is offered only when there are units to consolidate", async () => {
    await renderPane(new MemoryWorkbookHost([districtSheet(0, { name: "Ba Đình" })]));
    expect((screen.getByRole("button", { name: "Tổng hợp các đơn vị" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
