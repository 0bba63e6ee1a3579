/**
 * Small .xlsx files zipped by hand from SpreadsheetML, for reader cases no workbook library writes on purpose:
 * uncalculated formulas, stray far cells, chart sheets, inflated parts, other zip formats.
 */
import { strToU8, zipSync, type Zippable } from "fflate";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface HandSheet {
  name: string;
  /** The children of <worksheet>: <sheetData>…</sheetData>, <mergeCells>, … */
  body: string;
}

export interface HandWorkbook {
  sheets: HandSheet[];
  /** Children of <workbook> after <sheets>, such as <definedNames>. */
  workbookTail?: string;
  /** <workbookPr> attributes, such as date1904="1". */
  workbookPr?: string;
  sharedStrings?: string[];
  /** The <cellXfs> children and <numFmts>, as styles.xml content. */
  styles?: string;
  /** More parts, by name; a chart sheet or drawing goes here, its relationship in `relationships`. */
  parts?: Record<string, string>;
  /** Extra <Relationship> elements of the workbook. */
  relationships?: string;
  /** Extra <sheet> elements listed after the worksheets (chart sheets). */
  moreSheets?: string;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** An inline-string cell and a number cell, the two kinds most hand-made sheets need. */
export const text = (ref: string, value: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
export const num = (ref: string, value: number) => `<c r="${ref}"><v>${value}</v></c>`;

export function handMadeXlsx(book: HandWorkbook): Uint8Array {
  const files: Zippable = {
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(
      `<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
  };
  const sheets = book.sheets
    .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  files["xl/workbook.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
      (book.workbookPr ? `<workbookPr ${book.workbookPr}/>` : "") +
      `<sheets>${sheets}${book.moreSheets ?? ""}</sheets>${book.workbookTail ?? ""}</workbook>`,
  );
  let rels = book.sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join("");
  if (book.sharedStrings) {
    rels += `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`;
    const items = book.sharedStrings.map((s) =>
      s.startsWith("<") ? `<si>${s}</si>` : `<si><t>${escapeXml(s)}</t></si>`,
    );
    files["xl/sharedStrings.xml"] = strToU8(`<sst xmlns="${MAIN}">${items.join("")}</sst>`);
  }
  if (book.styles) {
    rels += `<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`;
    files["xl/styles.xml"] = strToU8(`<styleSheet xmlns="${MAIN}">${book.styles}</styleSheet>`);
  }
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `<Relationships xmlns="${PACKAGE_REL}">${rels}${book.relationships ?? ""}</Relationships>`,
  );
  book.sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${s.body}</worksheet>`,
    );
  });
  for (const [name, content] of Object.entries(book.parts ?? {})) files[name] = strToU8(content);
  return zipSync(files);
}

/** A small indicator table (header row 1, three indicators) as <sheetData> rows, plus any extra rows. */
export function smallTable(extraRows = ""): string {
  const header = ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện"];
  const rows = [
    ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 675000, 720493],
    ["2", "Số phiên giao dịch việc làm", "phiên", 600, 681],
    ["3", "Số người đi làm việc ở nước ngoài", "người", 11000, 11959],
  ] as const;
  const cols = "ABCDE";
  const line = (r: number, cells: readonly (string | number)[]) =>
    `<row r="${r}">${cells
      .map((v, c) => (typeof v === "number" ? num(`${cols[c]}${r}`, v) : text(`${cols[c]}${r}`, v)))
      .join("")}</row>`;
  return `<sheetData>${line(1, header)}${rows.map((r, i) => line(i + 2, r)).join("")}${extraRows}</sheetData>`;
}
