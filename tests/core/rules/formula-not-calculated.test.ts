import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../../src/core/analyze";
import { issueMessage } from "../../../src/core/issues";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { sheet, VI_HEADER } from "../../helpers/table";

/** Programme 08's vocational and job-fair rows, with the result column's formulas as a script leaves them. */
function scriptWritten(cached: boolean): SheetSnapshot {
  const snapshot = sheet({
    header: [VI_HEADER],
    rows: [
      ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 675000, cached ? 720493 : null, null, "Hoàn thành"],
      ["2", "Số phiên giao dịch việc làm", "phiên", 600, cached ? 681 : null, null, "Hoàn thành"],
      ["3", "Số người đi làm việc ở nước ngoài", "người", 11000, 11959, null, "Hoàn thành"],
    ],
  });
  snapshot.formulas = snapshot.values.map((line) => line.map(() => null));
  snapshot.formulas[1]![4] = "=SUM(H2:J2)";
  snapshot.formulas[2]![4] = "=SUM(H3:J3)";
  return snapshot;
}

describe("formula-not-calculated", () => {
  it("flags each formula without a cached result as an error that advises opening and saving in Excel", () => {
    const issues = analyzeSheet(scriptWritten(false)).issues.filter((i) => i.code === "formula-not-calculated");
    expect(issues.map((i) => [i.cell, i.severity])).toEqual([
      ["E2", "error"],
      ["E3", "error"],
    ]);
    expect(issueMessage(issues[0]!, "vi")).toBe(
      "Ô E2 có công thức =SUM(H2:J2) nhưng chưa có kết quả (tệp chưa từng được mở bằng Excel); hãy mở tệp bằng Excel rồi lưu lại để Excel tính kết quả.",
    );
    expect(issueMessage(issues[1]!, "en")).toContain("open the file in Excel and save it");
  });

  it("says nothing once Excel has calculated and saved the results", () => {
    const issues = analyzeSheet(scriptWritten(true)).issues.filter((i) => i.code === "formula-not-calculated");
    expect(issues).toEqual([]);
  });
});
