import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { runCheck } from "../../src/cli/check";
import { DEMO_INPUT } from "../../src/cli/demo";
import { humanReport } from "../../src/cli/human-report";
import { analyzeSheet } from "../../src/core/analyze";
import { quarterTable } from "../helpers/quarter";
import { ratesTable } from "../helpers/rates";
import { sheet } from "../helpers/table";
import { ReportSchema, type Report } from "../../src/core/report";
import { PROGRAMME08_FAULTS } from "../../src/samples/programme08";
import { addSnapshotSheet } from "../../src/xlsx/write-snapshot";
import { recordingIo, sha256, writeFixtures, type Fixtures } from "./fixtures";

/** An indicator's fields in the JSON report, in order, for any indicator without a target of a change a year. */
const INDICATOR_FIELDS = [
  "row",
  "number",
  "name",
  "unit",
  "group",
  "lead",
  "plan",
  "actual",
  "target",
  "direction",
  "attainment",
  "overPlan",
  "status",
  "measure",
  "band",
  "pace",
  "gapPoints",
  "breakdowns",
];

let fx: Fixtures;
beforeAll(async () => {
  fx = await writeFixtures();
});

async function checkJson(
  files: string[],
  extra: { sheet?: string; map?: Record<string, string>; lang?: "vi" | "en" } = {},
) {
  const io = recordingIo();
  const code = await runCheck(files, { json: true, lang: extra.lang ?? "vi", ...extra }, io);
  const report: Report = ReportSchema.parse(JSON.parse(io.stdout));
  return { code, report, io };
}

