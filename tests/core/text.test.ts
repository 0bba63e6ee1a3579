import { describe, expect, it } from "vitest";
import { capitalizeFirst, isAllCaps, isTrimmedSpace, oneLine, trimmed } from "../../src/core/text";
import { isBlank } from "../../src/core/snapshot";

describe("oneLine", () => {
  it("puts a name typed over two lines of a cell on one line", () => {
    expect(oneLine("Tuyển sinh giáo dục\nnghề nghiệp")).toBe("Tuyển sinh giáo dục nghề nghiệp");
    expect(oneLine("  Số người đi làm việc ở nước ngoài \r\n theo  hợp đồng ")).toBe(
      "Số người đi làm việc ở nước ngoài theo hợp đồng",
    );
    expect(oneLine("lượt\u00a0người")).toBe("lượt người");
  });
});

describe("capitalizeFirst", () => {
  it("opens a sentence with a capital, diacritics and all", () => {
    expect(capitalizeFirst("đạt 106,7 % kế hoạch")).toBe("Đạt 106,7 % kế hoạch");
    expect(capitalizeFirst("ước thực hiện năm 2024")).toBe("Ước thực hiện năm 2024");
    expect(capitalizeFirst("in 2021–2023 (cumulative)")).toBe("In 2021–2023 (cumulative)");
  });

  it("leaves the rest as typed, and a text opening with a figure or nothing", () => {
    expect(capitalizeFirst("tỷ lệ tham gia BHYT")).toBe("Tỷ lệ tham gia BHYT");
    expect(capitalizeFirst("20/27 chỉ tiêu")).toBe("20/27 chỉ tiêu");
    expect(capitalizeFirst("")).toBe("");
  });
});

describe("isAllCaps", () => {
  it("tells a title or a name typed in capitals", () => {
    expect(isAllCaps("CHỈ TIÊU DO NGÀNH LĐTB&XH CHỦ TRÌ")).toBe(true);
    expect(isAllCaps("HUYỆN SÓC SƠN")).toBe(true);
    expect(isAllCaps("BHYT")).toBe(true);
    expect(isAllCaps("(BÁO CÁO QUÝ III/2024)")).toBe(true);
  });

  it("is false for mixed case, and for figures and signs with no letter", () => {
    expect(isAllCaps("Sở LĐTB&XH")).toBe(false);
    expect(isAllCaps("Tỷ lệ hộ nghèo cuối năm")).toBe(false);
    expect(isAllCaps("2021-2025")).toBe(false);
    expect(isAllCaps("-")).toBe(false);
  });
});

/** Every UTF-16 code unit, once: the spaces String.prototype.trim removes are found by asking it. */
const ALL_CODES = Array.from({ length: 0x10000 }, (_, code) => code);

describe("trimmed", () => {
  it("counts as a space exactly what String.prototype.trim removes", () => {
    const spaces = ALL_CODES.filter((code) => String.fromCharCode(code).trim() === "");
    expect(ALL_CODES.filter(isTrimmedSpace)).toEqual(spaces);
  });

  it("gives what trim gives, for labels as typed and at either end", () => {
    const texts = [
      "Số người",
      " Số người",
      "Số người\u00a0",
      "\ufeffTỷ lệ",
      "Hoàn thành\n",
      "≥ 95%",
      "%",
      "",
      " ",
      "\u3000",
    ];
    for (const code of ALL_CODES.filter(isTrimmedSpace)) {
      const space = String.fromCharCode(code);
      texts.push(`${space}người`, `người${space}`, `${space}${space}`);
    }
    for (const text of texts) expect(trimmed(text)).toBe(text.trim());
  });

  it("hands back the text itself when there is nothing to trim", () => {
    const name = "Tỷ lệ lao động qua đào tạo";
    expect(trimmed(name)).toBe(name);
  });
});

describe("isBlank", () => {
  it("is blank for no value, an empty text or one of spaces only, Unicode spaces included", () => {
    for (const value of [null, undefined, "", "   ", "\u00a0", "\u3000\u2003", " \n\t"])
      expect(isBlank(value)).toBe(true);
  });

  it("is not blank for a figure, words, or words behind Unicode spaces", () => {
    for (const value of [0, "0", "≥ 95%", "\u00a0x", "\u3000Tổng", "–", false, { error: "#N/A" }])
      expect(isBlank(value)).toBe(false);
  });
});
