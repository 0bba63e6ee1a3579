import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { programme08 } from "../../src/samples/programme08";
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

  it("measures a name typed with its marks apart (pasted from a Mac, or typed in Unicode tổ hợp) as its composed form", () => {
    // Each mark apart was counted a digit: the name below measured 51.75 digits rather than 36.75, and its row in the
    // table was given a line it does not take.
    const name = "Số người tham gia bảo hiểm xã hội tự nguyện";
    expect(textWidth(name)).toBeCloseTo(36.75, 2);
    expect(textWidth(name.normalize("NFD"))).toBeCloseTo(36.75, 2);
    // Unicode tổ hợp keeps â, ơ, ư... whole and types the tone after them: "ười" is "ư", "ơ", U+0300, "i".
    const toneApart = (text: string) =>
      [...text]
        .map((char) => {
          const parts = char.normalize("NFD");
          const tones = parts.replace(/[^\u0300\u0301\u0303\u0309\u0323]/g, "");
          return parts.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, "").normalize("NFC") + tones;
        })
        .join("");
    const names = analyzeSheet(programme08()).indicators.map((ind) => ind.name);
    expect(names).toHaveLength(27);
    for (const composed of names) {
      expect(textWidth(composed.normalize("NFD")), composed).toBeCloseTo(textWidth(composed), 10);
      expect(textWidth(toneApart(composed)), composed).toBeCloseTo(textWidth(composed), 10);
      expect(textWidth(composed.normalize("NFD"), true, 14), composed).toBeCloseTo(textWidth(composed, true, 14), 10);
    }
    expect(toneApart(name)).not.toBe(name.normalize("NFD"));
    // The horn still reaches past its letter when typed apart.
    expect(textWidth("u\u031b")).toBeGreaterThan(textWidth("u"));
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
