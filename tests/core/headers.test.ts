import { describe, expect, it } from "vitest";
import { looksLikeSubLabel, roleOfLabel } from "../../src/core/headers";

describe("a year in a header label", () => {
  it("makes a sub-label of a period's words, whole years only", () => {
    for (const label of ["Năm 2024", "2021-2025", "Giai đoạn 2021–2025", "Năm2023"])
      expect(looksLikeSubLabel(label)).toBe(true);
  });

  it("is not four digits inside a longer figure typed as text", () => {
    for (const label of ["720493", "12020", "720.493"]) expect(looksLikeSubLabel(label)).toBe(false);
  });

  it("makes 'Chỉ tiêu' with a period the plan column", () => {
    expect(roleOfLabel("Chỉ tiêu 2021-2025")).toBe("plan");
    expect(roleOfLabel("Chỉ tiêu năm 2024")).toBe("plan");
  });
});
