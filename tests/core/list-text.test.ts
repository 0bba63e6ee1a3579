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

  it("parts names that hold commas by semicolons, the last by “và” in Vietnamese and by “; and” in English", () => {
    const names = ["Tỷ lệ hộ nghèo", "Tỷ lệ hộ cận nghèo", "Tỷ lệ xã, phường đạt tiêu chuẩn phù hợp với trẻ em"];
    expect(listText(names, "vi", "semicolon")).toBe(
      "Tỷ lệ hộ nghèo; Tỷ lệ hộ cận nghèo và Tỷ lệ xã, phường đạt tiêu chuẩn phù hợp với trẻ em",
    );
    expect(listText(names, "en", "semicolon")).toBe(
      "Tỷ lệ hộ nghèo; Tỷ lệ hộ cận nghèo; and Tỷ lệ xã, phường đạt tiêu chuẩn phù hợp với trẻ em",
    );
    // Two names with their figures, as the paragraph lists those on pace: the first's commas end at the semicolon.
    const onPace = [
      "Số xã, phường, thị trấn có mô hình hỗ trợ người sau cai nghiện dựa vào cộng đồng (454 of 579 xã, 78.41% of plan)",
      "Số người tham gia bảo hiểm xã hội tự nguyện (139,870 of 150,000 người, 93.25% of plan)",
    ];
    expect(listText(onPace, "en", "semicolon")).toBe(`${onPace[0]}; and ${onPace[1]}`);
  });

  describe("names that hold the conjunction themselves", () => {
    // The two agencies the article names (the labour department, the city's Social Insurance), another of the city's
    // departments, and indicators whose names join two things, as the programme's often do.
    const AGENCIES = ["Sở Lao động - Thương binh và Xã hội", "Bảo hiểm xã hội Thành phố", "Sở Giáo dục và Đào tạo"];
    const NO_DATA = ["Số người được tư vấn và giới thiệu việc làm", "Tỷ lệ người cao tuổi có thẻ bảo hiểm y tế"];

    it("keeps the separator at every boundary in Vietnamese, so the names can be counted", () => {
      expect(listText(NO_DATA, "vi", "semicolon")).toBe(
        "Số người được tư vấn và giới thiệu việc làm; Tỷ lệ người cao tuổi có thẻ bảo hiểm y tế",
      );
      expect(listText(AGENCIES, "vi")).toBe(
        "Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội Thành phố, Sở Giáo dục và Đào tạo",
      );
      // Wherever the name holding "và" stands, and however it is cased.
      expect(listText(["Sóc Sơn", "Đông Anh", "Hội Cựu chiến binh VÀ Thanh niên"], "vi")).toBe(
        "Sóc Sơn, Đông Anh, Hội Cựu chiến binh VÀ Thanh niên",
      );
    });

    it("keeps the separator and adds “and” after the last in English", () => {
      const english = ["Job counselling and placement", "Elderly people with health-insurance cards"];
      expect(listText(english, "en")).toBe(
        "Job counselling and placement, and Elderly people with health-insurance cards",
      );
      expect(listText(["Sóc Sơn", "Ba Vì", "Department of Planning And Investment"], "en")).toBe(
        "Sóc Sơn, Ba Vì, and Department of Planning And Investment",
      );
      expect(listText(english, "en", "semicolon")).toBe(
        "Job counselling and placement; and Elderly people with health-insurance cards",
      );
    });

    it("counts only the word itself, not letters inside another word", () => {
      // "dựa vào" holds "vào", not "và"; "Standard" holds "and" only inside a word.
      expect(listText(["Mô hình dựa vào cộng đồng", "Thanh Trì"], "vi")).toBe("Mô hình dựa vào cộng đồng và Thanh Trì");
      expect(listText(["Standard rates", "Thanh Oai"], "en")).toBe("Standard rates and Thanh Oai");
    });

    it("reads a “và” typed as a base letter and a combining accent as the same word", () => {
      const decomposed = "Sở Giáo dục và Đào tạo".normalize("NFD");
      expect(listText(["Sở Y tế", decomposed], "vi")).toBe(`Sở Y tế, ${decomposed}`);
    });

    it("looks in English for “and” alone: a Vietnamese name’s “và” is not the sentence’s conjunction", () => {
      expect(listText(AGENCIES.slice(0, 2), "en")).toBe(
        "Sở Lao động - Thương binh và Xã hội and Bảo hiểm xã hội Thành phố",
      );
    });
  });

  it("keeps a name's own characters, even those a message template would read as markup", () => {
    expect(listText(["Sở Y tế", "{{x}} $& Đội"], "en")).toBe("Sở Y tế and {{x}} $& Đội");
  });
});
