/**
 * The parts of the workbooks the command line writes, against the ECMA-376 transitional schemas (see
 * tests/fixtures/ooxml-schema/README.md), and the package's cross-references the schemas cannot check: Excel
 * refuses or "repairs" a file that breaks either (a child out of order, a relationship to no part), LibreOffice
 * mostly does not, and no Excel runs here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { validateXML, type XMLFileInfo } from "xmllint-wasm";
import { DEMO_INPUT, runDemo } from "../../src/cli/demo";
import { runCli } from "../../src/cli/program";
import { analyzeSheet } from "../../src/core/analyze";
import { buildConsolidationPlans, consolidate, consolidationParagraph } from "../../src/core/consolidate";
import { findingRows } from "../../src/core/findings";
import { districtRows, districtSheet } from "../../src/samples/districts";
import { programme08WithFaults } from "../../src/samples/programme08";
import { findingsWorkbook } from "../../src/xlsx/write-findings";
import { summaryWorkbook } from "../../src/xlsx/write-summary";
import { addSnapshotSheet } from "../../src/xlsx/write-snapshot";
import { recordingIo, tempDir } from "../cli/fixtures";
import { district, renamed, source } from "../core/consolidate/helpers";
import { handMadePlan } from "./hand-made-plan";
import { zipEntries } from "./zip";

const SCHEMA_DIR = fileURLToPath(new URL("../fixtures/ooxml-schema/", import.meta.url));
const schemas: XMLFileInfo[] = readdirSync(SCHEMA_DIR)
  .filter((f) => f.endsWith(".xsd"))
  .map((fileName) => ({ fileName, contents: readFileSync(join(SCHEMA_DIR, fileName), "utf8") }));

/** The schema whose root element each part holds, by the part's name in the package. */
const SCHEMA_OF: [RegExp, string][] = [
  [/^\[Content_Types\]\.xml$/, "opc-contentTypes.xsd"],
  [/\.rels$/, "opc-relationships.xsd"],
  [/^xl\/(workbook|styles|sharedStrings)\.xml$/, "sml.xsd"],
  [/^xl\/worksheets\/sheet\d+\.xml$/, "sml.xsd"],
  [/^xl\/charts\/chart\d+\.xml$/, "dml-chart.xsd"],
  [/^xl\/drawings\/drawing\d+\.xml$/, "dml-spreadsheetDrawing.xsd"],
  [/^xl\/theme\/theme\d+\.xml$/, "dml-main.xsd"],
  [/^docProps\/app\.xml$/, "shared-documentPropertiesExtended.xsd"],
];
/**
 * Parts left unchecked: the core properties' schema imports the Dublin Core schemas by their web addresses, which
 * libxml2 cannot fetch here; ExcelJS writes the part whole and none of our code touches it.
 */
const UNCHECKED = /^docProps\/core\.xml$/;

const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/**
 * The part as a consumer validates it under ECMA-376 Part 3 (Markup Compatibility): attributes of the namespaces
 * the root declares ignorable (ExcelJS's `x14ac:dyDescent`, `x14ac:knownFonts`) are removed first, and
 * `mc:Ignorable` with them, since the Part 1 schemas know neither. An ignorable element would still be reported.
 */
function withoutIgnorable(xml: string): string {
  const mc = new RegExp(`\\sxmlns:([\\w.-]+)="${MC}"`).exec(xml)?.[1];
  const ignorable = mc ? new RegExp(`\\s${mc}:Ignorable="([^"]*)"`).exec(xml) : null;
  if (!ignorable) return xml;
  return ignorable[1]!
    .split(/\s+/)
    .filter(Boolean)
    .reduce(
      (out, prefix) => out.replace(new RegExp(`\\s${prefix}:[\\w.-]+="[^"]*"`, "g"), ""),
      xml.replace(ignorable[0], ""),
    );
}

interface Part {
  /** Where the part comes from, for messages: `workbook: part name`. */
  label: string;
  schema: string;
  file: XMLFileInfo;
}

