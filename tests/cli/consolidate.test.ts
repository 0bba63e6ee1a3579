/** `consolidate`: district workbooks in, one consolidation workbook (and JSON) out. */
import { copyFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program";
import { ConsolidationReportSchema } from "../../src/core/consolidate";
import { districtRows, districtSheet } from "../../src/samples/districts";
import { addSnapshotSheet } from "../../src/xlsx/write-snapshot";
import { recordingIo, sha256, tempDir } from "./fixtures";

let dir: string;
let districts: string[];

async function districtFile(
  d: number,
  name: string,
  options: Parameters<typeof districtSheet>[1] = {},
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  addSnapshotSheet(workbook, districtSheet(d, options));
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

beforeAll(async () => {
  dir = await tempDir("chitieu-consolidate-");
  districts = [];
  for (const d of [0, 13, 25]) districts.push(await districtFile(d, `bao-cao-${d + 1}.xlsx`));
});

/**
 * Ba Đình, Ba Vì and Sóc Sơn (districts 0, 13, 25): Sóc Sơn's poor-household rate 0,62 % is over the 0,5 % ceiling;
 * jobs 4.800 + 6.360 + 7.800 = 18.960 against 5.000 + 6.300 + 7.500 = 18.800, Ba Đình short of its 5.000.
 */
const PARAGRAPH =
  "Năm 2023, tổng hợp số liệu của 3 quận, huyện. 2/3 quận, huyện đạt tỷ lệ hộ nghèo (dưới 0,5\u00a0%); chưa đạt: Sóc " +
  "Sơn. 3/3 quận, huyện đạt tỷ lệ hộ cận nghèo (dưới 1\u00a0%). 2/3 quận, huyện đạt số lao động được giải quyết việc " +
  "làm (kế hoạch giao); chưa đạt: Ba Đình; tổng cộng 18.960/18.800 người, đạt 100,85\u00a0% kế hoạch. 2/3 quận, huyện " +
  "đạt tuyển sinh giáo dục nghề nghiệp (kế hoạch giao); chưa đạt: Sóc Sơn; tổng cộng 80.100/79.000 người, đạt " +
  "101,39\u00a0% kế hoạch. 2/3 quận, huyện đạt tỷ lệ người dân tham gia BHYT (từ 95\u00a0% trở lên); chưa đạt: Ba Đình.";

describe("chitieu consolidate", () => {
  it("writes the matrix, by-indicator, ranking and not-matched sheets", async () => {
    const out = join(dir, "tong-hop.xlsx");
    const io = recordingIo();
    expect(await runCli(["consolidate", ...districts, "-o", out], io)).toBe(0);
    const [wrote, blank, ...paragraph] = io.stdout.trimEnd().split("\n");
    expect(wrote).toBe(`Đã ghi ${out}: 3 đơn vị, 10 chỉ tiêu; 0 đơn vị không được tổng hợp.`);
    expect(blank).toBe("");
    // The paragraph wrapped for a terminal, each line within 100 characters, "%" never alone on a line.
    expect(paragraph.every((line) => line.length <= 100 && !line.startsWith("%"))).toBe(true);
    expect(paragraph.join(" ")).toBe(PARAGRAPH);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Ma trận đơn vị",
      "Theo chỉ tiêu",
      "Xếp hạng đơn vị",
      "Chưa khớp",
    ]);
    const matrix = workbook.getWorksheet("Ma trận đơn vị")!;
    expect(matrix.getCell(4, 1).value).toBe(PARAGRAPH);
    expect(matrix.getCell(4, 1).alignment).toMatchObject({ wrapText: true });
    expect(matrix.getCell(4, 1).isMerged).toBe(true);
    expect([5, 6, 7].map((c) => matrix.getCell(7, c).value)).toEqual(["QUẬN BA ĐÌNH", "HUYỆN BA VÌ", "HUYỆN SÓC SƠN"]);
    expect(matrix.getCell(8, 2).value).toBe("Tỷ lệ hộ nghèo");
    expect(matrix.getCell(8, 8).value).toBe("2/3");
    const byIndicator = workbook.getWorksheet("Theo chỉ tiêu")!;
    const jobs = [0, 13, 25].map((d) => districtRows(d)[2]!);
    expect(byIndicator.getCell(8, 2).value).toBe("Số lao động được giải quyết việc làm");
    expect(byIndicator.getCell(8, 10).value).toBe(jobs.reduce((s, r) => s + r.actual!, 0));
  });

  it("leaves out an unreadable file and a second file of the same unit, saying so, and exits 1", async () => {
    const broken = join(dir, "thanh-tri.xlsx");
    await writeFile(broken, "not a workbook");
    const again = join(dir, "soc-son-gui-lai.xlsx");
    await copyFile(districts[2]!, again);
    const io = recordingIo();
    expect(await runCli(["consolidate", ...districts, broken, again, "--json"], io)).toBe(1);
    const report = ConsolidationReportSchema.parse(JSON.parse(io.stdout));
    expect(report.units.map((u) => u.unit)).toEqual(["QUẬN BA ĐÌNH", "HUYỆN BA VÌ", "HUYỆN SÓC SƠN"]);
    expect(report.indicators[0]).toMatchObject({ name: "Tỷ lệ hộ nghèo", units: 3, achieved: 2 });
    // The units left out are not in the paragraph's count: the same three districts as without them. The file
    // that could not be read is named after it, so "3 quận, huyện" is not taken for all the files sent; the second
    // copy of Sóc Sơn is Sóc Sơn, counted once.
    const opening = "Năm 2023, tổng hợp số liệu của 3 quận, huyện. ";
    expect(report.paragraph).toBe(
      opening + "Chưa tổng hợp được số liệu của thanh-tri (không đọc được bảng). " + PARAGRAPH.slice(opening.length),
    );
    expect(report.excluded.map((u) => [u.file, u.reason])).toEqual([
      [broken, "unreadable"],
      [again, "duplicate"],
    ]);
    const lines = io.stderr.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(`${broken}: không tổng hợp thanh-tri vì không đọc được bảng: không phải tệp .xlsx`);
    expect(lines[1]).toBe(
      `${again} [Bieu 01]: không tổng hợp HUYỆN SÓC SƠN vì trùng đơn vị với tệp ${districts[2]}, trang "Bieu 01"; chỉ tính một lần`,
    );
    const english = recordingIo();
    expect(await runCli(["consolidate", ...districts, broken, again, "--json", "--lang", "en"], english)).toBe(1);
    expect(english.stderr.trim().split("\n")).toEqual([
      `${broken}: thanh-tri left out, its table could not be read: not an .xlsx file`,
      `${again} [Bieu 01]: HUYỆN SÓC SƠN left out as the same unit as file ${districts[2]}, sheet "Bieu 01" (counted once)`,
    ]);
  });

  it("names a file whose sheet holds no table yet by the district its title rows name", async () => {
    // Thanh Trì sent its form before filling in the table: its file is "bao-cao-31", its title rows say who it is.
    const workbook = new ExcelJS.Workbook();
    addSnapshotSheet(workbook, {
      name: "Bieu 01",
      origin: { row: 1, col: 1 },
      values: [
        ["UBND HUYỆN THANH TRÌ"],
        ["BIỂU KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU AN SINH XÃ HỘI NĂM 2023"],
        [],
        ["Đang tổng hợp, sẽ gửi sau"],
      ],
    });
    const pending = join(dir, "bao-cao-31.xlsx");
    await workbook.xlsx.writeFile(pending);
    const io = recordingIo();
    expect(await runCli(["consolidate", ...districts, pending, "--json"], io)).toBe(1);
    const report = ConsolidationReportSchema.parse(JSON.parse(io.stdout));
    expect(report.excluded.map((u) => [u.unit, u.file, u.reason])).toEqual([
      ["HUYỆN THANH TRÌ", pending, "unreadable"],
    ]);
    const opening = "Năm 2023, tổng hợp số liệu của 3 quận, huyện. ";
    expect(report.paragraph).toBe(
      opening + "Chưa tổng hợp được số liệu của Thanh Trì (không đọc được bảng). " + PARAGRAPH.slice(opening.length),
    );
    expect(io.stderr).toMatch(new RegExp(`^${pending}: không tổng hợp HUYỆN THANH TRÌ vì không đọc được bảng: `));
  });

  it("names each district by the territory over its department, and checks a sheet called Tổng hợp as the whole", async () => {
    const department = "PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI";
    const files = [];
    for (const d of [25, 26, 13]) files.push(await districtFile(d, `phong-ld-${d + 1}.xlsx`, { department }));
    files.push(await districtFile(0, "bao-cao-thanh-pho.xlsx", { agency: "UBND THÀNH PHỐ HÀ NỘI", name: "Tổng hợp" }));
    const io = recordingIo();
    expect(await runCli(["consolidate", ...files, "--json"], io)).toBe(0);
    const report = ConsolidationReportSchema.parse(JSON.parse(io.stdout));
    expect(report.units.map((u) => u.unit)).toEqual(["HUYỆN SÓC SƠN", "HUYỆN ĐÔNG ANH", "HUYỆN BA VÌ"]);
    expect(report.whole).toEqual({ unit: "THÀNH PHỐ HÀ NỘI", file: files[3], sheet: "Tổng hợp" });
    expect(report.excluded).toEqual([]);
    expect(io.stderr).toBe("");
  });

  it("counts two files naming one unit with other figures, each named after its file, and says so", async () => {
    const agency = "PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI";
    const files = [
      await districtFile(25, "soc-son.xlsx", { agency }),
      await districtFile(26, "dong-anh.xlsx", { agency }),
    ];
    const io = recordingIo();
    expect(await runCli(["consolidate", ...files, "--json"], io)).toBe(0);
    const report = ConsolidationReportSchema.parse(JSON.parse(io.stdout));
    expect(report.units.map((u) => u.unit)).toEqual([`${agency} (soc-son)`, `${agency} (dong-anh)`]);
    expect(io.stderr).toBe(
      `Các bảng cùng ghi đơn vị ${agency} nhưng số liệu khác nhau đều được tổng hợp, mỗi bảng thêm tên tệp hoặc trang để phân biệt: ${agency} (soc-son); ${agency} (dong-anh)\n`,
    );
  });

  it("counts units and indicators in English with singular and plural nouns", async () => {
    const out = join(dir, "one-unit.xlsx");
    const io = recordingIo();
    expect(await runCli(["consolidate", districts[0]!, "-o", out, "--lang", "en"], io)).toBe(0);
    expect(io.stdout.split("\n")[0]).toBe(`Wrote ${out}: 1 unit, 10 indicators; 0 units left out.`);
    expect(io.stdout).toContain("In 2023, the figures of 1 district are consolidated. 1 of 1 district achieved");
  });

  it("refuses to write over an input, before reading anything", async () => {
    const before = await sha256(districts[0]!);
    const io = recordingIo();
    expect(await runCli(["consolidate", ...districts, "-o", districts[0]!], io)).toBe(2);
    expect(io.stderr).toContain("trùng với một tệp đầu vào");
    expect(await sha256(districts[0]!)).toBe(before);
  });

  it("needs somewhere to put the result", async () => {
    const io = recordingIo();
    expect(await runCli(["consolidate", ...districts, "--lang", "en"], io)).toBe(2);
    expect(io.stderr).toMatch(/^give -o FILE\.xlsx or --json\n/);
  });

  it("exits 2 when no unit could be read", async () => {
    const broken = join(dir, "hong.xlsx");
    await writeFile(broken, "");
    const io = recordingIo();
    expect(await runCli(["consolidate", broken, "-o", join(dir, "khong.xlsx")], io)).toBe(2);
    expect(io.stderr).toContain("Không có đơn vị nào đọc được để tổng hợp.");
  });
});

