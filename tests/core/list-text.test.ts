/** Names listed in a sentence read as written prose does in each language, the last joined by its conjunction. */
import { describe, expect, it } from "vitest";
import { listText } from "../../src/core/i18n";

const DISTRICTS = ["Hoàn Kiếm", "Long Biên", "Đống Đa"];

describe("listText", () => {
  it("joins the last of three with “và” in Vietnamese and “and” in English, without a comma before it", () => {
    expect(listText(DISTRICTS, "vi")).toBe("Hoàn Kiếm, Long Biên và Đống Đa");
    expect(listText(DISTRICTS, "en")).toBe("Hoàn Kiếm, Long Biên and Đống Đa");
  });

  it("joins two with the conjunction alone", () => {
    expect(listText(DISTRICTS.slice(0, 2), "vi")).toBe("Hoàn Kiếm và Long Biên");
    expect(listText(DISTRICTS.slice(0, 2), "en")).toBe("Hoàn Kiếm and Long Biên");
  });

  it("gives one name as it is, and nothing for none", () => {
    for (const lang of ["vi", "en"] as const) {
      expect(listText(["Hoàn Kiếm"], lang)).toBe("Hoàn Kiếm");
      expect(listText([], lang)).toBe("");
    }
  });

  it("parts names that hold commas by the separator given, the last still by the conjunction", () => {
    const names = ["Tỷ lệ hộ nghèo", "Tỷ lệ hộ cận nghèo", "Tỷ lệ xã, phường đạt tiêu chuẩn phù hợp với trẻ em"];
    expect(listText(names, "vi", "; ")).toBe(
      "Tỷ lệ hộ nghèo; Tỷ lệ hộ cận nghèo và Tỷ lệ xã, phường đạt tiêu chuẩn phù hợp với trẻ em",
    );
    expect(listText(names, "en", "; ")).toBe(
      "Tỷ lệ hộ nghèo; Tỷ lệ hộ cận nghèo and Tỷ lệ xã, phường đạt tiêu chuẩn phù hợp với trẻ em",
    );
  });

  it("keeps a name's own characters, even those a message template would read as markup", () => {
    expect(listText(["Sở Y tế", "{{x}} $& Đội"], "en")).toBe("Sở Y tế and {{x}} $& Đội");
  });
});
