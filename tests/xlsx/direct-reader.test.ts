/** The direct reader on hand-zipped SpreadsheetML: each case a small file made here, as Excel or a script writes it. */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { inspectFile } from "../../src/cli/inspect";
import { analyzeSheet } from "../../src/core/analyze";
import { buildSummaryPlan } from "../../src/core/summary/build";
import { programme08 } from "../../src/samples/programme08";
import { summaryWorkbook } from "../../src/xlsx/write-summary";
import { t } from "../../src/core/i18n";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { WorkbookReadError } from "../../src/xlsx/read-error";
import { tempDir } from "../cli/fixtures";
import { handMadeXlsx, MAIN, num, smallTable, text, type HandWorkbook } from "./hand-made";

async function saved(bytes: Uint8Array, name = "bieu.xlsx"): Promise<string> {
  const path = join(await tempDir(), name);
  await writeFile(path, bytes);
  return path;
}

const file = (book: HandWorkbook) => saved(handMadeXlsx(book));

async function readError(path: string, options = {}): Promise<WorkbookReadError> {
  const error = await readWorkbook(path, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookReadError);
  return error as WorkbookReadError;
}

describe("the direct reader's cell values", () => {
  it("reads shared strings with rich-text runs but not their phonetic guides, inline rich text, booleans and errors", async () => {
    const path = await file({
      sharedStrings: [
        "Chỉ tiêu",
        '<r><t xml:space="preserve">Kế </t></r><r><rPr><b/></rPr><t>hoạch</t></r><rPh sb="0" eb="1"><t>けい</t></rPh>',
      ],
      sheets: [
        {
          name: "Bieu 01",
          body:
            '<sheetData><row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c>' +
            '<c r="D2" t="inlineStr"><is><r><t>Thực </t></r><r><t>hiện</t></r></is></c></row>' +
            '<row r="3"><c r="B3" t="b"><v>1</v></c><c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
            '<c r="D3" t="str"><f>B2&amp;"!"</f><v>Chỉ tiêu!</v></c></row></sheetData>',
        },
      ],
    });
    const [sheet] = await readWorkbook(path);
    const s = sheet!.snapshot!;
    expect(s.origin).toEqual({ row: 2, col: 2 });
    expect(s.values).toEqual([
      ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
      [true, { error: "#DIV/0!" }, "Chỉ tiêu!"],
    ]);
    expect(s.formulas![1]).toEqual([null, "=1/0", '=B2&"!"']);
  });

  it("reads text written as CDATA, as some generators write it", async () => {
    const body =
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[Lũy kế & ước]]></t></is></c></row></sheetData>';
    const [sheet] = await readWorkbook(await file({ sheets: [{ name: "A", body }] }));
    expect(sheet!.snapshot!.values).toEqual([["Lũy kế & ước"]]);
  });

  it("gives each cell its style's number format, custom or built in, and keeps serial dates in the file's date system", async () => {
    const styles =
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00 &quot;₫&quot;"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="10"/></cellStyleXfs>' +
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs>';
    const body =
      '<sheetData><row r="1"><c r="A1" s="1"><v>0.7841</v></c><c r="B1" s="2"><v>2975.42</v></c>' +
      '<c r="C1" s="3"><v>45291</v></c><c r="D1" t="d" s="3"><v>2023-12-31T00:00:00</v></c><c r="E1"><v>5</v></c></row></sheetData>';
    const [s1900] = await readWorkbook(await file({ styles, sheets: [{ name: "A", body }] }));
    expect(s1900!.snapshot!.formats![0]).toEqual(["0.00%", '#,##0.00 "₫"', "mm-dd-yy", "mm-dd-yy", "General"]);
    // 31/12/2023 is serial 45291 in the 1900 system; an ISO date cell becomes the same serial.
    expect(s1900!.snapshot!.values[0]).toEqual([0.7841, 2975.42, 45291, 45291, 5]);
    const [s1904] = await readWorkbook(
      await file({ styles, workbookPr: 'date1904="1"', sheets: [{ name: "A", body }] }),
    );
    // In the 1904 system the stored serial stays as written; the ISO date is counted from 1904 (1462 days fewer).
    expect(s1904!.snapshot!.values[0]).toEqual([0.7841, 2975.42, 45291, 43829, 5]);
  });

  it("reads merges, leaves the cells a merge covers empty even when a writer kept a value there, and hidden rows", async () => {
    const body =
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Kết quả thực hiện</t></is></c>' +
      '<c r="B1" t="inlineStr"><is><t>giá trị ẩn</t></is></c></row>' +
      '<row r="2" hidden="1"><c r="A2"><v>2021</v></c><c r="B2"><v>2022</v></c></row></sheetData>' +
      '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>';
    const [sheet] = await readWorkbook(await file({ sheets: [{ name: "A", body }] }));
    const s = sheet!.snapshot!;
    expect(s.values).toEqual([
      ["Kết quả thực hiện", null],
      [2021, 2022],
    ]);
    expect(s.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
    expect(s.hiddenRows).toEqual([2]);
  });

  it("reads a sheet with no dimension, rows and cells without references, and a prefixed namespace", async () => {
    const body =
      "<x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c><x:v>3</x:v></x:c></x:row></x:sheetData>";
    const bytes = handMadeXlsx({ sheets: [{ name: "A", body: "" }] });
    const path = await saved(
      zipSync({
        ...Object.fromEntries(Object.entries(unzipSync(bytes)).filter(([name]) => name !== "xl/worksheets/sheet1.xml")),
        "xl/worksheets/sheet1.xml": strToU8(`<x:worksheet xmlns:x="${MAIN}">${body}</x:worksheet>`),
      }),
    );
    const [sheet] = await readWorkbook(path);
    expect(sheet!.snapshot!.values).toEqual([
      [1, 2],
      [3, null],
    ]);
  });

  it("gives a shared formula to each cell it covers, moved as Excel moves it", async () => {
    const body =
      '<sheetData><row r="2"><c r="D2"><v>600</v></c><c r="E2"><v>681</v></c><c r="F2"><f t="shared" ref="F2:F3" si="0">E2/$D$2</f><v>1.135</v></c></row>' +
      '<row r="3"><c r="D3"><v>675000</v></c><c r="E3"><v>720493</v></c><c r="F3"><f t="shared" si="0"/><v>1200.8</v></c></row></sheetData>';
    const [sheet] = await readWorkbook(await file({ sheets: [{ name: "A", body }] }));
    expect(sheet!.snapshot!.formulas!.map((line) => line[2])).toEqual(["=E2/$D$2", "=E3/$D$2"]);
  });
});

