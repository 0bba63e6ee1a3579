import { describe, expect, it } from "vitest";
import { isBareYearLabel, loneYear, yearNumberLabel } from "../../src/core/headers";

describe("a year alone in a header", () => {
  it("is one range whether typed as text, with 'Năm', or as a number", () => {
    for (const year of [1989, 1990, 2023, 2100, 2101]) {
      const inRange = year >= 1990 && year <= 2100;
      expect(loneYear(String(year))).toBe(inRange ? year : null);
      expect(isBareYearLabel(String(year))).toBe(inRange);
      expect(isBareYearLabel(`Năm ${year}`)).toBe(inRange);
      expect(yearNumberLabel(year)).toBe(inRange ? String(year) : null);
    }
  });

  it("is only four digits, not a figure or a span", () => {
    expect(loneYear(" 2023 ")).toBe(2023);
    expect(loneYear("20231")).toBeNull();
    expect(loneYear("2021-2023")).toBeNull();
    expect(isBareYearLabel("Lũy kế 2021-2023")).toBe(false);
    expect(isBareYearLabel("Year 2022")).toBe(true);
  });
});