/** The parts of a package that have a schema here, each as xmllint gets it. */
function partsOf(workbook: string, entries: Map<string, Buffer>): Part[] {
  return [...entries].flatMap(([name, data]) => {
    if (UNCHECKED.test(name)) return [];
    const schema = SCHEMA_OF.find(([pattern]) => pattern.test(name))?.[1];
    if (!schema) throw new Error(`${workbook}: no schema for the part ${name}`);
    // A flat name xmllint takes as a file name (no slash, bracket or colon), unique across workbooks.
    const fileName = `${workbook}.${name.replace(/[^A-Za-z0-9_.]/g, "_")}`;
    return [{ label: `${workbook}: ${name}`, schema, file: { fileName, contents: withoutIgnorable(data.toString()) } }];
  });
}

/** Every part against its schema, one xmllint run (one compilation of the schema) per schema. */
async function violations(parts: Part[]): Promise<string[]> {
  const labels = new Map(parts.map((p) => [p.file.fileName, p.label]));
  const found: string[] = [];
  for (const schema of new Set(parts.map((p) => p.schema))) {
    const result = await validateXML({
      xml: parts.filter((p) => p.schema === schema).map((p) => p.file),
      schema: schemas.filter((s) => s.fileName === schema),
      preload: schemas.filter((s) => s.fileName !== schema),
    });
    for (const error of result.errors) {
      // xmllint closes with "FILE fails to validate" for each failing file, which says nothing more.
      if (!error.loc) continue;
      found.push(`${labels.get(error.loc.fileName) ?? error.loc.fileName}: ${error.message}`);
    }
  }
  return found;
}

/** The content types Excel needs to read these parts for what they are, rather than as some XML. */
const CONTENT_TYPE_OF: [RegExp, string][] = [
  [/^xl\/charts\/chart\d+\.xml$/, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
  [/^xl\/drawings\/drawing\d+\.xml$/, "application/vnd.openxmlformats-officedocument.drawing+xml"],
  [/^xl\/worksheets\/sheet\d+\.xml$/, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"],
];

/** The part a relationship of `source` points to; `source` is "" for the package's own relationships. */
function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const segments: string[] = [];
  for (const segment of `${source.slice(0, source.lastIndexOf("/") + 1)}${target}`.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== ".") segments.push(segment);
  }
  return segments.join("/");
}

