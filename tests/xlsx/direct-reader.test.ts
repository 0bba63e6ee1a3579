/** The direct reader on hand-zipped SpreadsheetML: each case a small file made here, as Excel or a script writes it. */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { inspectFile } from "../../src/cli/inspect";
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

/** The zip with the worksheet's uncompressed size in the central directory replaced by `size`. */
function withDeclaredSize(bytes: Uint8Array, size: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = new TextEncoder().encode("xl/worksheets/sheet1.xml");
  for (let at = 0; at < bytes.length - 46; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const entry = bytes.subarray(at + 46, at + 46 + view.getUint16(at + 28, true));
    if (entry.length === name.length && entry.every((b, i) => b === name[i])) view.setUint32(at + 24, size, true);
  }
  return bytes;
}

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

  it("calls a file that understates a part's size damaged, never inflating past what it declared", async () => {
    const bytes = withDeclaredSize(handMadeXlsx({ sheets: [{ name: "A", body: smallTable() }] }), 200);
    expect((await readError(await saved(bytes))).messageKey).toBe("cli.read.corrupt");
  });
});