/** The zip with the worksheet's entry in the central directory changed by `change` (given the entry's offset). */
function withWorksheetEntry(bytes: Uint8Array, change: (view: DataView, at: number) => void): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = new TextEncoder().encode("xl/worksheets/sheet1.xml");
  for (let at = 0; at < bytes.length - 46; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const entry = bytes.subarray(at + 46, at + 46 + view.getUint16(at + 28, true));
    if (entry.length === name.length && entry.every((b, i) => b === name[i])) change(view, at);
  }
  return bytes;
}

/** The zip with the worksheet's uncompressed size in the central directory replaced by `size`. */
const withDeclaredSize = (bytes: Uint8Array, size: number) =>
  withWorksheetEntry(bytes, (view, at) => view.setUint32(at + 24, size, true));

describe("reading within bounds", () => {
  it("sizes the table from the cells that exist: a stray cell at XFD1048576 is left out and named", async () => {
    const path = await file({
      sheets: [
        {
          name: "Bieu 01",
          body: `<dimension ref="A1:XFD1048576"/>${smallTable('<row r="1048576">' + num("XFD1048576", 1) + "</row>")}`,
        },
      ],
    });
    const [sheet] = await readWorkbook(path);
    expect(sheet!.snapshot!.values).toHaveLength(4);
    expect(sheet!.snapshot!.values[0]).toHaveLength(5);
    expect(sheet!.ignored).toEqual({ count: 1, cell: "XFD1048576" });

    const result = await inspectFile(path, { lang: "vi" });
    expect(result.sheets[0]!.analysis!.indicators).toHaveLength(3);
    const warning = result.sheets[0]!.analysis!.issues.find((i) => i.code === "far-cells-ignored")!;
    expect(warning).toMatchObject({ severity: "warning", cell: "XFD1048576" });
  });

  it("keeps a remark a few rows under the table, which is no stray cell", async () => {
    const path = await file({
      sheets: [{ name: "A", body: smallTable(`<row r="30">${text("B30", "Ghi chú: số liệu ước")}</row>`) }],
    });
    const [sheet] = await readWorkbook(path);
    expect(sheet!.snapshot!.values).toHaveLength(30);
    expect(sheet!.ignored).toBeUndefined();
  });

  it("refuses, as too large and naming the limit, a file whose parts inflate past the cap", async () => {
    // 2 MB of XML that deflates to a few kilobytes, read with a 1 MB cap: the same path as 300 MB against 300 MB.
    const padding = `<row r="5">${text("A5", "x".repeat(2_000_000))}</row>`;
    const path = await file({ sheets: [{ name: "A", body: smallTable(padding) }] });
    const error = await readError(path, { maxInflatedBytes: 1024 * 1024 });
    expect(error.messageKey).toBe("reader.tooLarge");
    expect(error.params).toEqual({ limit: "1 MB" });
    expect(t("vi", error.messageKey, error.params)).toBe(
      "tệp quá lớn: nội dung giải nén vượt giới hạn 1 MB; hãy tách bảng thành các tệp nhỏ hơn",
    );
  });

  it("refuses a part that declares 400 MB before inflating anything, with the default 300 MB cap", async () => {
    const bytes = withDeclaredSize(handMadeXlsx({ sheets: [{ name: "A", body: smallTable() }] }), 400 * 1024 * 1024);
    const error = await readError(await saved(bytes));
    expect(error.messageKey).toBe("reader.tooLarge");
    expect(error.params).toEqual({ limit: "300 MB" });
  });

  it("reads parts stored without compression, and calls a part packed with an unknown method damaged", async () => {
    const parts = unzipSync(handMadeXlsx({ sheets: [{ name: "A", body: smallTable() }] }));
    const deflated = await readWorkbook(await saved(zipSync(parts)));
    const stored = await readWorkbook(await saved(zipSync(parts, { level: 0 })));
    expect(stored[0]!.snapshot).toEqual(deflated[0]!.snapshot);
    expect(stored[0]!.snapshot!.values.length).toBeGreaterThan(1);

    // Compression method 12 (bzip2) in the worksheet's central directory entry: no xlsx writer uses it.
    const bytes = withWorksheetEntry(zipSync(parts), (view, at) => view.setUint16(at + 10, 12, true));
    expect((await readError(await saved(bytes))).messageKey).toBe("cli.read.corrupt");
  });

  it("calls damaged, at once, an archive whose names a workbook never has: folders thousands deep, twice the same", async () => {
    const parts = unzipSync(handMadeXlsx({ sheets: [{ name: "A", body: smallTable() }] }));
    const deep = zipSync({ ...parts, [`${"a/".repeat(30_000)}x`]: strToU8("x") });
    const start = performance.now();
    expect((await readError(await saved(deep))).messageKey).toBe("cli.read.corrupt");
    expect(performance.now() - start).toBeLessThan(2_000);

    // A second worksheet renamed, in both its headers, to the first one's name.
    const twice = zipSync({ ...parts, "xl/worksheets/sheet9.xml": parts["xl/worksheets/sheet1.xml"]! });
    const renamed = new TextEncoder().encode("xl/worksheets/sheet1.xml");
    const from = new TextEncoder().encode("xl/worksheets/sheet9.xml");
    for (let at = 0; at <= twice.length - from.length; at++) {
      if (from.every((b, i) => twice[at + i] === b)) twice.set(renamed, at);
    }
    expect((await readError(await saved(twice))).messageKey).toBe("cli.read.corrupt");
  });

  it("calls a part damaged when its bytes do not match its checksum or it is shorter or longer than declared", async () => {
    const parts = unzipSync(handMadeXlsx({ sheets: [{ name: "A", body: smallTable() }] }));
    // Stored, so that a changed byte still inflates: only the checksum can tell.
    const stored = zipSync(parts, { level: 0 });
    const sheetXml = parts["xl/worksheets/sheet1.xml"]!;
    const start = stored.findIndex((_, i) => sheetXml.every((b, k) => stored[i + k] === b));
    expect(start).toBeGreaterThan(0);
    stored[start + 40] = stored[start + 40]! ^ 1;
    expect((await readError(await saved(stored))).messageKey).toBe("cli.read.corrupt");
    const longer = withDeclaredSize(zipSync(parts, { level: 0 }), sheetXml.length - 10);
    expect((await readError(await saved(longer))).messageKey).toBe("cli.read.corrupt");
    const shorter = withDeclaredSize(zipSync(parts), sheetXml.length + 10);
    expect((await readError(await saved(shorter))).messageKey).toBe("cli.read.corrupt");
  });

  it("calls a file that understates a part's size damaged, never inflating past what it declared", async () => {
    const bytes = withDeclaredSize(handMadeXlsx({ sheets: [{ name: "A", body: smallTable() }] }), 200);
    expect((await readError(await saved(bytes))).messageKey).toBe("cli.read.corrupt");
  });
});

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";

