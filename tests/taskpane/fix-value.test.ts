import { describe, expect, it } from "vitest";
import { fixValueText } from "../../src/taskpane/view/fix-value";

describe("fixValueText", () => {
  it("writes the value the Vietnamese way in Vietnamese: '.' groups thousands, ',' is the decimal mark", () => {
    expect(fixValueText(720493, false, "vi")).toBe("720.493");
    expect(fixValueText(2975.42, false, "vi")).toBe("2.975,42");
    expect(fixValueText(0.7841, true, "vi")).toBe("78,41%");
    expect(fixValueText(-1234567, false, "vi")).toBe("-1.234.567");
  });

  it("writes it the English way in English, so a reader never takes 720.493 for a fraction", () => {
    expect(fixValueText(720493, false, "en")).toBe("720,493");
    expect(fixValueText(2975.42, false, "en")).toBe("2,975.42");
    expect(fixValueText(0.7841, true, "en")).toBe("78.41%");
  });
});
