import { describe, expect, it } from "vitest";
import { viewOf } from "../../src/core/snapshot";

describe("a cell's text", () => {
  const values = [["Tỷ lệ", 95.5, true, { error: "#DIV/0!" }, null, "  "]];

  it("is the value written out where the host gave no shown text", () => {
    const view = viewOf({ name: "S", origin: { row: 3, col: 2 }, values });
    expect([2, 3, 4, 5, 6, 7].map((col) => view.text(3, col))).toEqual(["Tỷ lệ", "95.5", "true", "#DIV/0!", "", "  "]);
    expect(view.text(4, 2)).toBe("");
  });

  it("is the shown text where the host gave one", () => {
    const text = [["Tỷ lệ (%)", "95,5", "TRUE", "#DIV/0!", "", ""]];
    const view = viewOf({ name: "S", origin: { row: 1, col: 1 }, values, text });
    expect([1, 2, 3].map((col) => view.text(1, col))).toEqual(["Tỷ lệ (%)", "95,5", "TRUE"]);
  });

  it("read as a label is trimmed, and empty for a blank cell or one past the row's end", () => {
    const text = [[" Tỷ lệ (%) ", "95,5", "TRUE", "#DIV/0!", "", "x"]];
    const shown = viewOf({ name: "S", origin: { row: 1, col: 1 }, values, text });
    const plain = viewOf({ name: "S", origin: { row: 1, col: 1 }, values: [...values, [" 1.1 "]] });
    expect([1, 2, 3, 5, 6].map((col) => shown.label(1, col))).toEqual(["Tỷ lệ (%)", "95,5", "TRUE", "", ""]);
    expect([1, 2, 4, 5, 6].map((col) => plain.label(1, col))).toEqual(["Tỷ lệ", "95.5", "#DIV/0!", "", ""]);
    expect([plain.label(2, 1), plain.label(2, 2), plain.label(9, 1)]).toEqual(["1.1", "", ""]);
  });
});
