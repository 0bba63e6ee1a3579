import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { ReportSchema, sheetReport } from "../../src/core/report";
import { programme08WithFaults } from "../../src/samples/programme08";

describe("the JSON report (version 1)", () => {
  const sheet = sheetReport(analyzeSheet(programme08WithFaults()), "en");

  it("validates against its schema", () => {
    expect(() =>
      ReportSchema.parse({ version: 2, files: [{ file: "a.xlsx", error: null, sheets: [sheet] }] }),
    ).not.toThrow();
  });

  it("carries the meeting paragraph in the report's language", () => {
    expect(sheet.narrative).toMatch(
      /^In 2021–2023 \(cumulative\), 18 of 27 indicators are achieved \(66\.7%\), 11 of them ahead of time\./,
    );
    expect(sheetReport(analyzeSheet(programme08WithFaults()), "vi").narrative).toMatch(
      /^Lũy kế giai đoạn 2021–2023, 18\/27 chỉ tiêu/,
    );
  });

  it("writes columns as letters, percentages as fractions and sheet row numbers", () => {
    expect(sheet.table).toEqual({
      headerRows: [6, 7],
      firstRow: 8,
      lastRow: 38,
      columns: {
        number: "A",
        name: "B",
        unit: "C",
        plan: "D",
        actual: "G",
        statedPercent: "H",
        statedStatus: "I",
        lead: "J",
        remarks: "K",
      },
    });
    const poor = sheet.indicators.find((i) => i.row === 11)!;
    expect(poor).toMatchObject({ target: "Dưới 0,5%", direction: "lower", status: "achieved" });
    expect(poor.plan).toBeCloseTo(0.005, 10);
    const vocational = sheet.indicators.find((i) => i.row === 9)!;
    expect(vocational).toMatchObject({ plan: 675000, actual: 720493, target: null });
    expect(vocational.attainment).toBeCloseTo(1.0674, 4);
  });

  it("gives each issue its cell, row and a message", () => {
    const issue = sheet.issues.find((i) => i.code === "formula-error")!;
    expect(issue).toMatchObject({ cell: "H14", row: 14, severity: "error" });
    expect(issue.message).toBe("Cell H14 shows the error #DIV/0!.");
  });

  it("has null attainment where it cannot be computed", () => {
    const noData = sheet.indicators.find((i) => i.row === 15)!;
    expect(noData).toMatchObject({ actual: null, attainment: null, overPlan: null, status: "no_data" });
  });
});
