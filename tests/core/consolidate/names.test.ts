import { describe, expect, it } from "vitest";
import { nameKey, nameSimilarity } from "../../../src/core/consolidate";
import { agencyOf, isWholeName, titleAgencyOf, unitKey, unitName } from "../../../src/core/consolidate/unit-name";
import { districtSheet } from "../../../src/samples/districts";
import { fold } from "../../../src/core/text";

describe("nameKey: what districts type differently is ignored", () => {
  it.each([
    ["Tỷ lệ hộ nghèo", "TY LE HO NGHEO"],
    ["Tỷ lệ hộ nghèo", "Ty le  ho   ngheo"],
    ["Tỷ lệ hộ nghèo", "1. Tỷ lệ hộ nghèo"],
    ["Tỷ lệ hộ nghèo", "1.2) Tỷ lệ hộ nghèo"],
    ["Tỷ lệ hộ nghèo", "II. Tỷ lệ hộ nghèo"],
    ["Tỷ lệ hộ nghèo", "- Tỷ lệ hộ nghèo (%)"],
    ["Tỷ lệ hộ nghèo", "Tỉ lệ hộ nghèo"],
    ["Tỷ lệ người dân tham gia BHYT", "Tỷ lệ người dân tham gia bảo hiểm y tế"],
    ["Số lao động được giải quyết việc làm", "Số lao động giải quyết việc làm"],
    ["Tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo trên địa bàn"],
    ["Tỷ lệ hộ nghèo", "Tỉ lệ hộ nghèo trên địa bàn huyện"],
    ["Tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo trên địa bàn huyện Đông Anh"],
    ["Tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo trên địa bàn toàn thành phố Hà Nội"],
    ["Tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo trên địa bàn thị xã Sơn Tây"],
    ["Tỷ lệ hộ nghèo", "Ty le ho ngheo tren dia ban quan"],
    ["Số hộ nghèo được hỗ trợ", "Số hộ nghèo trên địa bàn xã được hỗ trợ"],
    ["Số lao động được giải quyết việc làm", "So lao dong duoc giai quyet viec lam"],
    ["Số nhà đại đoàn kết được xây mới, sửa chữa", "So nha dai doan ket duoc xay moi, sua chua"],
    [
      "Tỷ lệ xã, phường có mô hình của Phòng LĐTBXH",
      "Tỷ lệ xã, phường có mô hình của Phòng Lao động - Thương binh và Xã hội",
    ],
  ])("%s = %s", (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ["Tỷ lệ hộ nghèo", "Tỷ lệ hộ cận nghèo"],
    ["Số hộ nghèo", "Tỷ lệ hộ nghèo"],
    ["Tuyển sinh giáo dục nghề nghiệp", "Tuyển sinh giáo dục nghề nghiệp trình độ cao đẳng"],
    ["Tỷ lệ lao động qua đào tạo", "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ"],
    // Filler words are told by their diacritics: "tại" is one, "tái" (fallen back) is not, nor is "bản".
    ["Số hộ nghèo", "Số hộ tái nghèo"],
    ["Số người cai nghiện ma túy", "Số người tái cai nghiện ma túy"],
    ["Số hộ nghèo", "Số hộ nghèo thôn bản"],
    // Without diacritics "tai" may be "tái" as well as "tại", so it is kept.
    ["So ho ngheo", "So ho tai ngheo"],
    // "trên" alone says where a figure lies, not where the unit is.
    ["Số trẻ em 6 tuổi", "Số trẻ em trên 6 tuổi"],
  ])("%s ≠ %s", (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it("measures resemblance by the words two names share", () => {
    expect(nameSimilarity("Tỷ lệ hộ nghèo", "Tỷ lệ hộ cận nghèo")).toBeCloseTo(8 / 9);
    expect(nameSimilarity("Tỷ lệ hộ nghèo", "Số phiên giao dịch việc làm")).toBe(0);
    expect(nameSimilarity("1. Ty le ho ngheo", "Tỉ lệ hộ nghèo")).toBe(1);
  });
});

describe("unit names", () => {
  it("takes the agency from the title rows, without the committee's words", () => {
    const sheet = districtSheet(25);
    expect(agencyOf(sheet, 4)).toBe("UBND HUYỆN SÓC SƠN");
    expect(unitName("UBND HUYỆN SÓC SƠN", "bao-cao")).toBe("HUYỆN SÓC SƠN");
    expect(unitName("Ủy ban nhân dân huyện Sóc Sơn", "bao-cao")).toBe("huyện Sóc Sơn");
    expect(unitName("SỞ Y TẾ", "bao-cao")).toBe("SỞ Y TẾ");
  });

  it("names the district an office's table reports for, as every district's office bears one name", () => {
    const department = "PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI";
    expect(agencyOf(districtSheet(25, { department }), 5)).toBe("UBND HUYỆN SÓC SƠN");
    expect(agencyOf(districtSheet(13, { agency: "UBND HUYEN BA VI", department: fold(department) }), 5)).toBe(
      "UBND HUYEN BA VI",
    );
    expect(agencyOf(districtSheet(0, { agency: department }), 4)).toBe(department);
    expect(agencyOf(districtSheet(0, { agency: "SỞ Y TẾ HÀ NỘI", department: "PHÒNG KẾ HOẠCH" }), 5)).toBe(
      "PHÒNG KẾ HOẠCH",
    );
    const city = "UBND THÀNH PHỐ HÀ NỘI";
    expect(agencyOf(districtSheet(0, { agency: city, department: "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" }), 5)).toBe(
      "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
    );
  });

  it("reads the agency of a sheet whose table could not be read from its title rows", () => {
    // Mê Linh sent its sheet before its table was filled in: the title rows still name it.
    const pending = {
      name: "Bieu 01",
      origin: { row: 1, col: 1 },
      values: [["UBND HUYỆN MÊ LINH"], ["Đang tổng hợp, sẽ gửi sau"]],
    };
    expect(titleAgencyOf(pending)).toBe("UBND HUYỆN MÊ LINH");
    // A table whose header was not recognised ends the title rows: its communes are not the agency.
    const communes = {
      name: "Bieu 01",
      origin: { row: 3, col: 2 },
      values: [
        ["UBND HUYỆN MÊ LINH", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["BẢNG SỐ LIỆU HỘ NGHÈO NĂM 2023"],
        [],
        ["STT", "Đơn vị", "Số hộ nghèo", "Số hộ cận nghèo"],
        [1, "Xã Tiền Phong", 12, 40],
        [2, "Thị trấn Chi Đông", 3, 18],
      ],
    };
    expect(titleAgencyOf(communes)).toBe("UBND HUYỆN MÊ LINH");
    expect(titleAgencyOf({ ...pending, values: [["BÁO CÁO KẾT QUẢ NĂM 2023"]] })).toBeNull();
  });

  it("falls back on the label when the title rows name no agency", () => {
    const sheet = districtSheet(25, { agency: null });
    expect(agencyOf(sheet, 3)).toBeNull();
    expect(unitName(null, " soc-son ")).toBe("soc-son");
  });

  it("knows the same unit however it is written", () => {
    expect(unitKey("HUYỆN SÓC SƠN")).toBe(unitKey("Huyen  Soc Son"));
    expect(unitKey(unitName("UBND HUYỆN SÓC SƠN", ""))).toBe(unitKey("Ủy ban nhân dân huyện Sóc Sơn"));
    expect(unitKey("HUYỆN SÓC SƠN")).not.toBe(unitKey("HUYỆN ĐÔNG ANH"));
  });

  it("tells a table of the whole from a unit's", () => {
    expect(isWholeName("Toàn thành phố")).toBe(true);
    expect(isWholeName("tong-hop-quy-3")).toBe(true);
    expect(isWholeName("Tổng hợp")).toBe(true);
    expect(isWholeName("THỊ XÃ SƠN TÂY")).toBe(false);
    expect(isWholeName("HUYỆN THANH TRÌ")).toBe(false);
  });
});
