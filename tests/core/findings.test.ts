import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { FINDING_COLUMNS, findingHeaders, findingRows } from "../../src/core/findings";
import { PROGRAMME08_FAULTS, programme08WithFaults } from "../../src/samples/programme08";

describe("findings one can hand over", () => {
  const analysis = analyzeSheet(programme08WithFaults());
  const vi = findingRows("bao-cao/soc-son.xlsx", analysis, "vi");
  const at = (cell: string) => vi.find((r) => r.cell === cell)!;

  it("gives one row per issue with its file, sheet, cell, severity, rule and message", () => {
    expect(vi).toHaveLength(analysis.issues.length);
    for (const fault of PROGRAMME08_FAULTS) expect(vi.map((r) => r.cell)).toContain(fault.cell);
    expect(at("H14")).toMatchObject({
      file: "bao-cao/soc-son.xlsx",
      sheet: "Bieu 01",
      severity: "Lỗi",
      code: "formula-error",
      rule: "Công thức lỗi",
      seen: "#DIV/0!",
      expected: "",
    });
    expect(at("H14").message).toBe("Ô H14 có lỗi #DIV/0!.");
    expect(findingHeaders("vi")).toEqual([
      "Tệp",
      "Trang",
      "Ô",
      "Mức độ",
      "Mã quy tắc",
      "Quy tắc",
      "Nội dung",
      "Giá trị ghi trong ô",
      "Giá trị đúng",
    ]);
    expect(FINDING_COLUMNS).toHaveLength(9);
  });

  it("states the value seen and the one expected where the rule knows it, in the reader's style", () => {
    expect(at("G9")).toMatchObject({ code: "number-as-text", seen: "720.493", expected: "720.493" });
    expect(at("H17")).toMatchObject({ code: "stated-percent-mismatch", seen: "125\u00a0%", expected: "107,35\u00a0%" });
    expect(at("I18")).toMatchObject({
      code: "stated-status-mismatch",
      seen: "Hoàn thành",
      expected: "Chưa hoàn thành",
    });
    // The text as typed in the cell, whatever the sample's fault there says.
    const typed = analysis.issues.find((i) => i.cell === "G15")!.params.text;
    expect(typed).toMatch(/\D/);
    expect(at("G15")).toMatchObject({ code: "not-a-number", seen: typed, expected: "" });
    const en = findingRows("soc-son.xlsx", analysis, "en").find((r) => r.cell === "H17")!;
    expect(en).toMatchObject({ severity: "Warning", seen: "125%", expected: "107.35%" });
  });
});