describe("check --json", () => {
  it("reports every Programme 08 fault at its cell, the counts, and the notes sheet as skipped", async () => {
    const { code, report, io } = await checkJson([fx.faulty]);
    expect(code).toBe(1);
    expect(io.stderr).toBe("");
    const [file] = report.files;
    expect(file!.file).toBe(fx.faulty);
    expect(file!.error).toBeNull();
    const [table, notes] = file!.sheets;
    expect(table!.name).toBe("Bieu 01");
    expect(table!.skipped).toBeNull();
    expect(table!.table).toEqual({
      headerRows: [6, 7],
      firstRow: 8,
      lastRow: 38,
      columns: {
        number: "A",
        name: "B",
        unit: "C",
        plan: "D",
        actual: "G",
        statedPercent: "H",
        statedStatus: "I",
        lead: "J",
        remarks: "K",
      },
    });
    const found = table!.issues.map((i) => `${i.code}@${i.cell}`);
    for (const fault of PROGRAMME08_FAULTS) expect(found).toContain(`${fault.code}@${fault.cell}`);
    for (const fault of PROGRAMME08_FAULTS) {
      const issue = table!.issues.find((i) => i.code === fault.code && i.cell === fault.cell)!;
      expect(issue.row).toBe(Number(fault.cell.slice(1)));
      expect(issue.message).toContain(fault.cell);
    }
    // The text "720.493" still counts, read the Vietnamese way; the unreadable G15 and empty G36 have no data.
    expect(table!.summary).toMatchObject({ indicators: 27, achieved: 18, near: 6, notAchieved: 1, noData: 2 });
    const vocational = table!.indicators.find((i) => i.row === 9)!;
    expect(vocational).toMatchObject({ number: "1", plan: 675000, actual: 720493, status: "achieved" });
    expect(vocational.attainment).toBeCloseTo(1.0674, 4);
    expect(vocational.overPlan).toBeCloseTo(0.0674, 4);
    const rehabilitation = table!.indicators.find((i) => i.row === 18)!;
    expect(rehabilitation.attainment).toBeCloseTo(0.7841, 4);
    expect(rehabilitation.status).toBe("not_achieved");
    const poorRate = table!.indicators.find((i) => i.row === 11)!;
    expect(poorRate).toMatchObject({ target: "Dưới 0,5%", direction: "lower", status: "achieved" });
    expect(notes!.name).toBe("Huong dan");
    expect(notes!.skipped).toMatch(/tiêu đề/);
    expect(notes!.table).toBeNull();
  });

  it("writes the sample workbook's indicators with exactly the fields they had: no `change` without a yearly target", async () => {
    const io = recordingIo();
    await runCheck([DEMO_INPUT], { json: true, lang: "vi" }, io);
    expect(io.stdout).not.toContain('"change"');
    const raw = JSON.parse(io.stdout) as { files: { sheets: { indicators: object[] }[] }[] };
    const indicators = raw.files[0]!.sheets[0]!.indicators;
    expect(indicators).toHaveLength(27);
    // Key order too: the JSON text is the one written before `change` was added to the schema.
    for (const indicator of indicators) expect(Object.keys(indicator)).toEqual(INDICATOR_FIELDS);
  });

  it("counts the sample's pace in the JSON as the text report words it: 11 ahead of time, 2 on track", async () => {
    const json = recordingIo();
    await runCheck([DEMO_INPUT], { json: true, lang: "vi" }, json);
    const report = ReportSchema.parse(JSON.parse(json.stdout));
    const summary = report.files[0]!.sheets[0]!.summary!;
    expect(summary).toMatchObject({ achieved: 18, ahead: 11, onTrack: 2, behind: 0 });
    expect(summary.byGroup.map((g) => [g.ahead, g.onTrack, g.behind])).toEqual([
      [8, 1, 0],
      [0, 1, 0],
      [3, 0, 0],
    ]);
    const text = recordingIo();
    await runCheck([DEMO_INPUT], { json: false, lang: "vi" }, text);
    expect(text.stdout).toContain("11 hoàn thành trước thời hạn, 2 đúng tiến độ, 0 chậm tiến độ");
  });

  it("counts 20 of 27 achieved on the clean table and exits 0", async () => {
    const { code, report } = await checkJson([fx.clean]);
    expect(code).toBe(0);
    expect(report.files[0]!.sheets[0]!.summary).toMatchObject({
      indicators: 27,
      achieved: 20,
      near: 6,
      notAchieved: 1,
      noData: 0,
    });
    expect(report.files[0]!.sheets[0]!.summary.byGroup.map((g) => [g.achieved, g.near, g.indicators])).toEqual([
      [11, 0, 12],
      [1, 4, 5],
      [8, 2, 10],
    ]);
    const byGroup = report.files[0]!.sheets[0]!.indicators.filter((i) => i.group?.includes("CHỦ TRÌ"));
    expect(byGroup.filter((i) => i.status === "achieved")).toHaveLength(11);
    expect(byGroup).toHaveLength(12);
  });

  it("gives each checked sheet the meeting paragraph in the report's language, and none to a skipped sheet", async () => {
    const vi = (await checkJson([fx.clean])).report.files[0]!.sheets;
    expect(vi[0]!.narrative).toMatch(
      /^Lũy kế giai đoạn 2021–2023, 20\/27 chỉ tiêu hoàn thành \(74,1\u00a0%\), trong đó 12 /,
    );
    expect(vi[0]!.narrative).toContain("(454/579 xã, đạt 78,41\u00a0% kế hoạch)");
    const en = (await checkJson([fx.faulty], { lang: "en" })).report.files[0]!.sheets;
    expect(en[0]!.narrative).toMatch(
      /^In 2021–2023 \(cumulative\), 18 of 27 indicators are achieved \(66\.7%\), 11 of them ahead of time\./,
    );
    expect(en[1]!).toMatchObject({ name: "Huong dan", narrative: null });
  });

  it("reads a table typed without diacritics: the text number, the failing formula and the cached result", async () => {
    const { code, report } = await checkJson([fx.noDiacritics]);
    expect(code).toBe(1);
    const [sheet, notes] = report.files[0]!.sheets;
    expect(sheet!.table!.headerRows).toEqual([3]);
    expect(sheet!.table!.columns).toMatchObject({ number: "A", name: "B", plan: "D", actual: "E", statedPercent: "F" });
    // "…CHI TIEU NAM 2023" over a plan of no year of its own: the whole of 2023, so no pace.
    expect(sheet!.issues.map((i) => [i.code, i.cell, i.severity])).toEqual([
      ["period-found", "A1", "info"],
      ["number-as-text", "E4", "warning"],
      ["formula-error", "F6", "error"],
    ]);
    expect(sheet!.indicators[0]).toMatchObject({ row: 4, actual: 720493, status: "achieved" });
    expect(sheet!.summary).toMatchObject({ indicators: 4, achieved: 3, near: 0, notAchieved: 1, noData: 0 });
    expect(notes!.skipped).not.toBeNull();
  });

  it("reads English headings and writes English messages with --lang en", async () => {
    const { code, report } = await checkJson([fx.english], { lang: "en" });
    expect(code).toBe(0);
    const [sheet] = report.files[0]!.sheets;
    expect(sheet!.table!.columns).toMatchObject({
      number: "A",
      name: "B",
      unit: "C",
      plan: "D",
      actual: "E",
      lead: "H",
    });
    expect(sheet!.summary).toMatchObject({ indicators: 4, achieved: 3, near: 0, notAchieved: 1, noData: 0 });
    expect(sheet!.issues).toEqual([
      expect.objectContaining({ code: "number-as-text", cell: "E5", message: expect.stringMatching(/stored as text/) }),
    ]);
  });

  it("names each unusable file with a one-line reason on stderr and in `error`, and still checks the others", async () => {
    const bad = [fx.missing, fx.corrupt, fx.encrypted, fx.legacyXls, fx.text, fx.emptyFile, fx.emptyWorkbook];
    const { code, report, io } = await checkJson([...bad, fx.english], { lang: "en" });
    expect(code).toBe(1);
    const errors = Object.fromEntries(report.files.map((f) => [f.file, f.error]));
    expect(errors).toEqual({
      [fx.missing]: "file not found",
      [fx.corrupt]: "the .xlsx file is damaged (its zip archive cannot be read)",
      [fx.encrypted]: "the workbook is password-protected; open it in Excel, remove the password and check again",
      [fx.legacyXls]: "an Excel 97-2003 (.xls) file; open it in Excel and save it as .xlsx",
      [fx.text]: "not an .xlsx file",
      [fx.emptyFile]: "the file is empty (0 bytes)",
      [fx.emptyWorkbook]: "the workbook holds no data",
      [fx.english]: null,
    });
    expect(report.files.at(-1)!.sheets[0]!.summary.indicators).toBe(4);
    const lines = io.stderr.trim().split("\n");
    expect(lines).toHaveLength(bad.length);
    for (const [i, file] of bad.entries()) expect(lines[i]).toBe(`${file}: ${errors[file]}`);
  });

  it("exits 2 when nothing could be checked: only broken files, or only sheets without a table", async () => {
    expect((await checkJson([fx.missing, fx.corrupt])).code).toBe(2);
    const notesOnly = await checkJson([fx.notesOnly]);
    expect(notesOnly.code).toBe(2);
    expect(notesOnly.report.files[0]!.sheets[0]!.skipped).not.toBeNull();
  });

  it("checks only the --sheet named, and reports a missing sheet as the file's error", async () => {
    const { report } = await checkJson([fx.faulty], { sheet: "Bieu 01" });
    expect(report.files[0]!.sheets.map((s) => s.name)).toEqual(["Bieu 01"]);
    const missing = await checkJson([fx.faulty], { sheet: "Bieu 05" });
    expect(missing.code).toBe(2);
    expect(missing.report.files[0]!.error).toBe('không có trang "Bieu 05" (các trang: Bieu 01, Huong dan)');
  });

  it("takes the columns --map names over the detected ones", async () => {
    const { report } = await checkJson([fx.clean], { map: { actual: "E" } });
    const sheet = report.files[0]!.sheets[0]!;
    expect(sheet.table!.columns.actual).toBe("E");
    // Column E holds the 2021 results: the vocational figure is 221,560 of 675,000.
    expect(sheet.indicators.find((i) => i.row === 9)).toMatchObject({ actual: 221560, status: "not_achieved" });
  });

  it("leaves every input byte for byte as it was", async () => {
    const files = [fx.faulty, fx.clean, fx.noDiacritics, fx.corrupt, fx.encrypted];
    const before = await Promise.all(files.map(sha256));
    await checkJson(files);
    expect(await Promise.all(files.map(sha256))).toEqual(before);
  });
});

