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
});
