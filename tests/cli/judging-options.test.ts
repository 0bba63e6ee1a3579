/**
 * `--period`, `--near` and `--outliers` on the command line reach the engine, and a mistake in them exits 2 saying
 * why.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program";
import { ReportSchema } from "../../src/core/report";
import { PROGRAMME08_ROWS } from "../../src/samples/programme08";
import { addSnapshotSheet } from "../../src/xlsx/write-snapshot";
import { multiYear } from "../helpers/years";
import { recordingIo, tempDir, writeFixtures, type Fixtures } from "./fixtures";

let fx: Fixtures;
beforeAll(async () => {
  fx = await writeFixtures();
});

async function run(...argv: string[]) {
  const io = recordingIo();
  const code = await runCli(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

async function sheetOf(...options: string[]) {
  const { code, stdout } = await run("check", fx.clean, "--json", ...options);
  expect(code).toBe(0);
  return ReportSchema.parse(JSON.parse(stdout)).files[0]!.sheets[0]!;
}

describe("--period and --near", () => {
  it("uses the table's own 'Lũy kế 2021-2023' of 2021-2025 when --period is left out", async () => {
    const sheet = await sheetOf();
    // Named in the report's language from what the header means; the period-found note quotes the header itself.
    expect(sheet.period).toEqual({
      label: "lũy kế giai đoạn 2021–2023",
      elapsed: 0.6,
      cell: "G7",
      source: "detected",
      quarterOnly: false,
    });
    expect(sheet.issues.map((i) => i.code)).toContain("period-found");
  });

  it("judges pace against the user's period instead, and gives none for --period none", async () => {
    const late = await sheetOf("--period", "0.8");
    expect(late.period).toEqual({ label: "đến nay", elapsed: 0.8, cell: null, source: "user", quarterOnly: false });
    const rehab = late.indicators.find((i) => i.row === PROGRAMME08_ROWS.rehabilitation)!;
    expect(rehab.pace).toBe("behind"); // 78,41 % of the plan with 80 % of the time gone
    expect(late.issues.map((i) => i.code)).not.toContain("period-found");
    const none = await sheetOf("--period", "none");
    expect(none.period).toBeNull();
    expect(none.summary).toMatchObject({ onTrack: 0, behind: 0 });
  });

  it("names the user's period in the report's language, not in the words typed", async () => {
    const opening = async (period: string, lang: string) => {
      const { stdout } = await run("check", fx.clean, "--period", period, "--lang", lang);
      return stdout
        .split("\n")
        .find((line) => / (\d+\/\d+ chỉ tiêu|\d+ of \d+ indicators)/.test(line))
        ?.trim()
        .split(", ")[0];
    };
    expect(await opening("9m", "vi")).toBe("9 tháng");
    expect(await opening("q3", "vi")).toBe("Quý III");
    expect(await opening("0.75", "vi")).toBe("Đến nay");
    expect(await opening("3/5", "vi")).toBe("Đến nay");
    // Programme 08 runs 2021-2025: its full period is five years, not "cả năm".
    expect(await opening("full", "vi")).toBe("Cả giai đoạn 2021–2025");
    expect(await opening("full", "en")).toBe("Over the full period 2021–2025");
    expect(await opening("Quý III", "en")).toBe("In Q3");
    expect(await opening("9 tháng", "en")).toBe("In the first 9 months");
    expect(await opening("75%", "en")).toBe("To date");
    expect((await sheetOf("--period", "q3", "--lang", "en")).period?.label).toBe("Q3");

    const notes = async (lang: string) => {
      const output = join(await tempDir(), "tong-hop.xlsx");
      expect((await run("summarize", fx.clean, "--period", "9m", "--lang", lang, "-o", output)).code).toBe(0);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(output);
      const texts: string[] = [];
      workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value)))));
      // A merged note repeats in each cell it covers.
      return [...new Set(texts.filter((text) => /^(Kỳ báo cáo|Reporting period):/.test(text)))];
    };
    expect(await notes("vi")).toEqual([
      expect.stringMatching(/^Kỳ báo cáo: 9 tháng, đã qua 75\u00a0% thời gian kế hoạch;/),
    ]);
    expect(await notes("en")).toEqual([
      expect.stringMatching(/^Reporting period: the first 9 months, 75% of the plan period elapsed;/),
    ]);
  });

  it("moves the near band with --near", async () => {
    const sheet = await sheetOf("--near", "95%");
    expect(sheet.near).toBe(0.95);
    expect(sheet.summary).toMatchObject({ achieved: 20, near: 2 });
  });

  it("exits 2 on a period or threshold it cannot read, naming the value", async () => {
    const bad = await run("check", fx.clean, "--period", "sắp xong");
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/^--period: không đọc được kỳ báo cáo "sắp xong"; ví dụ: 9m/);
    const near = await run("summarize", fx.clean, "-o", `${fx.dir}/x.xlsx`, "--near", "0", "--lang", "en");
    expect(near.code).toBe(2);
    expect(near.stderr).toMatch(/^--near: "0" is not a near threshold/);
  });
});

describe("--outliers", () => {
  let years: string;
  beforeAll(async () => {
    // 2021 typed with an extra zero (2.215.600 for 221.560), a rate that drops 12,5 points in 2022 and recovers.
    const table = multiYear(["Năm 2019", "Năm 2020", "Năm 2021", "Năm 2022", "Năm 2023"], "Lũy kế 2019-2023", [
      ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 11000000, 190420, 208113, 2215600, 242108, 256825, 3113066],
      ["2", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "≥ 95%", 89.2, 90.9, 92.1, 79.6, 94.5, 94.5],
    ]);
    const workbook = new ExcelJS.Workbook();
    addSnapshotSheet(workbook, { ...table, name: "Bieu 03" });
    years = join(await tempDir(), "nam.xlsx");
    await workbook.xlsx.writeFile(years);
  });

  const outliers = async (...options: string[]) => {
    const { code, stdout } = await run("check", years, "--json", ...options);
    expect(code).toBe(0);
    const sheet = ReportSchema.parse(JSON.parse(stdout)).files[0]!.sheets[0]!;
    return sheet.issues.filter((i) => i.code === "series-outlier").map((i) => `${i.cell} ${i.message}`);
  };
  const cells = async (...options: string[]) => (await outliers(...options)).map((o) => o.split(" ")[0]);

  it("flags the typed extra zero and the rate's jump at the defaults", async () => {
    const found = await outliers();
    expect(found.map((o) => o.split(" ")[0])).toEqual(["G3", "H4"]);
    expect(found[0]).toContain("gõ thừa một chữ số 0");
  });

  it("lets the thresholds be raised, one at a time, with a decimal comma or point", async () => {
    // Ten times its neighbours is still 90 deviations from the trend: no longer a typed zero, still extreme.
    const [zero] = await outliers("--outliers", "magnitude=15");
    expect(zero).toMatch(/^G3 .*bất thường nghiêm trọng/);
    expect(await cells("--outliers", "magnitude=15,extreme=100,moderate=95,jump=15")).toEqual([]);
    expect(await cells("--outliers", "jump=15,5")).toEqual(["G3"]);
    expect(await cells("--outliers", "magnitude=9.5;jump=10")).toEqual(["G3", "H4"]);
  });

  it("exits 2 on a threshold it cannot read, naming it, in either language", async () => {
    const unknown = await run("check", years, "--outliers", "sd=3");
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe("");
    expect(unknown.stderr).toMatch(/^--outliers: không có ngưỡng "sd"; các ngưỡng: extreme, moderate/);
    const order = await run("check", years, "--outliers", "moderate=3", "--lang", "en");
    expect(order.stderr).toMatch(/^--outliers: moderate \(3\) must be below extreme \(3\)/);
    const years4 = await run("check", years, "--outliers", "years=4", "--lang", "en");
    expect(years4.stderr).toMatch(/^--outliers: years=4 is not valid; years is a whole number of years, 5 or more/);
  });
});
