/**
 * What ExcelJS cannot write, added to the package it wrote: charts (a drawing per sheet, a chart part per chart,
 * their relationships and content types), links to cells of other sheets, sheet-scoped defined names with
 * constant values, column widths of 9 characters, a fixed default row height, and the workbook's default font.
 * ExcelJS's parts are edited as text at the places the SpreadsheetML schema gives each element, since Excel
 * refuses elements out of order.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import type { PlanChart } from "../core/summary/plan";
import { drawingRelsXml, drawingXml, relationshipXml, relationshipsXml, type Relationship } from "./drawing-xml";
import { escapeXml } from "./xml-escape";

const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** CT_Worksheet's children that come after `<hyperlinks>`, in schema order. */
const AFTER_HYPERLINKS = [
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
];
/** CT_Worksheet's children that come after `<drawing>`, in schema order. */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

export interface SheetChart {
  chart: PlanChart;
  /** The chart part, as chartXml builds it. */
  xml: string;
}

export interface SheetExtras {
  charts: SheetChart[];
  /** Cells linking to a place in the workbook: `location` is a reference such as `'Sheet 2'!A1`. */
  links: { ref: string; location: string }[];
  /** Names scoped to this sheet, each a formula or constant (`'Sheet'!$3:$3`, `TRUE`). */
  names: { name: string; formula: string; hidden?: boolean }[];
  /** The sheet's default row height is fixed rather than grown to the default font. */
  fixedRowHeight: boolean;
  /**
   * Column widths in characters, index 0 is column A. ExcelJS leaves out a column 9 characters wide, taking 9 for
   * Excel's default width, which is 8.43: such a column would come out narrower than the plan's.
   */
  columnWidths: number[];
}

/** `<cols>`, one element per run of adjacent columns of the same width. */
function colsXml(widths: number[]): string {
  const cols: string[] = [];
  for (let first = 0; first < widths.length;) {
    let last = first;
    while (last + 1 < widths.length && widths[last + 1] === widths[first]) last++;
    cols.push(`<col min="${first + 1}" max="${last + 1}" width="${widths[first]}" customWidth="1"/>`);
    first = last + 1;
  }
  return `<cols>${cols.join("")}</cols>`;
}

type Parts = Record<string, Uint8Array>;

function text(parts: Parts, name: string): string {
  const part = parts[name];
  if (!part) throw new Error(`the package has no part ${name}`);
  return strFromU8(part);
}

function put(parts: Parts, name: string, xml: string): void {
  parts[name] = strToU8(xml);
}

