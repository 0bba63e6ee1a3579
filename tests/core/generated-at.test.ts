import { describe, expect, it } from "vitest";
import { formatGeneratedAt } from "../../src/core/summary/generated-at";

describe("formatGeneratedAt", () => {
  it("writes day, month, four-digit year and 24-hour time in both languages", () => {
    expect(formatGeneratedAt(new Date(2026, 10, 25, 9, 0), "vi")).toBe("25/11/2026 09:00");
    expect(formatGeneratedAt(new Date(2026, 10, 25, 9, 0), "en")).toBe("25/11/2026 09:00");
    expect(formatGeneratedAt(new Date(2025, 0, 3, 20, 45), "vi")).toBe("03/01/2025 20:45");
  });

  it("writes midnight as 00, not 24", () => {
    expect(formatGeneratedAt(new Date(2025, 11, 31, 0, 5), "en")).toBe("31/12/2025 00:05");
  });
});
