// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { sheet, VI_HEADER } from "../helpers/table";
import { MemoryWorkbookHost } from "./memory-host";
import { renderPane } from "./render-pane";

afterEach(cleanup);

const jobFairs = sheet({
  name: "Bieu 02",
  header: [VI_HEADER],
  rows: [
    ["1", "Số phiên giao dịch việc làm", "phiên", 600, 681],
    [null, "- Trong đó: số người được tuyển dụng", "người", null, 48308],
    ["2", "Tỷ lệ hộ cận nghèo", "%", "Dưới 1,5%", 0.99],
    ["-", "Khu vực nông thôn", null, null, 1.2],
    ["-", "Khu vực thành thị", null, null, null],
  ],
});

describe("breakdown rows in the task pane", () => {
  it("lists them under their indicator, with their figure and cell", async () => {
    await renderPane(new MemoryWorkbookHost([jobFairs]));
    expect(screen.getByText("2 chỉ tiêu")).toBeTruthy();
    expect(screen.getByText(/^3 dòng chi tiết/)).toBeTruthy();
    const parent = screen.getByText("Hàng 2: Số phiên giao dịch việc làm", { exact: false }).closest("li")!;
    expect(parent.textContent).toContain("- Trong đó: số người được tuyển dụng: 48.308 người (ô E3)");
    const rate = screen.getByText("Hàng 4: Tỷ lệ hộ cận nghèo", { exact: false }).closest("li")!;
    expect(rate.textContent).toContain("Khu vực nông thôn: 1,2% (ô E5)");
    expect(rate.textContent).toContain("Khu vực thành thị: chưa có số liệu (ô E6)");
  });

  it("speaks English too", async () => {
    await renderPane(new MemoryWorkbookHost([jobFairs], { language: "en-US" }), "Indicator table");
    expect(screen.getByText(/^3 breakdown rows/)).toBeTruthy();
    expect(screen.getByText(/48,308 người \(cell E3\)/)).toBeTruthy();
  });
});
