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
      'Ô E2 ghi 0,989, một số thường không định dạng %, ở hàng tỷ lệ "Tỷ lệ dân số tham gia bảo hiểm y tế": đã đọc là 98,90\u00a0%, không phải 0,99\u00a0%, vì chỉ tiêu 99,50\u00a0% cho thấy hàng ghi tỷ lệ dạng số thập phân; hãy định dạng ô là % để khỏi phải đoán.',
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
      "đã đọc là 0,03\u00a0%, không phải 3,00\u00a0%, vì chỉ tiêu 0,50\u00a0% cũng là tỷ lệ nhỏ, ghi bằng số phần trăm; nếu ý là 3,00\u00a0%, hãy định dạng ô là %.",
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
    expect(issues.map((i) => [i.cell, i.severity, i.params?.why, i.params?.cells])).toEqual([
      ["E2", "warning", "default", undefined],
      ["D3", "warning", "default", "D3:E3"],
    ]);
    expect(issueMessage(issues[0]!, "en")).toContain(
      "read as 0.99%, not 99.00%, by default (a plain number in a rate row is a percent), as the row does not show how it writes rates; if 99.00% was meant, format the cell as a percent.",
    );
    expect(issueMessage(issues[0]!, "vi")).toContain("đã đọc là 0,99\u00a0%, không phải 99,00\u00a0%, theo mặc định");
    // The plan is the row's first guessed cell, and the message reads from it.
    expect(issueMessage(issues[1]!, "vi")).toMatch(
      /^Ô D3 ghi 0,995, .* và các số thường khác trong D3:E3 cũng đọc như vậy, theo mặc định .* hãy định dạng các ô này là %\.$/,
    );
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
    expect(issues.map((i) => [i.cell, i.severity, i.params?.why, i.params?.cells])).toEqual([
      ["G3", "warning", "conflict", "G3:H3"],
    ]);
    expect(issueMessage(issues[0]!, "vi")).toContain(
      "và các số thường khác trong G3:H3 cũng đọc như vậy, theo mặc định, vì các ô của hàng ghi tỷ lệ theo hai cách",
    );
    expect(issueMessage(issues[0]!, "en")).toContain(
      "and the other plain numbers in G3:H3 likewise, by default, as the row's cells write rates two ways; use one scale.",
    );
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

  it("says a row read by one guess once, at its first guessed cell, naming the others", () => {
    const table = multiYear(["Năm 2021", "Năm 2022", "Năm 2023"], "Lũy kế 2021-2023", [
      ["1", "Tỷ lệ hộ nghèo cuối năm", "%", "Dưới 0,5%", 0.19, 0.07, 0.03, 0.03, null],
      ["2", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "≥ 95%", 0.921, 0.936, 0.989, 0.989, null],
      // 2022 typed as the whole percent 0 stays unsaid, so the guessed cells are not side by side.
      ["3", "Tỷ lệ hộ cận nghèo cuối năm", "%", "Dưới 1,5%", 1.45, 0, 0.99, 0.99, null],
      ["4", "Tỷ lệ lao động qua đào tạo", "%", "≥ 75%", 70.5, 72.1, 0.735, 73.5, 0.98],
    ]);
    const issues = analyzeSheet(table).issues.filter((i) => i.code === CODE);
    expect(issues.map((i) => [i.cell, i.params?.why, i.params?.cells])).toEqual([
      ["E3", "small", "E3:H3"],
      ["E4", "target", "E4:H4"],
      ["E5", "small", "E5, G5, H5"],
    ]);
    expect(issueMessage(issues[1]!, "en")).toBe(
      'Cell E4 holds 0.921, a plain number not formatted as a percent, in the rate row "Tỷ lệ dân số tham gia bảo hiểm y tế": read as 92.10%, not 0.92%, and the other plain numbers in E4:H4 likewise, as the target of 95.00% shows the row writes rates as fractions; format these cells as percents so that nothing is guessed.',
    );
    expect(issueMessage(issues[2]!, "vi")).toBe(
      'Ô E5 ghi 1,45, một số thường không định dạng %, ở hàng tỷ lệ "Tỷ lệ hộ cận nghèo cuối năm": đã đọc là 1,45\u00a0%, không phải 145,00\u00a0%, và các số thường khác trong E5, G5, H5 cũng đọc như vậy, vì chỉ tiêu 1,50\u00a0% cũng là tỷ lệ nhỏ, ghi bằng số phần trăm; nếu ý là 145,00\u00a0%, hãy định dạng các ô này là %.',
    );
  });

  it("notes each small-rate row of the Programme 08 sample once, and nothing else", () => {
    const issues = analyzeSheet(programme08()).issues.filter((i) => i.code === CODE);
    expect(issues.map((i) => [i.cell, i.severity, i.params?.cells])).toEqual([
      ["E11", "info", "E11:G11"],
      ["E12", "info", "E12:G12"],
    ]);
  });
});
