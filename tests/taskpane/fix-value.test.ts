import { describe, expect, it } from "vitest";
import { fixValueText } from "../../src/taskpane/view/fix-value";

describe("fixValueText", () => {
  it("groups thousands with a thin space in both languages, so 720493 never reads as 720.493", () => {
    expect(fixValueText(720493, false, "vi")).toEqual({ shown: "720\u202f493", plain: "720493" });
    expect(fixValueText(720493, false, "en")).toEqual({ shown: "720\u202f493", plain: "720493" });
    expect(fixValueText(1234, false, "vi").shown).not.toBe(fixValueText(1.234, false, "vi").shown);
  });

  it("uses the pane language's decimal mark, and shows a percentage with its stored number", () => {
    expect(fixValueText(2975.42, false, "vi")).toEqual({ shown: "2\u202f975,42", plain: "2975,42" });
    expect(fixValueText(2975.42, false, "en")).toEqual({ shown: "2\u202f975.42", plain: "2975.42" });
    expect(fixValueText(0.7841, true, "vi")).toEqual({ shown: "78,41%", plain: "0,7841" });
    expect(fixValueText(-1234567, false, "en")).toEqual({ shown: "-1\u202f234\u202f567", plain: "-1234567" });
  });
});
