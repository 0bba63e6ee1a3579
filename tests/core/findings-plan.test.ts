import { describe, expect, it } from "vitest";
import { sheetReference, splitReference } from "../../src/core/address";
import { analyzeSheet } from "../../src/core/analyze";
import { FINDING_WIDTHS, findingCells, findingHeaders, findingRows, type FindingRow } from "../../src/core/findings";
import { findingsPlan } from "../../src/core/findings-plan";
import { programme08WithFaults } from "../../src/samples/programme08";

describe("the findings as a sheet of the workbook", () => {
  const rows = findingRows("bao-cao.xlsx", analyzeSheet(programme08WithFaults()), "vi");
  const plan = findingsPlan(rows, "vi");
  const at = (row: number, col: number) => plan.cells.find((c) => c.row === row && c.col === col);

  it("holds the findings file's header and rows, texts as the file has them, empty cells left out", () => {
    expect(plan.sheetName).toBe("Kết quả kiểm tra");
    expect(findingsPlan(rows, "en").sheetName).toBe("Check results");
    findingHeaders("vi").forEach((header, i) => expect(at(1, i + 1)?.value).toBe(header));
    rows.forEach((row, r) => findingCells(row).forEach((text, c) => expect(at(r + 2, c + 1)?.value ?? "").toBe(text)));
    expect(plan.cells.every((c) => c.value !== "")).toBe(true);
    expect(plan.columnWidths).toEqual(Object.values(FINDING_WIDTHS));
  });

  it("links each cell address to that cell of the checked sheet, freezes the header and filters from it", () => {
    const links = plan.cells.filter((c) => c.link);
    expect(links.map((c) => c.row)).toEqual(rows.map((_, r) => r + 2));
    expect(links.every((c) => c.col === 3)).toBe(true);
    expect(at(rows.findIndex((r) => r.cell === "G9") + 2, 3)?.link).toEqual({ sheet: "Bieu 01", cell: "G9" });
    expect(plan.headerRow).toBe(1);
    expect(plan.filter).toEqual({ top: 1, left: 1, bottom: rows.length + 1, right: 9 });
    expect(plan.charts).toEqual([]);
  });

  it("links an issue raised on another sheet to that sheet, whatever its name holds", () => {
    const own = { ...rows[0], cell: sheetReference("Tổng hợp của Hà's", "C5") } as FindingRow;
    const [link] = findingsPlan([own], "vi").cells.filter((c) => c.link);
    expect(link?.link).toEqual({ sheet: "Tổng hợp của Hà's", cell: "C5" });
    expect(splitReference("Data!C5")).toEqual({ sheet: "Data", cell: "C5" });
    expect(splitReference("G15")).toEqual({ sheet: null, cell: "G15" });
  });
});
