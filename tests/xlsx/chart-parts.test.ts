/**
 * The parts the writer adds to ExcelJS's package (src/xlsx/inject-parts.ts): well-formed, reachable through
 * relationships and content types, in the schema's places, and faithful to the plan's charts.
 */
import ExcelJS from "exceljs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { columnIndex } from "../../src/core/address";
import { analyzeSheet } from "../../src/core/analyze";
import { buildSummaryPlan } from "../../src/core/summary/build";
import { programme08 } from "../../src/samples/programme08";
import { SUMMARY_MARK } from "../../src/excel/summary-sheet";
import { SUMMARY_COLORS, type SummaryPlan } from "../../src/core/summary/plan";
import { summaryWorkbook } from "../../src/xlsx/write-summary";
import { handMadePlan } from "./hand-made-plan";
import { zipEntries } from "./zip";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", htmlEntities: true });

async function parts(plans: SummaryPlan[]): Promise<Map<string, string>> {
  const entries = zipEntries(Buffer.from(await summaryWorkbook(plans)));
  return new Map([...entries].map(([name, data]) => [name, data.toString("utf8")]));
}

function relationships(xml: string): { Id: string; Target: string; Type: string; TargetMode?: string }[] {
  const rels = parser.parse(xml).Relationships.Relationship;
  return Array.isArray(rels) ? rels : [rels];
}

function resolveTarget(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  // "a/_rels/b.xml.rels" holds the relationships of "a/b.xml"; "_rels/.rels" those of the package.
  const base = from
    .replace(/(^|\/)_rels\/([^/]*)\.rels$/, "$1$2")
    .split("/")
    .slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") base.pop();
    else base.push(step);
  }
  return base.join("/");
}

const twoSheets = () => [handMadePlan("Tổng hợp"), handMadePlan("Quận Ba Đình's")];