/** `xml` with `element` placed before the first of `followers` present, else before the root's end tag. */
function insertBefore(xml: string, element: string, followers: string[], rootEnd: string): string {
  for (const tag of followers) {
    const at = xml.search(new RegExp(`<${tag}[\\s/>]`));
    if (at >= 0) return xml.slice(0, at) + element + xml.slice(at);
  }
  const end = xml.lastIndexOf(rootEnd);
  return xml.slice(0, end) + element + xml.slice(end);
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Worksheet part paths in the workbook's sheet order, followed through the workbook's relationships. */
function sheetParts(parts: Parts): string[] {
  const rels = new Map<string, string>();
  for (const [tag] of text(parts, "xl/_rels/workbook.xml.rels").matchAll(/<Relationship\s[^>]*>/g)) {
    rels.set(attribute(tag, "Id") ?? "", attribute(tag, "Target") ?? "");
  }
  return [...text(parts, "xl/workbook.xml").matchAll(/<sheet\s[^>]*>/g)].map(([tag]) => {
    const target = rels.get(attribute(tag, "r:id") ?? "") ?? "";
    return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  });
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** Adds a relationship to a part's relationships, creating them if the part has none; returns its id. */
function addRelationship(parts: Parts, part: string, type: string, target: string): string {
  const path = relsPath(part);
  const existing = parts[path] ? strFromU8(parts[path]) : null;
  const ids = new Set(existing ? [...existing.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]) : []);
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const rel: Relationship = { id: `rId${n}`, type, target };
  put(
    parts,
    path,
    existing
      ? existing.replace("</Relationships>", `${relationshipXml(rel)}</Relationships>`)
      : relationshipsXml([rel]),
  );
  return rel.id;
}

function setDefaultFont(parts: Parts, font: string): void {
  const styles = text(parts, "xl/styles.xml");
  const first = /(<fonts[^>]*>)<font>[\s\S]*?<\/font>/;
  if (!first.test(styles)) throw new Error("the styles part has no fonts");
  const replaced = `$1<font><sz val="11"/><color theme="1"/><name val="${escapeXml(font)}"/><family val="1"/></font>`;
  put(parts, "xl/styles.xml", styles.replace(first, replaced));
}

function addDefinedNames(parts: Parts, sheets: SheetExtras[]): void {
  const names = sheets.flatMap((sheet, i) =>
    sheet.names.map(
      (n) =>
        `<definedName name="${escapeXml(n.name)}" localSheetId="${i}"${n.hidden ? ' hidden="1"' : ""}>` +
        `${escapeXml(n.formula)}</definedName>`,
    ),
  );
  if (names.length === 0) return;
  let workbook = text(parts, "xl/workbook.xml");
  workbook = workbook.includes("</definedNames>")
    ? workbook.replace("</definedNames>", `${names.join("")}</definedNames>`)
    : workbook.replace("</sheets>", `</sheets><definedNames>${names.join("")}</definedNames>`);
  put(parts, "xl/workbook.xml", workbook);
}

/**
 * The package ExcelJS wrote (`zip`), with each sheet's extras added (`sheets`, in the workbook's sheet order) and
 * `defaultFont` as the font of unstyled cells. Returns the new package, deflated.
 */
export function injectParts(zip: Uint8Array, sheets: SheetExtras[], defaultFont: string): Uint8Array {
  const parts: Parts = {};
  for (const [name, data] of Object.entries(unzipSync(zip))) if (!name.endsWith("/")) parts[name] = data;
  setDefaultFont(parts, defaultFont);
  addDefinedNames(parts, sheets);

  const overrides: string[] = [];
  let drawings = 0;
  let charts = 0;
  sheetParts(parts).forEach((path, i) => {
    const extras = sheets[i];
    if (!extras) return;
    let xml = text(parts, path);
    if (extras.fixedRowHeight)
      xml = xml.replace(/<sheetFormatPr(?![^>]*customHeight)/, '<sheetFormatPr customHeight="1"');
    if (extras.columnWidths.length > 0) {
      xml = insertBefore(
        xml.replace(/<cols>[\s\S]*?<\/cols>/, ""),
        colsXml(extras.columnWidths),
        ["sheetData"],
        "</worksheet>",
      );
    }
    if (extras.links.length > 0) {
      const links = extras.links.map((l) => `<hyperlink ref="${l.ref}" location="${escapeXml(l.location)}"/>`);
      xml = insertBefore(xml, `<hyperlinks>${links.join("")}</hyperlinks>`, AFTER_HYPERLINKS, "</worksheet>");
    }
    if (extras.charts.length > 0) {
      const drawing = `drawing${++drawings}.xml`;
      const chartNames = extras.charts.map((c) => {
        const name = `chart${++charts}.xml`;
        put(parts, `xl/charts/${name}`, c.xml);
        overrides.push(`<Override PartName="/xl/charts/${name}" ContentType="${CHART_TYPE}"/>`);
        return name;
      });
      put(parts, `xl/drawings/${drawing}`, drawingXml(extras.charts.map((c) => c.chart)));
      put(parts, `xl/drawings/_rels/${drawing}.rels`, drawingRelsXml(chartNames));
      overrides.push(`<Override PartName="/xl/drawings/${drawing}" ContentType="${DRAWING_TYPE}"/>`);
      const id = addRelationship(parts, path, REL_DRAWING, `../drawings/${drawing}`);
      xml = insertBefore(xml, `<drawing r:id="${id}"/>`, AFTER_DRAWING, "</worksheet>");
    }
    put(parts, path, xml);
  });
  if (overrides.length > 0) {
    const types = text(parts, "[Content_Types].xml");
    put(parts, "[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`));
  }
  const out: Zippable = {};
  for (const [name, data] of Object.entries(parts)) out[name] = [data, { level: 6 }];
  return zipSync(out);
}
