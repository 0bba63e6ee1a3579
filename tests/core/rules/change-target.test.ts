import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../../src/core/analyze";
import { issueMessage } from "../../../src/core/issues";
import { check } from "../../helpers/rules";
import { multiYear } from "../../helpers/years";

const POVERTY = "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều";

describe("change-target", () => {
  it("says at the target cell, in both languages, that a yearly change needs two years to be judged", () => {
    const { issues } = check("change-target", [
      ["1", POVERTY, "%", "Giảm 1-1,5%/năm", 0.03, null, null],
      ["2", "Tỷ lệ hộ cận nghèo", "%", "Dưới 1,5%", 0.99, null, null],
      ["3", "Tỷ lệ bao phủ bảo hiểm y tế", "%", "≥ 95%", 98.9, null, null],
    ]);
    expect(issues.map((i) => [i.cell, i.severity])).toEqual([["D2", "info"]]);
    expect(issueMessage(issues[0]!, "vi")).toBe(
      `Chỉ tiêu "${POVERTY}" có mục tiêu là mức thay đổi mỗi năm ("Giảm 1-1,5%/năm" ở ô D2), không phải một mức cần đạt: ` +
        "cần số liệu của ít nhất hai năm (hoặc năm gốc) để đánh giá, nên được xếp là chưa có số liệu.",
    );
    expect(issueMessage(issues[0]!, "en")).toBe(
      `Indicator "${POVERTY}" has a target of a change a year ("Giảm 1-1,5%/năm" in cell D2), not a level to reach: ` +
        "it needs the figures of at least two years (or the baseline) to be judged, so it counts as no data.",
    );
  });

  it("says the same of a count a year, and nothing of a count that is a level", () => {
    const { issues } = check("change-target", [
      ["1", "Số hộ nghèo", "hộ", "Mỗi năm giảm 2.000 hộ nghèo", 690, null, null],
      ["2", "Số hộ cận nghèo", "hộ", "Giảm xuống dưới 25.000 hộ", 22263, null, null],
      ["3", "Số người lao động đi làm việc ở nước ngoài", "người", "Tăng 500 lao động mỗi năm", 11959, null, null],
    ]);
    expect(issues.map((i) => i.cell)).toEqual(["D2", "D4"]);
    expect(issueMessage(issues[0]!, "vi")).toContain('("Mỗi năm giảm 2.000 hộ nghèo" ở ô D2)');
  });

  it("says nothing of a row judged over its years", () => {
    const analysis = analyzeSheet(
      multiYear(["Năm 2021", "Năm 2022", "Năm 2023"], "Lũy kế 2021-2023", [
        ["1", POVERTY, "%", "Giảm 1-1,5%/năm", 0.43, 0.21, 0.03, 0.03, null],
        ["2", "Tỷ lệ hộ cận nghèo", "%", "Giảm 1-1,5%/năm", null, null, 0.99, 0.99, null],
      ]),
    );
    expect(analysis.issues.filter((i) => i.code === "change-target").map((i) => i.cell)).toEqual(["D4"]);
  });
});