describe("the chart parts added to the package", () => {
  it("are well-formed XML, every one of the package's parts", async () => {
    for (const [name, xml] of await parts(twoSheets())) {
      if (!name.endsWith(".xml") && !name.endsWith(".rels")) continue;
      expect(XMLValidator.validate(xml), name).toBe(true);
    }
  });

  it("resolve: every relationship points at a part, and every part has a content type", async () => {
    const all = await parts(twoSheets());
    for (const [name, xml] of all) {
      if (!name.endsWith(".rels")) continue;
      for (const rel of relationships(xml)) {
        if (rel.TargetMode === "External") continue;
        expect(all.has(resolveTarget(name, rel.Target)), `${name} → ${rel.Target}`).toBe(true);
      }
    }
    const types = parser.parse(all.get("[Content_Types].xml")!).Types;
    const overrides = new Set((types.Override as { PartName: string }[]).map((o) => o.PartName));
    const defaults = new Set((types.Default as { Extension: string }[]).map((d) => d.Extension));
    for (const name of all.keys()) {
      if (name === "[Content_Types].xml") continue;
      const typed = overrides.has(`/${name}`) || defaults.has(name.slice(name.lastIndexOf(".") + 1));
      expect(typed, name).toBe(true);
    }
    expect(overrides.has("/xl/charts/chart6.xml")).toBe(true);
    expect(overrides.has("/xl/drawings/drawing2.xml")).toBe(true);
  });

  it("give each sheet with charts its own drawing, whose charts refer to that sheet's cells only", async () => {
    const all = await parts(twoSheets());
    const sheets = ["'Tổng hợp'", "'Quận Ba Đình''s'"];
    for (const [i, sheet] of sheets.entries()) {
      const sheetRels = relationships(all.get(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`)!);
      const drawing = sheetRels.find((r) => r.Type.endsWith("/drawing"))!;
      expect(drawing.Target).toBe(`../drawings/drawing${i + 1}.xml`);
      expect(all.get(`xl/worksheets/sheet${i + 1}.xml`)).toContain(`<drawing r:id="${drawing.Id}"/>`);
      const charts = relationships(all.get(`xl/drawings/_rels/drawing${i + 1}.xml.rels`)!);
      expect(charts).toHaveLength(3);
      for (const chart of charts) {
        const xml = all.get(resolveTarget(`xl/drawings/_rels/drawing${i + 1}.xml.rels`, chart.Target))!;
        const formulas = [...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]!.replace(/&#39;/g, "'"));
        expect(formulas.length).toBeGreaterThan(0);
        for (const f of formulas) expect(f.startsWith(`${sheet}!$`), f).toBe(true);
      }
    }
  });

  it("put the drawing and the links where the worksheet schema wants them", async () => {
    const linked = handMadePlan();
    linked.cells.push({ row: 6, col: 1, value: "Tỷ lệ hộ nghèo", link: { sheet: "Khác", cell: "B2" } });
    const other = { ...handMadePlan("Khác"), charts: [] };
    const all = await parts([linked, other]);
    const xml = all.get("xl/worksheets/sheet1.xml")!;
    const order = ["</sheetData>", "<hyperlinks>", "<pageSetup ", "<drawing "].map((tag) => xml.indexOf(tag));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(xml).toContain('<hyperlink ref="A6" location="&#39;Khác&#39;!B2"/>');
    // A sheet without charts gets no drawing.
    expect(all.get("xl/worksheets/sheet2.xml")).not.toContain("<drawing");
    expect(all.has("xl/drawings/drawing2.xml")).toBe(false);
  });

  it("anchor each chart from its first cell to the cell just past it, with no offsets", async () => {
    const drawing = parser.parse((await parts([handMadePlan()])).get("xl/drawings/drawing1.xml")!);
    const anchors = drawing["xdr:wsDr"]["xdr:twoCellAnchor"] as Record<string, Record<string, number>>[];
    const cells = anchors.map((a) => [a["xdr:from"]!, a["xdr:to"]!].map((m) => [m["xdr:col"], m["xdr:row"]]));
    // A8 spanning 4 columns and 12 rows; A21 and C21 spanning 2 columns and 10 rows (zero-based).
    expect(cells).toEqual([
      [
        [0, 7],
        [4, 19],
      ],
      [
        [0, 20],
        [2, 30],
      ],
      [
        [2, 20],
        [4, 30],
      ],
    ]);
    for (const a of anchors) {
      for (const m of [a["xdr:from"]!, a["xdr:to"]!]) expect([m["xdr:colOff"], m["xdr:rowOff"]]).toEqual([0, 0]);
    }
  });

  it("colour the series as the table: plan blue bars on a grey track, status colours per pie slice", async () => {
    const all = await parts([handMadePlan()]);
    const bar = parser.parse(all.get("xl/charts/chart1.xml")!).chartSpace.chart.plotArea.barChart;
    const fills = (bar.ser as { spPr: { "a:solidFill": { "a:srgbClr": { val: string } } } }[]).map(
      (s) => s.spPr["a:solidFill"]["a:srgbClr"].val,
    );
    expect(fills).toEqual(["D9D9D9", SUMMARY_COLORS.header.fill]);
    expect(bar.overlap.val).toBe("100");
    expect(parser.parse(all.get("xl/charts/chart1.xml")!).chartSpace.chart.plotArea.catAx.scaling.orientation.val).toBe(
      "maxMin",
    );
    const pie = parser.parse(all.get("xl/charts/chart3.xml")!).chartSpace.chart.plotArea.pieChart;
    const slices = (
      pie.ser.dPt as { idx: { val: string }; spPr: { "a:solidFill": { "a:srgbClr": { val: string } } } }[]
    ).map((p) => [Number(p.idx.val), p.spPr["a:solidFill"]["a:srgbClr"].val]);
    expect(slices).toEqual([
      [0, SUMMARY_COLORS.achieved.fill],
      [1, SUMMARY_COLORS.notAchieved.fill],
    ]);
    const column = parser.parse(all.get("xl/charts/chart2.xml")!).chartSpace.chart.plotArea;
    expect(column.valAx.scaling.min.val).toBe("0");
    expect(column.valAx.scaling.max).toBeUndefined();
  });

  it("cache beside each reference the values its cells hold, read back from the written file", async () => {
    const plan = buildSummaryPlan(analyzeSheet(programme08()), { lang: "vi", generatedAt: "20/11/2023" });
    const bytes = await summaryWorkbook([plan]);
    // Read back with ExcelJS: ChiTieu's own reader passes over the summaries it wrote.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const cell = (row: number, col: number) => {
      const value = book.worksheets[0]!.getCell(row, col).value;
      return value !== null && typeof value === "object" && "text" in value ? value.text : value;
    };

    const charts = [...(await parts([plan]))].filter(([name]) => name.startsWith("xl/charts/chart"));
    expect(charts.length).toBe(plan.charts.length);
    let cached = 0;
    for (const [name, xml] of charts) {
      const refs = [...xml.matchAll(/<(str|num)Ref><f>([^<]*)<\/f><\1Cache>(.*?)<\/\1Cache><\/\1Ref>/g)];
      expect(refs.length, name).toBe((xml.match(/<f>/g) ?? []).length);
      for (const [, kind, formula, cache] of refs) {
        const [, col, first, last] = /!\$([A-Z]+)\$(\d+)(?::\$[A-Z]+\$(\d+))?$/.exec(formula!)!;
        const rows = Array.from({ length: Number(last ?? first) - Number(first) + 1 }, (_, i) => Number(first) + i);
        const expected = rows.map((row) => cell(row, columnIndex(col!)));
        expect(cache).toContain(`<ptCount val="${rows.length}"/>`);
        const points = new Map(
          [...cache!.matchAll(/<pt idx="(\d+)"><v>([^<]*)<\/v><\/pt>/g)].map((m) => [Number(m[1]), m[2]]),
        );
        expected.forEach((value, i) => {
          const shown = kind === "num" ? (typeof value === "number" ? value : undefined) : (value ?? undefined);
          const point = points.get(i);
          expect(kind === "num" && point !== undefined ? Number(point) : point, `${name} ${formula} #${i}`).toEqual(
            shown === undefined || shown === "" ? undefined : kind === "num" ? shown : String(shown),
          );
        });
        cached += points.size;
      }
    }
    expect(cached).toBeGreaterThan(27);
  });

  it("escape the chart's texts, and drop the control characters XML cannot hold", async () => {
    const plan = handMadePlan();
    plan.charts[0] = { ...plan.charts[0]!, title: 'Chỉ tiêu <A> & "B"\u000B' };
    const category = plan.cells.find(
      (c) =>
        c.col === plan.charts[0]!.categories.col &&
        typeof c.value === "string" &&
        c.row >= plan.charts[0]!.categories.firstRow,
    )!;
    category.value = `${String(category.value)}\u0007`;
    const xml = (await parts([plan])).get("xl/charts/chart1.xml")!;
    expect(XMLValidator.validate(xml)).toBe(true);
    for (const c of ["\u000B", "\u0007"]) expect(xml).not.toContain(c);
    expect(parser.parse(xml).chartSpace.chart.title.tx.rich["a:p"]["a:r"]["a:t"]).toBe('Chỉ tiêu <A> & "B"');
    expect(xml).toContain(`<v>${String(category.value).slice(0, -1)}</v>`);
  });

  it("mark every sheet as a summary with a hidden name, and quote print titles of names with apostrophes", async () => {
    const workbook = (await parts(twoSheets())).get("xl/workbook.xml")!;
    const names = parser.parse(workbook).workbook.definedNames.definedName as Record<string, string>[];
    const marks = names.filter((n) => n.name === SUMMARY_MARK);
    expect(marks.map((n) => [n.localSheetId, n.hidden, n["#text"]])).toEqual([
      ["0", "1", "TRUE"],
      ["1", "1", "TRUE"],
    ]);
    const titles = names.filter((n) => n.name === "_xlnm.Print_Titles").map((n) => n["#text"]);
    expect(titles).toEqual(["'Tổng hợp'!$3:$3", "'Quận Ba Đình''s'!$3:$3"]);
  });
});
