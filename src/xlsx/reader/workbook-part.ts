import { SUMMARY_MARK } from "../../excel/summary-sheet";
import { WorkbookReadError } from "../read-error";
import type { XmlHandlers } from "./xml";
import type { ZipParts } from "./zip";

export interface SheetEntry {
  name: string;
  /** The worksheet part in the zip ("xl/worksheets/sheet1.xml"). */
  part: string;
  /** True for a sheet carrying ChiTieu's summary mark. */
  summary: boolean;
}

export interface WorkbookPart {
  date1904: boolean;
  /** Worksheets in tab order; chart sheets and dialog sheets are left out, as they hold no cells. */
  sheets: SheetEntry[];
  sharedStrings: string | null;
  styles: string | null;
}

const WORKBOOK = "xl/workbook.xml";
const RELS = "xl/_rels/workbook.xml.rels";
const OPEN_DOCUMENT_SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";

/** Why a zip archive that is not an .xlsx workbook cannot be read, naming its format when it is a known one. */
function notWorkbook(zip: ZipParts): WorkbookReadError {
  if (zip.names.has("mimetype")) {
    const type = new TextDecoder().decode(zip.readOne("mimetype") ?? new Uint8Array()).trim();
    return new WorkbookReadError(type === OPEN_DOCUMENT_SPREADSHEET ? "reader.ods" : "reader.openDocument");
  }
  if (zip.names.has("xl/workbook.bin")) return new WorkbookReadError("reader.xlsb");
  if (zip.names.has("word/document.xml")) return new WorkbookReadError("reader.docx");
  if (zip.names.has("ppt/presentation.xml")) return new WorkbookReadError("reader.pptx");
  return new WorkbookReadError("reader.zipNotWorkbook");
}

/** A relationship target, relative to xl/ unless absolute, as a zip entry name. */
function partName(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ["xl"];
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/** The sheet's `r:id`, whatever prefix the writer bound the relationships namespace to. */
function relationshipId(attributes: Record<string, string>): string {
  for (const [key, value] of Object.entries(attributes)) if (key.endsWith(":id")) return value;
  return "";
}

function truthy(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/** Reads workbook.xml and its relationships: sheet names and parts, the date system, summary marks. */
export function readWorkbookPart(
  zip: ZipParts,
  parse: (part: Uint8Array, handlers: XmlHandlers) => void,
): WorkbookPart {
  if (!zip.names.has(WORKBOOK)) throw notWorkbook(zip);
  const parts = zip.read([WORKBOOK, RELS]);
  const targets = new Map<string, { type: string; part: string }>();
  const rels = parts.get(RELS);
  if (rels) {
    parse(rels, {
      open(name, a) {
        if (name === "Relationship" && a.Id && a.Target)
          targets.set(a.Id, { type: a.Type ?? "", part: partName(a.Target) });
      },
    });
  }
  let date1904 = false;
  const listed: { name: string; rel: string }[] = [];
  const marked = new Set<number>();
  let definedName: string | null = null;
  parse(parts.get(WORKBOOK)!, {
    open(name, a) {
      if (name === "workbookPr") date1904 = truthy(a.date1904);
      else if (name === "sheet") listed.push({ name: a.name ?? "", rel: relationshipId(a) });
      else if (name === "definedName") definedName = a.name === SUMMARY_MARK ? (a.localSheetId ?? "") : null;
    },
    close(name) {
      if (name !== "definedName") return;
      if (definedName !== null && definedName !== "") marked.add(Number(definedName));
      definedName = null;
    },
  });
  const sheets: SheetEntry[] = [];
  listed.forEach((entry, index) => {
    const target = targets.get(entry.rel);
    if (!target || !target.type.endsWith("/worksheet")) return;
    sheets.push({ name: entry.name, part: target.part, summary: marked.has(index) });
  });
  const ofType = (suffix: string) => [...targets.values()].find((t) => t.type.endsWith(suffix))?.part ?? null;
  return { date1904, sheets, sharedStrings: ofType("/sharedStrings"), styles: ofType("/styles") };
}