describe("chitieu consolidate --near", () => {
  it("names the threshold it judged by in the near columns of the workbook", async () => {
    const out = join(dir, "tong-hop-80.xlsx");
    expect(await runCli(["consolidate", ...districts, "--near", "80%", "-o", out], recordingIo())).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const nearHeaders: unknown[] = [];
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (String(cell.value).startsWith("Gần đạt")) nearHeaders.push(cell.value);
        }),
      );
    }
    expect(nearHeaders).toEqual(["Gần đạt (≥ 80\u00a0% KH)", "Gần đạt (≥ 80\u00a0% KH)"]);
  });
});

describe("chitieu consolidate, units of different periods and magnitudes", () => {
  let files: string[];
  beforeAll(async () => {
    // Đông Anh writes enrolment in thousands; Mê Linh sends its 9 months of 2024 with the others' year 2023.
    const dongAnh = districtRows(26).map((r, i) =>
      i === 3 ? { ...r, unit: "nghìn người", plan: (r.plan as number) / 1000, actual: r.actual! / 1000 } : r,
    );
    files = [
      districts[2]!,
      await districtFile(26, "dong-anh.xlsx", { rows: dongAnh }),
      await districtFile(28, "me-linh-9-thang.xlsx", { year: 2024, months: 9 }),
    ];
  });

  it("warns that the periods differ, names each unit's period and converts thousands before summing", async () => {
    const out = join(dir, "tong-hop-ky.xlsx");
    const io = recordingIo();
    expect(await runCli(["consolidate", ...files, "-o", out, "--json"], io)).toBe(0);
    expect(io.stderr.split("\n")[0]).toBe(
      "Cảnh báo: các đơn vị báo cáo kỳ khác nhau — năm 2023: HUYỆN SÓC SƠN, HUYỆN ĐÔNG ANH; 9 tháng năm 2024: " +
        "HUYỆN MÊ LINH. Số cộng các đơn vị gộp các kỳ này, không phải tổng của một kỳ; xếp hạng chỉ so các đơn vị cùng kỳ.",
    );
    const report = ConsolidationReportSchema.parse(JSON.parse(io.stdout));
    expect(report.units.map((u) => u.period?.label)).toEqual(["năm 2023", "năm 2023", "9 tháng năm 2024"]);
    const enrolment = report.indicators.find((i) => i.name === "Tuyển sinh giáo dục nghề nghiệp")!;
    const rows = [25, 26, 28].map((d) => districtRows(d)[3]!);
    expect(enrolment).toMatchObject({ unit: "người", periodsDiffer: true });
    expect(enrolment.sumActual).toBe(rows.reduce((s, r) => s + r.actual!, 0));
    // The paragraph counts the year 2023's two districts, as its total adds them, and names Mê Linh apart.
    expect(report.paragraph).toContain(
      "0/2 quận, huyện báo cáo năm 2023 đạt tuyển sinh giáo dục nghề nghiệp (kế hoạch giao); chưa đạt: Sóc Sơn và " +
        "Đông Anh; báo cáo kỳ khác: Mê Linh (9 tháng năm 2024, chưa đạt); tổng cộng của 2 quận, huyện có số liệu " +
        "năm 2023: 64.950/65.500 người",
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const ranking = workbook.getWorksheet("Xếp hạng đơn vị")!;
    expect(ranking.getCell(4, 1).value).toBe(report.periods.message);
    expect([6, 7, 8].map((r) => [ranking.getCell(r, 2).value, ranking.getCell(r, 12).value])).toEqual([
      ["HUYỆN ĐÔNG ANH", "năm 2023"],
      ["HUYỆN SÓC SƠN", "năm 2023"],
      ["HUYỆN MÊ LINH", "9 tháng năm 2024"],
    ]);
  });

  it("warns in English", async () => {
    const io = recordingIo();
    expect(await runCli(["consolidate", ...files, "--json", "--lang", "en"], io)).toBe(0);
    expect(io.stderr).toMatch(
      /^Warning: the units report different periods — 2023: HUYỆN SÓC SƠN, HUYỆN ĐÔNG ANH; the first 9 months of 2024: HUYỆN MÊ LINH\. /,
    );
  });

  it("exits 0 on the periods' warning, as check exits 0 on a warning, and reports the warning in the JSON", async () => {
    const checked = recordingIo();
    expect(await runCli(["check", ...files, "--json"], checked)).toBe(0);
    expect(checked.stdout).toContain('"severity":"warning"');
    const io = recordingIo();
    expect(await runCli(["consolidate", ...files, "--json"], io)).toBe(0);
    expect(ConsolidationReportSchema.parse(JSON.parse(io.stdout)).periods.message).toMatch(/^Cảnh báo: /);
  });

  it("says nothing of periods when the units report the same one", async () => {
    const io = recordingIo();
    expect(await runCli(["consolidate", ...districts, "--json"], io)).toBe(0);
    expect(io.stderr).toBe("");
  });
});
