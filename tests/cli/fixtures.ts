/** .xlsx fixtures the command-line and reader tests write into a temporary folder, as district offices send them. */
import { createHash } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { programme08 } from "../../src/samples/programme08";
import { addSnapshotSheet } from "../../src/xlsx/write-snapshot";
import { programme08Workbook } from "../../scripts/sample-workbook";
import type { CliIo } from "../../src/cli/io";

export async function tempDir(prefix = "chitieu-"): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function sha256(path: string): Promise<string> {
  return createHash("sha256")
    .update(await readFile(path))
    .digest("hex");
}

type Row = ExcelJS.CellValue[];

function addRows(sheet: ExcelJS.Worksheet, rows: Row[], first = 1): void {
  rows.forEach((row, r) =>
    row.forEach((value, c) => value !== null && (sheet.getCell(first + r, c + 1).value = value)),
  );
}

/** A district's table typed without diacritics, with a number typed as text and a % formula that fails. */
function noDiacritics(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Bieu 02");
  addRows(sheet, [
    ["BIEU TONG HOP KET QUA THUC HIEN CHI TIEU NAM 2023"],
    [null],
    ["TT", "Chi tieu", "Don vi tinh", "Ke hoach", "Thuc hien", "Ty le % so voi KH", "Danh gia", "Co quan chu tri"],
    ["1", "Tuyen sinh giao duc nghe nghiep", "nguoi", 675000, "720.493", 1.067, "Hoan thanh", "Phong LDTBXH"],
    [
      "2",
      "So phien giao dich viec lam",
      "phien",
      600,
      681,
      { formula: "E5/D5", result: 1.135 },
      "Hoan thanh",
      "Phong LDTBXH",
    ],
    [
      "3",
      "So xa co mo hinh ho tro nguoi sau cai nghien",
      "xa",
      579,
      454,
      { formula: "E6/D99", result: { error: "#DIV/0!" } },
      "Chua hoan thanh",
      "Phong LDTBXH",
    ],
    ["4", "So nha dai doan ket duoc xay moi", "can", 2000, 2134, 1.067, "Hoan thanh", "UB MTTQ"],
  ]);
  for (const row of [4, 5, 6, 7]) sheet.getCell(row, 6).numFmt = "0.0%";
}

/** The same kind of table with English headings and English number text. */
function english(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Report");
  addRows(sheet, [
    ["No.", "Indicator", "Unit", "Target", "Actual", "%", "Status", "Lead agency"],
    ["1", "Vocational training enrolment", "persons", 675000, 720493, 1.067, "Achieved", "DOLISA"],
    ["2", "Workers sent abroad on contract", "persons", 10000, 11959, 1.196, "Achieved", "DOLISA"],
    ["3", "Communes with a community rehabilitation model", "communes", 579, 454, 0.784, "Not achieved", "DOLISA"],
    ["4", "Job fair sessions", "sessions", 600, "681", 1.135, "Achieved", "DOLISA"],
  ]);
  for (const row of [2, 3, 4, 5]) sheet.getCell(row, 6).numFmt = "0.0%";
}

function notes(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Ghi chu");
  addRows(sheet, [["Số liệu lũy kế đến hết tháng 10/2023."], ["Người lập biểu: Nguyễn Văn A"]]);
}

export interface Fixtures {
  dir: string;
  /** Programme 08 with its faults and a notes sheet: the bundled sample. */
  faulty: string;
  /** Programme 08 without faults. */
  clean: string;
  noDiacritics: string;
  english: string;
  /** A workbook with only a notes sheet. */
  notesOnly: string;
  /** A workbook whose only sheet is empty. */
  emptyWorkbook: string;
  corrupt: string;
  encrypted: string;
  legacyXls: string;
  text: string;
  emptyFile: string;
  missing: string;
}

async function save(path: string, build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** An OLE compound file header, with the stream name Excel's encryption writes when `encrypted`. */
function oleFile(encrypted: boolean): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const body = Buffer.alloc(1024);
  if (encrypted) Buffer.from("EncryptionInfo", "utf16le").copy(body, 512);
  else Buffer.from("Workbook", "utf16le").copy(body, 512);
  return Buffer.concat([header, body]);
}

export async function writeFixtures(): Promise<Fixtures> {
  const dir = await tempDir();
  const path = (name: string) => join(dir, name);
  const faulty = path("quan-ba-dinh.xlsx");
  await programme08Workbook().xlsx.writeFile(faulty);
  const clean = await save(path("huyen-ba-vi.xlsx"), (wb) => addSnapshotSheet(wb, programme08("Bieu 01")));
  const noDiac = await save(path("huyen-soc-son.xlsx"), (wb) => {
    noDiacritics(wb);
    notes(wb);
  });
  const eng = await save(path("english.xlsx"), english);
  const notesOnly = await save(path("ghi-chu.xlsx"), notes);
  const emptyWorkbook = await save(path("trong.xlsx"), (wb) => void wb.addWorksheet("Sheet1"));
  const corrupt = path("hong.xlsx");
  const whole = await readFile(clean);
  await writeFile(corrupt, whole.subarray(0, Math.floor(whole.length / 2)));
  const encrypted = path("mat-khau.xlsx");
  await writeFile(encrypted, oleFile(true));
  const legacyXls = path("cu.xls");
  await writeFile(legacyXls, oleFile(false));
  const text = path("bao-cao.xlsx");
  await writeFile(text, "TT;Chỉ tiêu;Kế hoạch\n1;Tuyển sinh;675000\n");
  const emptyFile = path("rong.xlsx");
  await writeFile(emptyFile, "");
  return {
    dir,
    faulty,
    clean,
    noDiacritics: noDiac,
    english: eng,
    notesOnly,
    emptyWorkbook,
    corrupt,
    encrypted,
    legacyXls,
    text,
    emptyFile,
    missing: path("khong-co.xlsx"),
  };
}

/** A CliIo that records what the command wrote. */
export function recordingIo(now = new Date(2025, 10, 25, 9, 30)): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    errIsTerminal: false,
    out: (text: string) => void (io.stdout += text),
    err: (text: string) => void (io.stderr += text),
    now: () => now,
  };
  return io;
}
