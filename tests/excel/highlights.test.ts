import { analyzeSheet } from "../../src/core/analyze";
import type { Issue } from "../../src/core/types";
import { OfficeWorkbookHost } from "../../src/excel/office-host";
import { programme08, programme08WithFaults, PROGRAMME08_FAULTS } from "../../src/samples/programme08";
import { createFakeExcel } from "../../src/testing/fake-excel";
import { a1 } from "../../src/core/address";
import { guessedRates } from "../helpers/guessed-rates";

/** A workbook whose checked sheet already has the user's own fills, fonts and conditional format. */
async function setUp() {
  const fake = createFakeExcel({ sheets: [programme08WithFaults(), programme08("Bản sao")] });
  const sheet = fake.sheetModel("Bieu 01");
  sheet.style(9, 7).fill = "#FFFF00";
  sheet.style(14, 8).fontColor = "#FF0000";
  sheet.style(6, 1).bold = true;
  sheet.conditionalFormats.push({
    id: "{user-cf}",
    type: "CellValue",
    areas: [{ top: 9, left: 8, bottom: 37, right: 8 }],
    formula: "<0.9",
    fill: "#FCE4D6",
    fontColor: null,
  });
  const host = new OfficeWorkbookHost(fake.env());
  const issues = analyzeSheet(await host.readSheet("Bieu 01")).issues;
  return { fake, host, issues };
}

function marked(fake: ReturnType<typeof createFakeExcel>) {
  return fake.sheet("Bieu 01").conditionalFormats.filter((cf) => cf.formula?.includes('"ChiTieu:'));
}

describe("highlighting issues", () => {
  it("marks every fault cell with a conditional format and changes nothing else", async () => {
    const { fake, host, issues } = await setUp();
    const before = fake.sheet("Bieu 01");
    await host.highlight("Bieu 01", issues);
    const after = fake.sheet("Bieu 01");
    expect(after.cells).toEqual(before.cells);
    expect(after.merges).toEqual(before.merges);
    const covered = marked(fake).flatMap((cf) => cf.areas);
    for (const fault of PROGRAMME08_FAULTS) {
      const issue = issues.find((i) => i.cell === fault.cell) as Issue;
      expect(
        covered.some((a) => a.top <= issue.row && issue.row <= a.bottom && a.left <= issue.col && issue.col <= a.right),
      ).toBe(true);
    }
    expect(after.conditionalFormats).toContainEqual(before.conditionalFormats[0]);
    expect(await host.hasHighlights("Bieu 01")).toBe(true);
    expect(fake.sheet("Bản sao").conditionalFormats).toEqual([]);
  });

  it("colours each cell by its most severe issue", async () => {
    const { fake, host, issues } = await setUp();
    await host.highlight("Bieu 01", issues);
    const errorCells = new Set(issues.filter((i) => i.severity === "error").map((i) => `${i.row}:${i.col}`));
    const errorMarks = marked(fake).filter((cf) => cf.formula?.includes("ChiTieu:error"));
    const inErrorMarks = (row: number, col: number) =>
      errorMarks.some((cf) => cf.areas.some((a) => a.top <= row && row <= a.bottom && a.left <= col && col <= a.right));
    for (const key of errorCells) {
      const [row, col] = key.split(":").map(Number) as [number, number];
      expect(inErrorMarks(row, col)).toBe(true);
    }
    expect(errorMarks.every((cf) => cf.fill === "#FFC7CE")).toBe(true);
  });

  it("clears exactly what it added: fills, formats and the user's conditional formats are as before", async () => {
    const { fake, host, issues } = await setUp();
    const before = fake.sheet("Bieu 01");
    await host.highlight("Bieu 01", issues);
    await host.clearHighlights("Bieu 01");
    expect(fake.sheet("Bieu 01")).toEqual(before);
    expect(await host.hasHighlights("Bieu 01")).toBe(false);
  });

  it("replaces earlier highlights instead of stacking them", async () => {
    const { fake, host, issues } = await setUp();
    await host.highlight("Bieu 01", issues);
    const first = marked(fake);
    await host.highlight("Bieu 01", issues.slice(0, 1));
    expect(marked(fake)).toHaveLength(1);
    expect(first.length).toBeGreaterThan(1);
  });

  it("highlights thousands of cells in a bounded number of syncs", async () => {
    const { fake, host } = await setUp();
    const many: Issue[] = Array.from({ length: 5000 }, (_, i) => ({
      code: "missing-unit",
      severity: i % 2 ? "warning" : "error",
      cell: `C${i + 1}`,
      row: 1 + 2 * i,
      col: 3,
      messageKey: "issues.missing-unit",
      params: {},
    }));
    fake.resetStats();
    await host.highlight("Bieu 01", many);
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    const covered = marked(fake).reduce((n, cf) => n + cf.areas.length, 0);
    expect(covered).toBe(5000);
  });

  it("refuses a protected sheet with a message and leaves it untouched", async () => {
    const { fake, host, issues } = await setUp();
    fake.protect("Bieu 01");
    const before = fake.sheet("Bieu 01");
    await expect(host.highlight("Bieu 01", issues)).rejects.toMatchObject({
      messageKey: "excel.errors.protected",
      params: { sheet: "Bieu 01" },
    });
    expect(fake.sheet("Bieu 01")).toEqual(before);
  });

  it("clearing a sheet without highlights changes nothing, even when protected", async () => {
    const { fake, host } = await setUp();
    fake.protect("Bieu 01");
    const before = fake.sheet("Bieu 01");
    await host.clearHighlights("Bieu 01");
    expect(fake.sheet("Bieu 01")).toEqual(before);
  });
});

