import { describe, expect, it } from "vitest";
import { capitalizeFirst, isAllCaps, oneLine } from "../../src/core/text";

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
