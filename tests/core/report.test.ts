import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { ReportSchema, sheetReport } from "../../src/core/report";
import { programme08WithFaults } from "../../src/samples/programme08";
import { multiYear } from "../helpers/years";

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

describe("the JSON report of targets of a change a year", () => {
  // Seed-like figures: the poverty rate down to 0,03 % and the poor households down to 690 by the end of 2023.
  const rows = [
    ["1", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", "Giảm 1-1,5%/năm", 0.43, 0.21, 0.03, 0.03, null],
    ["2", "Số hộ nghèo", "hộ", "Giảm bình quân 2.000 hộ/năm", 4750, 2600, 690, 690, null],
    ["3", "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "≥ 95%", 92.1, 95.6, 98.9, 98.9, null],
  ];
  const sheet = sheetReport(
    analyzeSheet(multiYear(["Năm 2021", "Năm 2022", "Năm 2023"], "Lũy kế 2021-2023", rows)),
    "vi",
  );
  const [rate, households, level] = sheet.indicators;

  it("gives each such indicator the change it was judged by, and validates against its schema", () => {
    expect(rate!.change).toEqual({
      from: 2021,
      to: 2023,
      first: 0.0043,
      last: 0.0003,
      perYear: -0.002,
      kind: "points",
    });
    expect(households!.change).toEqual({
      from: 2021,
      to: 2023,
      first: 4750,
      last: 690,
      perYear: -2030,
      kind: "absolute",
    });
    expect(households).toMatchObject({ plan: null, target: "Giảm bình quân 2.000 hộ/năm", status: "achieved" });
    expect(households!.attainment).toBeCloseTo(1.015, 12);
    const parsed = ReportSchema.parse({ version: 2, files: [{ file: "a.xlsx", error: null, sheets: [sheet] }] });
    expect(parsed.files[0]!.sheets[0]!.indicators[1]!.change?.kind).toBe("absolute");
  });

  it("writes no change for an indicator with a level target, as before", () => {
    expect(level).not.toHaveProperty("change");
    expect(JSON.stringify(level)).not.toContain('"change"');
    expect(JSON.stringify(households)).toContain('"gapPoints":null,"change":{"from":2021,"to":2023,');
  });
});