/** Programme 08's small table with a bar chart beside it and a chart sheet, laid out as openpyxl writes them. */
function withCharts(): HandWorkbook {
  const chart = `<c:chartSpace xmlns:c="${CHART}"><c:chart><c:plotArea><c:barChart><c:barDir val="col"/><c:ser><c:idx val="0"/><c:val><c:numRef><c:f>'Bieu 01'!$E$2:$E$4</c:f></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>`;
  const anchor = `<xdr:wsDr xmlns:xdr="${DRAWING}" xmlns:c="${CHART}" xmlns:r="${REL}"><xdr:oneCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="5400000" cy="2700000"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="1" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="${CHART}"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`;
  const rels = (target: string, type: string) =>
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/${type}" Target="${target}"/></Relationships>`;
  return {
    sheets: [{ name: "Bieu 01", body: `${smallTable()}<drawing r:id="rId1"/>` }],
    moreSheets: '<sheet name="Bieu do" sheetId="2" r:id="rIdC"/>',
    relationships: `<Relationship Id="rIdC" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/>`,
    parts: {
      "xl/worksheets/_rels/sheet1.xml.rels": rels("../drawings/drawing1.xml", "drawing"),
      "xl/drawings/drawing1.xml": anchor,
      "xl/drawings/_rels/drawing1.xml.rels": rels("../charts/chart1.xml", "chart"),
      "xl/charts/chart1.xml": chart,
      "xl/chartsheets/sheet1.xml": `<chartsheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>`,
      "xl/chartsheets/_rels/sheet1.xml.rels": rels("../drawings/drawing2.xml", "drawing"),
      "xl/drawings/drawing2.xml": anchor.replace("oneCellAnchor", "absoluteAnchor"),
    },
  };
}