describe("check (text)", () => {
  it("lists per file and sheet the table, the counts and each issue with its cell, in Vietnamese", async () => {
    const io = recordingIo();
    await runCheck([fx.faulty, fx.missing], { json: false, lang: "vi" }, io);
    const out = io.stdout;
    expect(out).toContain(`Tệp ${fx.faulty}`);
    expect(out).toContain("Bảng chỉ tiêu: tiêu đề ở hàng 6–7, số liệu từ hàng 8 đến 38");
    expect(out).toContain("Thực hiện G «Kết quả thực hiện / Lũy kế 2021-2023»");
    expect(out).toContain("27 chỉ tiêu: 18 hoàn thành, 6 gần đạt, 1 chưa hoàn thành, 2 chưa có số liệu");
    expect(out).toContain(
      "\n    Tiến độ (lũy kế giai đoạn 2021–2023, đã qua 60\u00a0% thời gian kế hoạch): 11 hoàn thành trước thời hạn, 2 đúng tiến độ, 0 chậm tiến độ\n",
    );
    // The meeting paragraph under the counts, wrapped and indented like them, never splitting "90 %": every sign is
    // held to its figure by a no-break space, which the wrapping does not break at.
    expect(out).toContain(
      "\n    Lũy kế giai đoạn 2021–2023, 18/27 chỉ tiêu hoàn thành (66,7\u00a0%), trong đó 11 chỉ tiêu hoàn thành",
    );
    const paragraph = out.slice(out.indexOf("    Lũy kế giai đoạn"), out.indexOf("    3 lỗi"));
    for (const line of paragraph.trimEnd().split("\n")) {
      expect(line).toMatch(/^ {4}\S/);
      expect(line.length).toBeLessThanOrEqual(100);
      expect(line).not.toMatch(/^ {4}%/);
    }
    expect(paragraph).not.toMatch(/\d[ \n]+%/);
    expect(paragraph.match(/\d\u00a0%/g)?.length).toBeGreaterThan(10);
    expect(paragraph.replace(/\n {4}/g, " ")).toContain("(454/579 xã, đạt 78,41\u00a0% kế hoạch)");
    for (const fault of PROGRAMME08_FAULTS)
      expect(out).toMatch(new RegExp(`^ {6}${fault.cell} +(Lỗi|Cảnh báo): `, "m"));
    expect(out).toContain('Trang "Huong dan"\n    Bỏ qua: ');
    expect(out).toContain(`Tệp ${fx.missing}\n  Không kiểm tra được: không tìm thấy tệp`);
    expect(out.trim().split("\n").at(-1)).toBe(
      "Tổng cộng: 2 tệp, 1 trang đã kiểm tra, 1 trang bỏ qua, 1 tệp không đọc được; 3 lỗi, 6 cảnh báo.",
    );
  });

  it("counts in English with singular and plural nouns, and calls two header rows rows", async () => {
    const io = recordingIo();
    await runCheck([fx.faulty, fx.missing], { json: false, lang: "en" }, io);
    expect(io.stdout).toContain("\n    Indicator table: header in rows 6–7, figures in rows 8 to 38\n");
    expect(io.stdout).toContain("\n    27 indicators: 18 achieved, 6 near target, 1 not achieved, 2 no data\n");
    expect(io.stdout).toContain("\n    3 errors, 6 warnings, 6 notes:\n");
    expect(io.stdout.trim().split("\n").at(-1)).toBe(
      "Total: 2 files, 1 sheet checked, 1 sheet skipped, 1 file unreadable; 3 errors, 6 warnings.",
    );
    const one = recordingIo();
    await runCheck([fx.english], { json: false, lang: "en" }, one);
    expect(one.stdout).toContain("\n    Indicator table: header in row 1, figures in rows 2 to 5\n");
    expect(one.stdout).toContain("\n    0 errors, 1 warning, 0 notes:\n");
    expect(one.stdout.trim().split("\n").at(-1)).toBe(
      "Total: 1 file, 1 sheet checked, 0 sheets skipped, 0 files unreadable; 0 errors, 1 warning.",
    );
  });

  it("groups the thousands of large counts as each language writes them", () => {
    const rows = Array.from({ length: 1200 }, (_, i) => [
      String(i + 1),
      `Xã số ${i + 1}`,
      "hộ",
      100,
      i % 2 ? 150 : null,
    ]);
    const analysis = analyzeSheet(sheet({ header: [["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"]], rows }));
    const results = [{ file: "lon.xlsx", error: null, sheets: [{ name: "KQ", skipped: null, analysis }] }];
    const vi = humanReport(results, "vi");
    expect(vi).toContain("\n    1.200 chỉ tiêu: 600 hoàn thành, 0 gần đạt, 0 chưa hoàn thành, 600 chưa có số liệu\n");
    expect(vi).toContain("\n    Đến nay, 600/1.200 chỉ tiêu hoàn thành (50\u00a0%).");
    const en = humanReport(results, "en");
    expect(en).toContain("\n    1,200 indicators: 600 achieved, 0 near target, 0 not achieved, 600 no data\n");
    expect(en).toContain("\n    To date, 600 of 1,200 indicators are achieved (50%).");
  });

  it("lists the indicators not achieved, then those near, each with its distance from plan", async () => {
    const io = recordingIo();
    await runCheck([fx.faulty], { json: false, lang: "vi" }, io);
    const lines = io.stdout.split("\n");
    const notAchieved = lines.indexOf("    Chưa hoàn thành:");
    const near = lines.indexOf("    Gần đạt (≥ 90\u00a0% KH):");
    expect(notAchieved).toBeGreaterThan(lines.findIndex((l) => l.includes("27 chỉ tiêu: 18 hoàn thành")));
    expect(near).toBe(notAchieved + 2);
    expect(lines[notAchieved + 1]).toMatch(/^ {6}G18 +Số xã, phường, thị trấn có mô hình .*: còn thiếu 21,6\u00a0%$/);
    const nearLines = lines.slice(near + 1, near + 7);
    expect(nearLines.map((l) => l.slice(6, 11).trim())).toEqual(["G23", "G24", "G25", "G26", "G30", "G34"]);
    expect(nearLines[0]).toMatch(/: \u22123,8 điểm %$/);
    expect(nearLines[2]).toMatch(/^ {6}G25 .*tự nguyện.*: còn thiếu 6,8\u00a0%$/);
    expect(lines[near + 7]).not.toMatch(/^ {6}G\d/);
    expect(io.stdout).not.toMatch(/vượt 0[,.]0/i);
  });

  it("speaks English with --lang en", async () => {
    const io = recordingIo();
    await runCheck([fx.english], { json: false, lang: "en" }, io);
    expect(io.stdout).toContain("4 indicators: 3 achieved, 0 near target, 1 not achieved, 0 no data");
    expect(io.stdout).toMatch(/^ {6}E5 +Warning: Cell E5 is a number stored as text/m);
    expect(io.stdout).toMatch(/^ {4}Not achieved:\n {6}E\d+ +.+: [\d.]+% short of plan$/m);
  });

  it("shows pace counts only for a partial period", async () => {
    const partial = recordingIo();
    // 78,41 % of the rehabilitation model's plan is behind once 80 % of the time is gone.
    const late = { label: "0.8", elapsed: 0.8, cell: null, source: "user" as const };
    await runCheck([fx.clean], { json: false, lang: "en", period: late }, partial);
    expect(partial.stdout).toContain(
      "\n    Pace (the period so far, 80% of the plan period elapsed): 12 achieved ahead of time, 1 on track, 1 behind schedule\n",
    );
    for (const period of [null, { ...late, label: "full year", elapsed: 1 }]) {
      const io = recordingIo();
      await runCheck([fx.clean], { json: false, lang: "en", period }, io);
      expect(io.stdout).not.toContain("Pace (");
    }
  });

  it("says a quarter's own figures are not paced, where the pace line would stand", () => {
    const results = (analysis: ReturnType<typeof analyzeSheet>) => [
      { file: "quy-3.xlsx", error: null, sheets: [{ name: "Quy III", skipped: null, analysis }] },
    ];
    const quarter = analyzeSheet(quarterTable());
    const vi = humanReport(results(quarter), "vi");
    expect(vi).toContain(
      "\n    10 chỉ tiêu: 3 hoàn thành, 0 gần đạt, 7 chưa hoàn thành, 0 chưa có số liệu\n" +
        "    Tiến độ: không xét (số liệu riêng quý III năm 2024, không lũy kế từ đầu năm)\n",
    );
    expect(vi).not.toMatch(/đúng tiến độ|chậm tiến độ|thời hạn/);
    const en = humanReport(results(quarter), "en");
    expect(en).toContain("\n    Pace: not judged (Q3 2024 figures are the quarter's own, not the year to date)\n");
    expect(en).not.toMatch(/on track|behind schedule|ahead of/);
    // The nine months to date keep the pace line.
    expect(humanReport(results(analyzeSheet(quarterTable("Lũy kế 9 tháng năm 2024"))), "vi")).toContain(
      "\n    Tiến độ (9 tháng năm 2024, đã qua 75\u00a0% thời gian kế hoạch): 0 hoàn thành trước thời hạn, 0 đúng tiến độ, 7 chậm tiến độ\n",
    );
  });

  it("says why nine months of rates alone have no pace, where the pace line would stand, and prints no zeros", async () => {
    const workbook = new ExcelJS.Workbook();
    addSnapshotSheet(workbook, ratesTable());
    const file = join(fx.dir, "ty-le-9-thang.xlsx");
    await workbook.xlsx.writeFile(file);
    const vi = recordingIo();
    expect(await runCheck([file], { json: false, lang: "vi" }, vi)).toBe(0);
    expect(vi.stdout).toContain(
      "\n    4 chỉ tiêu: 3 hoàn thành, 0 gần đạt, 1 chưa hoàn thành, 0 chưa có số liệu\n" +
        "    Tiến độ: không xét (tiến độ chỉ tính cho chỉ tiêu cộng dồn như số lượng, kinh phí, đã có số liệu và không phải mức tối đa; tỷ lệ và mức tối đa được đánh giá theo mức hiện đạt)\n" +
        "    Chưa hoàn thành:\n",
    );
    // The period is still read and opens the paragraph; the pace is spoken of once, on that line.
    expect(vi.stdout).toMatch(/^ {4}9 tháng năm 2024, 3\/4 chỉ tiêu hoàn thành \(75\u00a0%\)\./m);
    expect(vi.stdout.match(/Tiến độ/g)).toHaveLength(1);
    expect(vi.stdout).not.toMatch(/đúng tiến độ|chậm tiến độ|trước thời hạn/);
    const en = recordingIo();
    await runCheck([file], { json: false, lang: "en" }, en);
    expect(en.stdout).toContain(
      "\n    Pace: not judged (pace is counted for cumulative quantities such as counts and money, with figures and no ceiling; rates and ceilings are judged by the level reached)\n",
    );
    expect(en.stdout).not.toMatch(/on track|behind schedule|ahead of time/);
    // The JSON report keeps its three counts, 0 where no indicator has a pace, as its readers expect a figure.
    const { report } = await checkJson([file]);
    expect(report.files[0]!.sheets[0]!.summary).toMatchObject({ ahead: 0, onTrack: 0, behind: 0 });
  });
});