const attributes = (tag: string) => new Map([...tag.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
const tags = (xml: string, name: string) =>
  [...xml.matchAll(new RegExp(`<${name}\\s[^>]*>`, "g"))].map((m) => attributes(m[0]));

/**
 * What the schemas cannot say and Excel repairs a package for: a part without its content type, a content type or
 * relationship naming no part, a relationship id a part uses and its relationships lack, a defined name twice in
 * one scope, a chart axis id naming no axis, two shapes of a drawing with one id.
 */
function packageFaults(workbook: string, entries: Map<string, Buffer>): string[] {
  const faults: string[] = [];
  const fault = (part: string, text: string) => faults.push(`${workbook}: ${part}: ${text}`);
  const types = entries.get("[Content_Types].xml")!.toString();
  const defaults = new Map(
    tags(types, "Default").map((a) => [a.get("Extension")!.toLowerCase(), a.get("ContentType")]),
  );
  const overrides = new Map(tags(types, "Override").map((a) => [a.get("PartName")!, a.get("ContentType")]));
  for (const name of overrides.keys()) if (!entries.has(name.slice(1))) fault("[Content_Types].xml", `no part ${name}`);
  for (const [name, data] of entries) {
    if (name === "[Content_Types].xml") continue;
    const extension = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
    const type = overrides.get(`/${name}`) ?? defaults.get(extension);
    const wanted = CONTENT_TYPE_OF.find(([pattern]) => pattern.test(name))?.[1];
    if (!type || (wanted && type !== wanted)) fault(name, `content type ${type ?? "none"}`);
    if (name.endsWith(".rels")) continue;
    const rels = entries.get(name.replace(/([^/]*)$/, "_rels/$1.rels"))?.toString() ?? "";
    const ids = new Set(tags(rels, "Relationship").map((a) => a.get("Id")));
    for (const [, id] of data.toString().matchAll(/\sr:(?:id|embed|link)="([^"]*)"/g)) {
      if (!ids.has(id)) fault(name, `r:id ${id} is not among its relationships`);
    }
  }
  for (const [name, data] of entries) {
    if (!name.endsWith(".rels")) continue;
    const source = name.replace(/_rels\/([^/]*)\.rels$/, "$1");
    for (const rel of tags(data.toString(), "Relationship")) {
      const target = resolveTarget(source, rel.get("Target")!);
      if (rel.get("TargetMode") !== "External" && !entries.has(target)) fault(name, `no part ${target}`);
    }
  }
  const names = tags(entries.get("xl/workbook.xml")!.toString(), "definedName").map(
    (a) => `${a.get("name")!.toLowerCase()} @${a.get("localSheetId") ?? "workbook"}`,
  );
  for (const name of names.filter((n, i) => names.indexOf(n) !== i)) fault("xl/workbook.xml", `${name} twice`);
  for (const [name, data] of entries) {
    const xml = data.toString();
    if (/^xl\/charts\/chart\d+\.xml$/.test(name)) {
      const axes = [...xml.matchAll(/<(?:catAx|valAx|dateAx|serAx)><axId val="(\d+)"\/>/g)].map((m) => m[1]);
      const used = [...xml.matchAll(/<(?:axId|crossAx) val="(\d+)"\/>/g)].map((m) => m[1]);
      for (const id of new Set(used)) if (!axes.includes(id)) fault(name, `axis ${id} is not in the plot area`);
    }
    if (/^xl\/drawings\/drawing\d+\.xml$/.test(name)) {
      const ids = tags(xml, "xdr:cNvPr").map((a) => a.get("id"));
      if (new Set(ids).size !== ids.length) fault(name, "two shapes share an id");
    }
  }
  return faults;
}

async function districtFile(dir: string, d: number): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  addSnapshotSheet(workbook, districtSheet(d));
  const path = join(dir, `bao-cao-${d + 1}.xlsx`);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** The workbooks under test by name, each as its parts. */
const workbooks = new Map<string, Map<string, Buffer>>();
const add = (name: string, bytes: Uint8Array) => workbooks.set(name, zipEntries(Buffer.from(bytes)));

beforeAll(async () => {
  const dir = await tempDir("chitieu-ooxml-");
  // (a) `npm run demo`'s summary, and the demo's sample summarised with a district's file: a "by unit" sheet
  // whose rows link to each unit's sheet.
  const demo = join(dir, "demo.xlsx");
  expect(await runDemo(recordingIo(), DEMO_INPUT, demo)).toBe(0);
  add("demo", await readFile(demo));
  const twoUnits = join(dir, "two-units.xlsx");
  const unit = await districtFile(dir, 3);
  expect(await runCli(["summarize", DEMO_INPUT, unit, "-o", twoUnits], recordingIo())).toBe(0);
  add("summarize", await readFile(twoUnits));
  // (b) A consolidation of a few units: one retyping a name (the not-matched sheet), one unreadable.
  const retyped = source(
    districtSheet(7, { rows: renamed(districtRows(7), { 1: "Tỷ lệ hộ cận nghèo giảm" }) }),
    "quan-huyen-8.xlsx",
  );
  const unreadable = { ...district(9), indicators: null, problem: "Tệp bị hỏng" };
  const result = consolidate([district(0), district(13), district(25), retyped, unreadable]);
  const paragraph = consolidationParagraph(result, "vi");
  const plans = buildConsolidationPlans(result, { lang: "vi", generatedAt: "02/12/2026", paragraph });
  add("consolidate", await summaryWorkbook(plans));
  // (c) The hand-made plan, twice: a sheet name with an apostrophe in chart references and defined names.
  add("hand-made", await summaryWorkbook([handMadePlan(), handMadePlan("Quận Ba Đình's")]));
  // (d) The findings workbook.
  const rows = findingRows("soc-son.xlsx", analyzeSheet(programme08WithFaults()), "vi");
  add("findings", await findingsWorkbook(rows, "vi"));
});

describe("the written .xlsx parts against the ECMA-376 schemas", () => {
  it("covers every kind of part the writer adds, hyperlinks, defined names and a not-matched sheet included", () => {
    const all = [...workbooks.values()].flatMap((entries) => [...entries]);
    const has = (part: RegExp, content = /./) =>
      all.some(([name, data]) => part.test(name) && content.test(data.toString()));
    expect(has(/^xl\/charts\/chart\d+\.xml$/, /<lineChart>/)).toBe(true);
    expect(has(/^xl\/charts\/chart\d+\.xml$/, /<pieChart>/)).toBe(true);
    expect(has(/^xl\/drawings\/_rels\/drawing\d+\.xml\.rels$/)).toBe(true);
    expect(has(/^xl\/worksheets\/sheet\d+\.xml$/, /<hyperlinks>/)).toBe(true);
    expect(has(/^xl\/worksheets\/sheet\d+\.xml$/, /<rowBreaks/)).toBe(true);
    expect(has(/^xl\/workbook\.xml$/, /_xlnm\._FilterDatabase/)).toBe(true);
  });

  it("validates every worksheet, chart, drawing, workbook, styles, content types and relationships part", async () => {
    const parts = [...workbooks].flatMap(([name, entries]) => partsOf(name, entries));
    expect(await violations(parts)).toEqual([]);
  });

  it("holds together as a package: content types, relationships, defined names, chart axes, shape ids", () => {
    expect([...workbooks].flatMap(([name, entries]) => packageFaults(name, entries))).toEqual([]);
  });

  it("names the part and the element when a child is out of order", async () => {
    const entries = new Map(workbooks.get("hand-made"));
    const chart = entries.get("xl/charts/chart1.xml")!.toString();
    const swapped = chart.replace(/(<plotArea>[\s\S]*<\/plotArea>)(<legend>[\s\S]*<\/legend>)/, "$2$1");
    const sheet = entries.get("xl/worksheets/sheet1.xml")!.toString();
    const early = sheet.replace(/(<mergeCells[\s\S]*)(<drawing r:id="rId\d+"\/>)/, "$2$1");
    expect([swapped, early]).not.toContain(chart);
    expect(early).not.toBe(sheet);
    const broken = new Map([
      ["xl/charts/chart1.xml", Buffer.from(swapped)],
      ["xl/worksheets/sheet1.xml", Buffer.from(early)],
    ]);
    const found = await violations(partsOf("hand-made", broken));
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^hand-made: xl\/charts\/chart1\.xml: .*chart\}legend': This element is not expected/);
    expect(found[1]).toMatch(
      /^hand-made: xl\/worksheets\/sheet1\.xml: .*main\}mergeCells': This element is not expected/,
    );
  });

  it("names what does not hold together", () => {
    const entries = new Map(workbooks.get("hand-made"));
    const edit = (part: string, from: RegExp, to: string) => {
      const xml = entries.get(part)!.toString();
      expect(xml).toMatch(from);
      entries.set(part, Buffer.from(xml.replace(from, to)));
    };
    edit("[Content_Types].xml", /<Override PartName="\/xl\/charts\/chart1\.xml"[^>]*>/, "");
    edit("xl/drawings/_rels/drawing1.xml.rels", /chart2\.xml/, "chart9.xml");
    edit(
      "xl/workbook.xml",
      /<\/definedNames>/,
      '<definedName name="ChiTieu_Summary" localSheetId="0">TRUE</definedName>$&',
    );
    edit("xl/charts/chart2.xml", /<crossAx val="\d+"\/>/, '<crossAx val="7"/>');
    edit("xl/worksheets/sheet1.xml", /<drawing r:id="rId\d+"\/>/, '<drawing r:id="rId7"/>');
    expect(packageFaults("hand-made", entries)).toEqual([
      "hand-made: xl/worksheets/sheet1.xml: r:id rId7 is not among its relationships",
      "hand-made: xl/charts/chart1.xml: content type application/xml",
      "hand-made: xl/drawings/_rels/drawing1.xml.rels: no part xl/charts/chart9.xml",
      "hand-made: xl/workbook.xml: chitieu_summary @0 twice",
      "hand-made: xl/charts/chart2.xml: axis 7 is not in the plot area",
    ]);
  });
});
