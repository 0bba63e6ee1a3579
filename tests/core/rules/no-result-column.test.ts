import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../../src/core/analyze";
import { issueMessage } from "../../../src/core/issues";
import { meetingParagraph } from "../../../src/core/narrative/write";
import { sheet } from "../../helpers/table";

/** Programme 08's figures under a result heading the reader does not know ("Số liệu"). */
const unknownResultHeading = sheet({
  above: [["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHƯƠNG TRÌNH 08"], []],
  header: [["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu giai đoạn 2021-2025", "Số liệu", "Đánh giá"]],
  rows: [
    ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 675000, 720493],
    ["2", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", 12000, 11959],
    ["3", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "≥ 95%", 98.9],
  ],
});

describe("no-result-column", () => {
  const analysis = analyzeSheet(unknownResultHeading);

  it("is an error at the header row naming it, instead of 'no problems found'", () => {
    const issues = analysis.issues.filter((i) => i.code === "no-result-column");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: "error", cell: "A3" });
    expect(issueMessage(issues[0]!, "vi")).toMatch(/^Hàng tiêu đề 3 \(ô A3\) không có cột kết quả thực hiện/);
    expect(issueMessage(issues[0]!, "en")).toMatch(/^Header row 3 \(cell A3\) has no result column/);
  });

  it("leaves the meeting paragraph without a 0/3 completion figure", () => {
    expect(meetingParagraph(analysis, "vi")).toBe(
      "Đến nay, chưa đánh giá được 3 chỉ tiêu vì hàng tiêu đề 3 không có cột kết quả thực hiện.",
    );
    expect(meetingParagraph(analysis, "en")).toBe(
      "To date, none of the 3 indicators can be assessed, as header row 3 has no result column.",
    );
  });

  it("stays silent once the column is mapped by hand", () => {
    const mapped = analyzeSheet(unknownResultHeading, { mapping: { actual: "E" } });
    expect(mapped.issues.map((i) => i.code)).not.toContain("no-result-column");
    expect(meetingParagraph(mapped, "vi")).toMatch(/^Đến nay, 2\/3 chỉ tiêu hoàn thành/);
  });
});