describe("sheets with user rules Excel cannot read", () => {
  const userRule = (unreadable: "rule" | "all") => ({
    id: "{user-duplicates}",
    type: "Custom",
    areas: [{ top: 9, left: 2, bottom: 37, right: 2 }],
    formula: "=COUNTIF($B$9:$B$37,B9)>1",
    fill: "#FFC7CE",
    fontColor: null,
    unreadable,
  });

  it("still finds and replaces its own marks, leaving the unreadable rule as it was", async () => {
    const { fake, host, issues } = await setUp();
    fake.sheetModel("Bieu 01").conditionalFormats.push(userRule("rule"));
    await host.highlight("Bieu 01", issues);
    const first = marked(fake).length;
    expect(first).toBeGreaterThan(0);
    await host.highlight("Bieu 01", issues);
    expect(marked(fake)).toHaveLength(first);
    await host.clearHighlights("Bieu 01");
    expect(marked(fake)).toEqual([]);
    expect(fake.sheet("Bieu 01").conditionalFormats.map((cf) => cf.formula)).toEqual([
      "<0.9",
      "=COUNTIF($B$9:$B$37,B9)>1",
    ]);
  });

  it("says so and changes nothing when Excel cannot even list the sheet's rules", async () => {
    const { fake, host, issues } = await setUp();
    fake.sheetModel("Bieu 01").conditionalFormats.push(userRule("all"));
    const before = fake.sheet("Bieu 01");
    await expect(host.highlight("Bieu 01", issues)).rejects.toMatchObject({
      messageKey: "excel.reading.marksUnreadable",
      params: { sheet: "Bieu 01" },
    });
    expect(fake.sheet("Bieu 01")).toEqual(before);
  });
});

describe("highlighting an issue about several cells", () => {
  it("marks every yearly rate whose scale was guessed, not only the first of its row, in two syncs", async () => {
    const fake = createFakeExcel({ sheets: [guessedRates()] });
    const host = new OfficeWorkbookHost(fake.env());
    const issues = analyzeSheet(await host.readSheet("Bieu 01")).issues;
    expect(issues.filter((i) => i.code === "percent-scale-guessed").map((i) => i.params.cells)).toEqual([
      "E3:H3",
      "E4, G4, H4",
    ]);
    fake.resetStats();
    await host.highlight("Bieu 01", issues);
    // One to find earlier marks (there are none), one to add the new ones: as for issues of one cell each.
    expect(fake.stats.syncs).toBe(2);
    const cells = marked(fake)
      .filter((cf) => cf.formula?.includes("ChiTieu:info"))
      .flatMap((cf) => cf.areas)
      .flatMap((a) => {
        const out: string[] = [];
        for (let row = a.top; row <= a.bottom; row++)
          for (let col = a.left; col <= a.right; col++) out.push(a1(row, col));
        return out;
      });
    // H2 is the cumulative column's heading, where the period and the result column chosen are noted; F4, the year
    // not reported, is no rate and stays unmarked.
    expect(cells.sort()).toEqual(["E3", "E4", "F3", "G3", "G4", "H2", "H3", "H4"]);
  });
});
