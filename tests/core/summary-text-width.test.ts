import { describe, expect, it } from "vitest";
import { CELL_MARGIN, labelColumnWidth, textWidth } from "../../src/core/summary/text-width";

describe("textWidth", () => {
  it("counts figures a digit each, the unit column widths are given in", () => {
    expect(textWidth("2025")).toBe(4);
    expect(textWidth("139.870")).toBe(6.5);
  });

  it("measures a Vietnamese letter as its base letter, its marks above or below it", () => {
    expect(textWidth("Gần đạt")).toBeCloseTo(textWidth("Gan dat"), 10);
    expect(textWidth("Tỷ lệ")).toBeCloseTo(textWidth("Ty le"), 10);
    // Only the horn of ư and ơ reaches past its letter.
    expect(textWidth("người")).toBeGreaterThan(textWidth("nguoi"));
  });

  it("holds a lower-case name in fewer digits than it has letters, and a name in capitals in more", () => {
    const name = "Tuyển sinh giáo dục nghề nghiệp";
    expect(textWidth(name)).toBeLessThan(name.length * 0.9);
    const capitals = "CHỈ TIÊU DO NGÀNH LAO ĐỘNG CHỦ TRÌ";
    expect(textWidth(capitals)).toBeGreaterThan(capitals.length);
  });

  it("widens bold text and scales with the font size", () => {
    const status = "Near target (≥ 90% of plan)";
    expect(textWidth(status, true)).toBeGreaterThan(textWidth(status));
    expect(textWidth(status, false, 14)).toBeCloseTo((textWidth(status) * 14) / 11, 10);
  });
});

describe("labelColumnWidth", () => {
  it("is the widest label and a cell's margins, in whole digits", () => {
    const bands = ["Achieved", "Near target (≥ 90% of plan)", "Not achieved", "No data"];
    const width = labelColumnWidth(bands);
    expect(width).toBe(Math.ceil(textWidth("Near target (≥ 90% of plan)") + CELL_MARGIN));
    expect(width).toBe(24);
    expect(labelColumnWidth(["Hoàn thành", "Gần đạt (≥ 90\u00a0% KH)", "Chưa hoàn thành", "Chưa có số liệu"])).toBe(19);
  });
});
