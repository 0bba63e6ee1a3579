import { describe, expect, it } from "vitest";
import { percentText } from "../../src/core/figures";
import { fixValueText } from "../../src/taskpane/view/fix-value";

describe("fixValueText", () => {
  it("writes the value the Vietnamese way in Vietnamese: '.' groups thousands, ',' is the decimal mark", () => {
    expect(fixValueText(720493, false, "vi")).toBe("720.493");
    expect(fixValueText(2975.42, false, "vi")).toBe("2.975,42");
    expect(fixValueText(-1234567, false, "vi")).toBe("-1.234.567");
  });

  it("puts a no-break space before '%' in Vietnamese, as the paragraph, the messages and the command line do", () => {
    expect(fixValueText(0.7841, true, "vi")).toBe("78,41\u00a0%");
    expect(fixValueText(0.989, true, "vi")).toBe("98,9\u00a0%");
    expect(fixValueText(0.0003, true, "vi")).toBe("0,03\u00a0%");
    expect(fixValueText(0.7841, true, "vi")).toBe(percentText(0.7841, "vi"));
  });

  it("writes it the English way in English, so a reader never takes 720.493 for a fraction", () => {
    expect(fixValueText(720493, false, "en")).toBe("720,493");
    expect(fixValueText(2975.42, false, "en")).toBe("2,975.42");
    expect(fixValueText(0.7841, true, "en")).toBe("78.41%");
    expect(fixValueText(0.7841, true, "en")).toBe(percentText(0.7841, "en"));
  });

  it("keeps every decimal the text was typed with, where the summary sheet rounds to two", () => {
    expect(fixValueText(0.78415, true, "vi")).toBe("78,415\u00a0%");
    expect(fixValueText(0.78415, true, "en")).toBe("78.415%");
    expect(fixValueText(2975.425, false, "vi")).toBe("2.975,425");
  });
});
