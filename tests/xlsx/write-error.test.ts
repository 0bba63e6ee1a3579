import { describe, expect, it } from "vitest";
import { errorReason } from "../../src/cli/error-reason";
import { analyzeSheet } from "../../src/core/analyze";
import { buildSummaryPlan } from "../../src/core/summary/build";
import { programme08 } from "../../src/samples/programme08";
import { summaryWorkbook } from "../../src/xlsx/write-summary";
import { WorkbookWriteError } from "../../src/xlsx/write-error";

describe("a write the .xlsx writer refuses", () => {
  it("fails with a catalogue key, read in the user's language", async () => {
    const plan = buildSummaryPlan(analyzeSheet(programme08()), {
      lang: "vi",
      file: "programme08.xlsx",
      generatedAt: "25/11/2025 09:30",
    });
    // A row past Excel's last (1 048 576): a plan no builder makes, which the writer cannot fit.
    const beyond = { ...plan, cells: [...plan.cells, { row: 2_000_000, col: 1, value: "x" }] };
    const failure = await summaryWorkbook([beyond]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WorkbookWriteError);
    expect(failure).toMatchObject({ messageKey: "cli.write.beyondSheet", params: { cell: "A2000000" } });
    expect(errorReason(failure, "vi")).toMatch(/^ô A2000000 nằm ngoài trang tính Excel/);
    expect(errorReason(failure, "en")).toMatch(/^cell A2000000 lies outside an Excel sheet/);
  });
});
