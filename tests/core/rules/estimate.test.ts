import { describe, expect, it } from "vitest";
import { issueMessage } from "../../../src/core/issues";
import { check } from "../../helpers/rules";

describe("estimate", () => {
  const rows = [
    ["1", "Số lượt người được trợ giúp xã hội", "lượt người", "2,8 triệu", "khoảng 2,9 triệu", null, "Hoàn thành"],
    ["2", "Tỷ lệ bao phủ bảo hiểm y tế", "%", "≥ 95%", "khoảng 98,9%", null, "Hoàn thành"],
    ["3", "Số phiên giao dịch việc làm", "phiên", 600, 681, null, "Hoàn thành"],
    ["4", "Kinh phí trợ giúp xã hội", "tỷ đồng", 2800, "2.975,42 tỷ đồng", null, "Hoàn thành"],
  ];

  it("reads each estimate as a figure and says so as information, in the reader's language", () => {
    const { issues, analysis } = check("estimate", rows);
    expect(issues.map((i) => [i.cell, i.severity])).toEqual([
      ["E2", "info"],
      ["E3", "info"],
    ]);
    expect(issueMessage(issues[0]!, "vi")).toBe(
      'Ô E2 ghi "khoảng 2,9 triệu": số ước tính, được đọc là 2.900.000 lượt người. Nên thay bằng số chính thức khi có.',
    );
    expect(issueMessage(issues[1]!, "en")).toContain('says "khoảng 98,9%": an estimate, read as 98.9 %.');
    expect(analysis.indicators.map((i) => [i.plan, i.actual, i.status])).toEqual([
      [2_800_000, 2_900_000, "achieved"],
      [0.95, 0.989, "achieved"],
      [600, 681, "achieved"],
      [2800, 2975.42, "achieved"],
    ]);
  });

  it("keeps the number-as-text warning but offers no fix that would drop the word 'khoảng'", () => {
    const { issues } = check("number-as-text", rows);
    expect(issues.map((i) => [i.cell, i.fix?.value ?? null])).toEqual([
      ["E2", null],
      ["E3", null],
      ["E5", 2975.42],
    ]);
  });
});
