import { describe, expect, it } from "vitest";
import { issueMessage } from "../../../src/core/issues";
import { programme08 } from "../../../src/samples/programme08";
import { analyzeSheet } from "../../../src/core/analyze";
import { check } from "../../helpers/rules";
import { multiYear } from "../../helpers/years";

const CODE = "percent-scale-guessed";

describe("percent-scale-guessed", () => {
  it("says at the cell that 0,989 in General format was read as 98,9 % by the target of 99,5 %", () => {
    const { issues, analysis } = check(CODE, [["1", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "≥ 99,5%", 0.989]]);
    expect(analysis.indicators[0]).toMatchObject({ actual: 0.989, status: "not_achieved", gapPoints: -0.6 });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ cell: "E2", severity: "info", params: { why: "target", typed: 0.989 } });
    expect(issueMessage(issues[0]!, "vi")).toBe(
      'Ô E2 ghi 0,989, một số thường không định dạng %, ở hàng tỷ lệ "Tỷ lệ dân số tham gia bảo hiểm y tế": đã đọc là 98,90%, không phải 0,99%, vì chỉ tiêu 99,50% cho thấy hàng ghi tỷ lệ dạng số thập phân; hãy định dạng ô là % để khỏi phải đoán.',
    );
    expect(issueMessage(issues[0]!, "en")).toBe(
      'Cell E2 holds 0.989, a plain number not formatted as a percent, in the rate row "Tỷ lệ dân số tham gia bảo hiểm y tế": read as 98.90%, not 0.99%, as the target of 99.50% shows the row writes rates as fractions; format the cell as a percent so that nothing is guessed.',
    );
  });

  it("notes the poor-household rate of 0,03 read as a whole percent beside a ceiling of 0,5 %", () => {
    const { issues, analysis } = check(CODE, [["1", "Tỷ lệ hộ nghèo cuối năm", "%", "Dưới 0,5%", 0.03]]);
    expect(analysis.indicators[0]!.actual).toBeCloseTo(0.0003, 12);
    expect(analysis.indicators[0]).toMatchObject({ status: "achieved", gapPoints: 0.47 });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ cell: "E2", severity: "info", params: { why: "small" } });
    expect(issueMessage(issues[0]!, "vi")).toContain(
      "đã đọc là 0,03%, không phải 3,00%, vì chỉ tiêu 0,50% cũng là tỷ lệ nhỏ, ghi bằng số phần trăm; nếu ý là 3,00%, hãy định dạng ô là %.",
    );
    expect(issueMessage(issues[0]!, "en")).toContain(
      "read as 0.03%, not 3.00%, as the target of 0.50% is a small rate written in percent too; if 3.00% was meant, format the cell as a percent.",
    );
  });

  it("warns where only the default decided: the near-poor rate 0,99 with no target, a plan and result both plain", () => {
    const { issues } = check(CODE, [
      ["1", "Tỷ lệ hộ cận nghèo cuối năm", "%", null, 0.99],
      ["2", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 0.995, 0.989],
    ]);
    expect(issues.map((i) => [i.cell, i.severity, i.params?.why])).toEqual([
      ["E2", "warning", "default"],
      ["D3", "warning", "default"],
      ["E3", "warning", "default"],
    ]);
    expect(issueMessage(issues[0]!, "en")).toContain(
      "read as 0.99%, not 99.00%, by default (a plain number in a rate row is a percent), as the row does not show how it writes rates; if 99.00% was meant, format the cell as a percent.",
    );
    expect(issueMessage(issues[0]!, "vi")).toContain("đã đọc là 0,99%, không phải 99,00%, theo mặc định");
  });

  it("warns at a plain number left at the default because the row's cells disagree", () => {
    // 2021 formatted as a percent, 2022 a whole percent: the plain 0,989 of 2023 and the cumulative follow neither.
    const table = multiYear(
      ["Năm 2021", "Năm 2022", "Năm 2023"],
      "Lũy kế 2021-2023",
      [["1", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "≥ 95%", 0.921, 93.6, 0.989, 0.989, null]],
      { E3: "0.0%" },
    );
    const issues = analyzeSheet(table).issues.filter((i) => i.code === CODE);
    expect(issues.map((i) => [i.cell, i.severity, i.params?.why])).toEqual([
      ["G3", "warning", "conflict"],
      ["H3", "warning", "conflict"],
    ]);
    expect(issueMessage(issues[0]!, "vi")).toContain("theo mặc định, vì các ô của hàng ghi tỷ lệ theo hai cách");
  });

  it("says nothing where the row's cells show its scale, nor of a zero, a whole percent or a count", () => {
    const { issues } = check(
      CODE,
      [
        // 98,9 under "%" can only be a whole percent; 0,95 formatted as a percent tells the plain 0,989 beside it.
        ["1", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "≥ 99,5%", 98.9],
        ["2", "Tỷ lệ bao phủ BHYT", "%", 0.95, 0.989],
        ["3", "Tỷ lệ hộ nghèo cuối năm", "%", "Dưới 0,5%", 0],
        ["4", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", 10000, 1],
      ],
      { D3: "0%" },
    );
    expect(issues).toEqual([]);
  });

  it("names every year cell of a row read by a guess, and none in a row whose years show whole percents", () => {
    const table = multiYear(["Năm 2021", "Năm 2022", "Năm 2023"], "Lũy kế 2021-2023", [
      ["1", "Tỷ lệ hộ nghèo cuối năm", "%", "Dưới 0,5%", 0.19, 0.07, 0.03, 0.03, null],
      ["2", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "≥ 95%", 0.921, 0.936, 0.989, 0.989, null],
      ["3", "Tỷ lệ hộ cận nghèo cuối năm", "%", "Dưới 1,5%", 1.45, 1.2, 0.99, 0.99, null],
      ["4", "Tỷ lệ lao động qua đào tạo", "%", "≥ 75%", 70.5, 72.1, 0.735, 73.5, 0.98],
    ]);
    const issues = analyzeSheet(table).issues.filter((i) => i.code === CODE);
    expect(issues.map((i) => [i.cell, i.params?.why])).toEqual([
      ["E3", "small"],
      ["F3", "small"],
      ["G3", "small"],
      ["H3", "small"],
      ["E4", "target"],
      ["F4", "target"],
      ["G4", "target"],
      ["H4", "target"],
      ["E5", "small"],
      ["F5", "small"],
      ["G5", "small"],
      ["H5", "small"],
    ]);
  });

  it("notes the small rates of the Programme 08 sample and nothing else", () => {
    const issues = analyzeSheet(programme08()).issues.filter((i) => i.code === CODE);
    expect(issues.map((i) => [i.cell, i.severity])).toEqual(
      ["E11", "F11", "G11", "E12", "F12", "G12"].map((cell) => [cell, "info"]),
    );
  });
});