describe("optional parts and damage", () => {
  it("reads the cells of a workbook with a chart beside the table and a chart sheet, listing only the worksheet", async () => {
    const sheets = await readWorkbook(await file(withCharts()));
    expect(sheets.map((s) => s.name)).toEqual(["Bieu 01"]);
    expect(sheets[0]!.snapshot!.values[3]).toEqual(["3", "Số người đi làm việc ở nước ngoài", "người", 11000, 11959]);
  });

  it("still reads the cells when an optional part is itself broken", async () => {
    const book = withCharts();
    book.parts!["xl/charts/chart1.xml"] = "<c:chartSpace><unclosed>";
    book.styles = "<cellXfs><xf numFmtId=";
    const [sheet] = await readWorkbook(await file(book));
    expect(sheet!.snapshot!.values[1]![4]).toBe(720493);
    expect(sheet!.snapshot!.formats![1]![4]).toBe("General");
  });

  it("calls a file damaged when a part it needs is: a worksheet cut short, a worksheet missing", async () => {
    const bytes = handMadeXlsx({ sheets: [{ name: "A", body: smallTable() }] });
    const parts = unzipSync(bytes);
    const sheetXml = parts["xl/worksheets/sheet1.xml"]!;
    const cut = zipSync({ ...parts, "xl/worksheets/sheet1.xml": sheetXml.subarray(0, sheetXml.length - 40) });
    expect((await readError(await saved(cut))).messageKey).toBe("cli.read.corrupt");
    const { ["xl/worksheets/sheet1.xml"]: _gone, ...rest } = parts;
    expect((await readError(await saved(zipSync(rest)))).messageKey).toBe("cli.read.corrupt");
  });

  it("names the format of a zip that is no .xlsx workbook: .ods, .xlsb, .docx, .pptx, a plain zip", async () => {
    const cases: [Record<string, Uint8Array>, string][] = [
      [
        { mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"), "content.xml": strToU8("<x/>") },
        "reader.ods",
      ],
      [
        { mimetype: strToU8("application/vnd.oasis.opendocument.text"), "content.xml": strToU8("<x/>") },
        "reader.openDocument",
      ],
      [{ "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.bin": new Uint8Array([1, 2, 3]) }, "reader.xlsb"],
      [{ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<w/>") }, "reader.docx"],
      [{ "[Content_Types].xml": strToU8("<Types/>"), "ppt/presentation.xml": strToU8("<p/>") }, "reader.pptx"],
      [{ "anh.png": new Uint8Array([137, 80, 78, 71]) }, "reader.zipNotWorkbook"],
    ];
    for (const [parts, key] of cases) expect((await readError(await saved(zipSync(parts)))).messageKey).toBe(key);
    const ods = await inspectFile(await saved(zipSync(cases[0]![0]), "bieu.ods"), { lang: "vi" });
    expect(ods.error).toBe(
      "đây là bảng tính OpenDocument (.ods), không phải .xlsx; hãy mở bằng LibreOffice hoặc Excel và lưu lại dạng .xlsx",
    );
  });
});

describe("formulas Excel never calculated", () => {
  it("keeps the formula with no value, and the check reports formula-not-calculated at each cell", async () => {
    const rows =
      `<row r="5">${text("A5", "4")}${text("B5", "Số phiên giao dịch việc làm")}${text("C5", "phiên")}${num("D5", 600)}` +
      '<c r="E5"><f>SUM(F5:H5)</f></c></row>';
    const path = await file({ sheets: [{ name: "Bieu 01", body: smallTable(rows) }] });
    const [sheet] = await readWorkbook(path);
    expect(sheet!.snapshot!.values[4]![4]).toBeNull();
    expect(sheet!.snapshot!.formulas![4]![4]).toBe("=SUM(F5:H5)");
    const result = await inspectFile(path, { lang: "vi" });
    const issues = result.sheets[0]!.analysis!.issues.filter((i) => i.code === "formula-not-calculated");
    expect(issues.map((i) => i.cell)).toEqual(["E5"]);
  });
});

describe("ChiTieu's own summary workbooks", () => {
  it("are written with the summary mark, and skipped with a reason when given back as input", async () => {
    const analysis = analyzeSheet(programme08("Bieu 01"));
    const plan = buildSummaryPlan(analysis, { lang: "vi", file: "programme08.xlsx", generatedAt: "25/11/2025 09:30" });
    const path = await saved(await summaryWorkbook([plan]), "tong-hop.xlsx");
    const [sheet] = await readWorkbook(path);
    expect(sheet).toEqual({ name: plan.sheetName, snapshot: null, skipped: "reader.summarySheet" });
    const result = await inspectFile(path, { lang: "vi" });
    expect(result.error).toBeNull();
    expect(result.sheets).toEqual([
      { name: plan.sheetName, skipped: "trang tổng hợp do ChiTieu lập, không phải bảng chỉ tiêu gốc", analysis: null },
    ]);
  });

  it("recognises the add-in's hidden sheet-level mark on one sheet and reads the others", async () => {
    const path = await file({
      sheets: [
        { name: "Bieu 01", body: smallTable() },
        { name: "Tổng hợp", body: smallTable() },
      ],
      workbookTail:
        '<definedNames><definedName name="ChiTieu_Summary" localSheetId="1" hidden="1">TRUE</definedName></definedNames>',
    });
    const sheets = await readWorkbook(path);
    expect(sheets.map((s) => [s.name, s.skipped ?? null, s.snapshot?.values.length ?? null])).toEqual([
      ["Bieu 01", null, 4],
      ["Tổng hợp", "reader.summarySheet", null],
    ]);
  });
});
