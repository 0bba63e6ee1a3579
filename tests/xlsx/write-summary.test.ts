import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { findingRows } from "../../src/core/findings";
import { findingsPlan } from "../../src/core/findings-plan";
import { buildSummaryPlan } from "../../src/core/summary/build";
import { SUMMARY_COLORS } from "../../src/core/summary/plan";
import { programme08, programme08WithFaults } from "../../src/samples/programme08";
import { summaryWorkbook } from "../../src/xlsx/write-summary";
import { handMadePlan } from "./hand-made-plan";
import { zipEntries } from "./zip";
import { multiYear } from "../helpers/years";

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

function chartXml(bytes: Uint8Array): string[] {
  const entries = zipEntries(Buffer.from(bytes));
  return [...entries.keys()]
    .filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
    .map((name) => entries.get(name)!.toString("utf8"));
}

describe("summaryWorkbook", () => {
  it("writes every plan cell with its value, number format, semantic colours and font", async () => {
    const bytes = await summaryWorkbook([handMadePlan()]);
    const sheet = (await open(bytes)).getWorksheet("Tổng hợp")!;
    expect(sheet.getCell("A1").value).toBe("BÁO CÁO TỔNG HỢP");
    expect(sheet.getCell("A1").font.bold).toBe(true);
    expect(sheet.getCell("A1").font.size).toBe(14);
    expect(sheet.getCell("A1").font.color?.argb).toBe(`FF${SUMMARY_COLORS.title.font}`);
    expect(sheet.getCell("A1").font.name).toBe("Times New Roman");
    expect(sheet.getCell("B4").value).toBe(1.0674);
    expect(sheet.getCell("B4").numFmt).toBe("0.0%");
    expect(sheet.getCell("D4").numFmt).toBe("#,##0");
    const fill = (address: string) => (sheet.getCell(address).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect(fill("A3")).toBe(`FF${SUMMARY_COLORS.header.fill}`);
    expect(fill("A4")).toBe(`FF${SUMMARY_COLORS.achieved.fill}`);
    expect(fill("A5")).toBe(`FF${SUMMARY_COLORS.notAchieved.fill}`);
    expect(sheet.getCell("A5").font.color?.argb).toBe(`FF${SUMMARY_COLORS.notAchieved.font}`);
    expect(sheet.getCell("A6").border.left?.style).toBe("thin");
    expect(sheet.getCell("C3").alignment.wrapText).toBe(true);
  });

  it("merges, sizes columns, grows wrapped rows, freezes the header and sets A4 landscape printing", async () => {
    const bytes = await summaryWorkbook([handMadePlan()]);
    const sheet = (await open(bytes)).getWorksheet("Tổng hợp")!;
    expect(sheet.getCell("D1").isMerged).toBe(true);
    expect(sheet.getCell("D1").master.address).toBe("A1");
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getColumn(3).width).toBe(12);
    // "Mốc kế hoạch (100%)" in bold does not fit 12 characters on one line.
    expect(sheet.getRow(3).height).toBeGreaterThanOrEqual(30);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toBe("3:3");
    expect(sheet.pageSetup.fitToPage).toBe(true);
    // A fixed default row height keeps the charts, sized in rows, the same size in Excel and LibreOffice.
    const xml = zipEntries(Buffer.from(bytes)).get("xl/worksheets/sheet1.xml")!.toString();
    expect(xml).toMatch(/<sheetFormatPr customHeight="1" defaultRowHeight="15"/);
  });

  it("keeps every column width of the plan, 9 characters included (ExcelJS takes 9 for the default)", async () => {
    const plan = { ...handMadePlan(), columnWidths: [9, 9, 14, 9] };
    const sheet = (await open(await summaryWorkbook([plan]))).getWorksheet("Tổng hợp")!;
    expect([1, 2, 3, 4].map((c) => sheet.getColumn(c).width)).toEqual([9, 9, 14, 9]);
  });

  it("adds real charts that point at the summary sheet's own cells", async () => {
    const bytes = await summaryWorkbook([handMadePlan()]);
    const entries = zipEntries(Buffer.from(bytes));
    expect([...entries.keys()].filter((n) => n.startsWith("xl/charts/chart"))).toHaveLength(3);
    expect(entries.has("xl/drawings/drawing1.xml")).toBe(true);
    expect(entries.get("xl/worksheets/_rels/sheet1.xml.rels")!.toString()).toContain("../drawings/drawing1.xml");
    const [bar, column, pie] = chartXml(bytes);

    expect(bar).toContain('<barDir val="bar"/>');
    expect(bar).toContain("Tỷ lệ thực hiện so với kế hoạch");
    expect(bar).toContain("<f>&#39;Tổng hợp&#39;!$A$4:$A$6</f>");
    expect(bar).toContain("<f>&#39;Tổng hợp&#39;!$B$4:$B$6</f>");
    // Series names are cell references (a plain text there makes Excel repair the file).
    expect(bar).toContain("<f>&#39;Tổng hợp&#39;!$B$3</f>");
    // The 100 % reference of a horizontal bar chart is a grey track series behind the bars.
    expect(bar).toContain("<f>&#39;Tổng hợp&#39;!$C$4:$C$6</f>");
    expect(bar).toContain('<a:srgbClr val="D9D9D9"/>');
    expect(bar).toContain('<overlap val="100"/>');
    expect(bar).toContain('formatCode="0%"');
    // 1,667 % would flatten the other bars: the axis stops at 200 %.
    expect(bar).toContain('<max val="2"/>');

    expect(column).toContain('<barDir val="col"/>');
    expect(column).toContain("<lineChart>");
    expect(column).toContain('<a:prstDash val="dash"/>');
    expect(column).toContain(`<a:srgbClr val="${SUMMARY_COLORS.notAchieved.font}"/>`);

    expect(pie).toContain("<pieChart>");
    expect(pie).toContain(`<a:srgbClr val="${SUMMARY_COLORS.achieved.fill}"/>`);
    expect(pie).toContain(`<a:srgbClr val="${SUMMARY_COLORS.notAchieved.fill}"/>`);
    expect(pie).toContain('<showPercent val="1"/>');
  });

  it("stops the value axis where the plan says, and only where it says", async () => {
    const plan = handMadePlan();
    const [attainment, ...others] = plan.charts;
    const atOneAndHalf = { ...plan, charts: [{ ...attainment!, axisMax: 1.5 }, ...others] };
    expect(chartXml(await summaryWorkbook([atOneAndHalf]))[0]).toContain('<max val="1.5"/>');
    const free = { ...plan, charts: [{ ...attainment!, axisMax: undefined }, ...others] };
    expect(chartXml(await summaryWorkbook([free]))[0]).not.toContain("<max ");
  });

  it("sizes each chart to cover exactly its anchor cells", async () => {
    const bytes = await summaryWorkbook([handMadePlan()]);
    const drawing = zipEntries(Buffer.from(bytes)).get("xl/drawings/drawing1.xml")!.toString();
    const anchors = [
      ...drawing.matchAll(
        /<xdr:from><xdr:col>(\d+)<\/xdr:col>.*?<xdr:row>(\d+)<\/xdr:row>.*?<xdr:to><xdr:col>(\d+)<\/xdr:col><xdr:colOff>(\d+)<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row><xdr:rowOff>(\d+)</g,
      ),
    ];
    const cells = anchors.map((m) => m.slice(1).map(Number));
    // from (col, row) to (col, colOff, row, rowOff), zero-based: the bar chart spans A8:D19.
    expect(cells[0]).toEqual([0, 7, 4, 0, 19, 0]);
    expect(cells[2]).toEqual([2, 20, 4, 0, 30, 0]);
  });

  it("writes several plans as sheets in order, quoting names with spaces and apostrophes in chart references", async () => {
    const bytes = await summaryWorkbook([handMadePlan("Tổng hợp"), handMadePlan("Quận Ba Đình's")]);
    const workbook = await open(bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Tổng hợp", "Quận Ba Đình's"]);
    const charts = chartXml(bytes);
    expect(charts).toHaveLength(6);
    expect(charts.some((xml) => xml.includes("<f>&#39;Quận Ba Đình&#39;&#39;s&#39;!$B$4:$B$6</f>"))).toBe(true);
  });

  it("writes the engine's standard summary of Programme 08: 20 of 27 achieved, three charts", async () => {
    const analysis = analyzeSheet(programme08());
    const plan = buildSummaryPlan(analysis, { lang: "vi", file: "programme08.xlsx", generatedAt: "25/11/2025 09:30" });
    const bytes = await summaryWorkbook([plan]);
    const sheet = (await open(bytes)).getWorksheet(plan.sheetName)!;
    expect(plan.sheetName).toBe("Tổng hợp");
    for (const cell of plan.cells.filter((c) => c.value !== null)) {
      expect(sheet.getCell(cell.row, cell.col).value, `${cell.row}:${cell.col}`).toEqual(cell.value);
    }
    expect(plan.cells.some((c) => c.value === "20/27 chỉ tiêu hoàn thành")).toBe(true);
    const charts = chartXml(bytes);
    expect(charts).toHaveLength(3);
    expect(charts.map((xml) => /<(barChart|pieChart)>/.exec(xml)?.[1])).toEqual(["barChart", "pieChart", "barChart"]);
    expect(charts[2]).toContain('<grouping val="stacked"/>');
  });

  it("writes plans typed as text as numbers Excel can sum, formatted as typed, and a pace column", async () => {
    const source = programme08();
    const set = (row: number, col: number, value: string) => (source.values[row - 1]![col - 1] = value);
    set(7, 7, "Lũy kế 2021-2024"); // 80 % of the 2021-2025 plan period: the commune model is behind
    set(9, 4, "675.000");
    set(20, 4, "2.500,00");
    set(20, 7, "2.975,42");
    set(30, 4, "75,5");
    const plan = buildSummaryPlan(analyzeSheet(source), { lang: "vi", file: "bieu-01.xlsx", generatedAt: "x" });
    const sheet = (await open(await summaryWorkbook([plan]))).getWorksheet(plan.sheetName)!;
    const cell = (n: number, col: number) => sheet.getCell(plan.headerRow + n, col);
    const number = (n: number, col: number) => {
      expect(cell(n, col).type, `${n}:${col}`).toBe(ExcelJS.ValueType.Number);
      return { value: cell(n, col).value, numFmt: cell(n, col).numFmt };
    };
    expect(number(1, 4)).toEqual({ value: 675000, numFmt: "#,##0" });
    expect(number(12, 4)).toEqual({ value: 2500, numFmt: "#,##0.00" });
    expect(number(12, 5)).toEqual({ value: 2975.42, numFmt: "#,##0.00" });
    expect(number(20, 4)).toEqual({ value: 0.755, numFmt: "0.0%" });
    expect(number(26, 4)).toEqual({ value: 1, numFmt: "0%" });
    expect(cell(13, 4).type).toBe(ExcelJS.ValueType.String);
    expect(cell(13, 4).value).toBe("≥ 95%");

    expect(cell(0, 9).value).toBe("Tiến độ");
    // Vocational enrolment is over its whole five-year plan after four years; voluntary social insurance is on pace.
    expect(cell(1, 9).value).toBe("Hoàn thành trước thời hạn");
    expect((cell(1, 9).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${SUMMARY_COLORS.ahead.fill}`);
    expect(cell(1, 9).font.color?.argb).toBe(`FF${SUMMARY_COLORS.ahead.font}`);
    expect(cell(16, 9).value).toBe("Đúng tiến độ");
    expect(cell(10, 9).value).toBe("Chậm tiến độ");
    expect((cell(10, 9).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${SUMMARY_COLORS.notAchieved.fill}`);
    expect(cell(3, 9).value).toBeNull();
    expect(cell(3, 9).border.left?.style).toBe("thin");
    expect(sheet.getColumn(9).width).toBe(23);
    expect(sheet.getCell("I1").master.address).toBe("A1");
  });

  it("names sections in sentence case and keeps the status rows one line high beside the pace note", async () => {
    const plan = buildSummaryPlan(analyzeSheet(programme08()), { lang: "vi", generatedAt: "x" });
    const sheet = (await open(await summaryWorkbook([plan]))).getWorksheet(plan.sheetName)!;
    const groups = plan.charts.find((c) => c.id === "groups")!.categories;
    expect(sheet.getCell(groups.firstRow, groups.col).value).toBe(
      "Chỉ tiêu do ngành Lao động - Thương binh và Xã hội chủ trì",
    );
    // The note under the pace counts spans two rows, "Chưa có số liệu" and "Tổng số": its two lines fit there.
    const note = plan.merges.find((m) => m.bottom > m.top)!;
    expect(String(sheet.getCell(note.top, note.left).value)).toMatch(/^Kỳ báo cáo: lũy kế giai đoạn 2021–2023/);
    for (let row = note.top - 2; row <= note.bottom; row++) expect(sheet.getRow(row).height ?? 15, `${row}`).toBe(15);
  });

  it("fits every pace label of the status block and the table on one line, in Vietnamese and in English alike", async () => {
    const analysis = analyzeSheet(programme08());
    for (const [lang, ahead] of [
      ["vi", "Hoàn thành trước thời hạn"],
      ["en", "Achieved ahead of time"],
    ] as const) {
      const plan = buildSummaryPlan(analysis, { lang, generatedAt: "x" });
      const sheet = (await open(await summaryWorkbook([plan]))).getWorksheet(plan.sheetName)!;
      const label = plan.cells.find((c) => c.value === ahead)!;
      // Beside "Hoàn thành" / "Achieved", the block's first row: before, two lines high for the label's two.
      expect(sheet.getCell(label.row, 2).value).toBe(lang === "vi" ? "Hoàn thành" : "Achieved");
      // The column holds the longest label of both languages, "Hoàn thành trước thời hạn" (25 letters), in each.
      expect(sheet.getColumn(label.col).width, lang).toBe(23);
      const note = plan.merges.find((m) => m.bottom > m.top)!;
      for (let row = label.row - 1; row <= note.bottom; row++) {
        expect(sheet.getRow(row).height ?? 15, `${lang} ${row}`).toBe(15);
      }
      // The table's Pace column holds the same labels at the same width: its 12 rows ahead of time, two lines high
      // in its 16 before, are one line as their names are.
      const paces = plan.cells.filter((c) => c.col === 9 && c.row > plan.headerRow && c.value === ahead);
      expect(paces).toHaveLength(12);
      expect(sheet.getColumn(9).width, lang).toBe(23);
      for (const { row } of paces) expect(sheet.getRow(row).height ?? 15, `${lang} ${row}`).toBe(15);
    }
  });

  it("prints the English tables as compactly as the Vietnamese ones, the near label on one line", async () => {
    const analysis = analyzeSheet(programme08());
    const written = async (lang: "vi" | "en") => {
      const plan = buildSummaryPlan(analysis, { lang, generatedAt: "x" });
      const bytes = await summaryWorkbook([plan]);
      const xml = zipEntries(Buffer.from(bytes)).get("xl/worksheets/sheet1.xml")!.toString();
      return { plan, xml, sheet: (await open(bytes)).getWorksheet(plan.sheetName)! };
    };
    const vi = await written("vi");
    const en = await written("en");
    const near = en.plan.cells.filter((c) => c.row > en.plan.headerRow && c.value === "Near target (≥ 90% of plan)");
    expect(near).toHaveLength(6);
    // "Near target (≥ 90% of plan)" wrapped in the 22 wide Status column: its six rows were two lines high (one for a
    // name of two lines), the group header three, and the table's last rows 24–27 went onto a second printed page.
    // The blocks and the table hold the same names and counts in both languages: no row is higher in English.
    const groupHeader = en.plan.charts.find((c) => c.id === "groups")!.categories.firstRow - 1;
    const lastRow = en.plan.headerRow + analysis.indicators.length;
    for (let row = groupHeader; row <= lastRow; row++) {
      expect(en.sheet.getRow(row).height ?? 15, `${row}`).toBeLessThanOrEqual(vi.sheet.getRow(row).height ?? 15);
    }
    // Fitted to one page wide, the table then ends where the Vietnamese one does and the charts start on a new page.
    for (const { sheet, plan, xml } of [vi, en]) {
      expect(sheet.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      // One break, under the row above the attainment chart: Excel's page two has the table's last rows above the
      // chart (a quarter of the page in English, a little more in Vietnamese), and LibreOffice's page one would cut it.
      const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
      expect(breaks, plan.sheetName).toEqual([plan.charts[0]!.anchor.row - 1]);
    }
  });

  it("gives plans typed as numbers the decimals their cells show, else those they need, as typed plans get", async () => {
    const source = programme08();
    const rowOf = (name: string) => source.values.findIndex((r) => r[1] === name);
    const setPlan = (name: string, value: number | string, format: string) => {
      source.values[rowOf(name)]![3] = value;
      source.formats![rowOf(name)]![3] = format;
    };
    const BHYT = "Tỷ lệ dân số tham gia bảo hiểm y tế";
    const BHXH = "Tỷ lệ lực lượng lao động tham gia bảo hiểm xã hội";
    const CERTIFIED = "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ";
    const TRAINED = "Tỷ lệ lao động qua đào tạo";
    const MONEY = "Kinh phí trợ giúp xã hội";
    setPlan(BHYT, 95, "General"); // a whole percent under "%"
    setPlan(BHXH, 0.45, "0.0%"); // shown "45.0%"
    setPlan(CERTIFIED, 52.5, "General");
    setPlan(TRAINED, "75,5", "@"); // typed as text, beside them
    setPlan(MONEY, 2500, "#,##0.00"); // billions of đồng, shown "2,500.00"
    // Child-friendly communes written as fractions, as their results formatted "0.0%" say: the plan 0.9 shown as
    // "0.90" is 90 %, which shows no decimals.
    const CHILD_FRIENDLY = "Tỷ lệ xã, phường đạt tiêu chuẩn phù hợp với trẻ em";
    const communes = rowOf(CHILD_FRIENDLY);
    for (const col of [4, 5, 6]) {
      source.values[communes]![col] = (source.values[communes]![col] as number) / 100;
      source.formats![communes]![col] = "0.0%";
    }
    setPlan(CHILD_FRIENDLY, 0.9, "0.00");

    const plan = buildSummaryPlan(analyzeSheet(source), { lang: "vi", generatedAt: "x" });
    const sheet = (await open(await summaryWorkbook([plan]))).getWorksheet(plan.sheetName)!;
    const planOf = (name: string) => {
      const row = plan.cells.find((c) => c.col === 2 && c.row > plan.headerRow && c.value === name)!.row;
      const written = () => sheet.getCell(row, 4);
      expect(written().type, name).toBe(ExcelJS.ValueType.Number);
      return { value: written().value, numFmt: written().numFmt };
    };
    expect(planOf(BHYT)).toEqual({ value: 0.95, numFmt: "0%" });
    expect(planOf(BHXH)).toEqual({ value: 0.45, numFmt: "0.0%" });
    expect(planOf(CERTIFIED)).toEqual({ value: 0.525, numFmt: "0.0%" });
    expect(planOf(TRAINED)).toEqual({ value: 0.755, numFmt: "0.0%" });
    expect(planOf(CHILD_FRIENDLY)).toEqual({ value: 0.9, numFmt: "0%" });
    expect(planOf(MONEY)).toEqual({ value: 2500, numFmt: "#,##0.00" });
    expect(planOf("Tuyển sinh giáo dục nghề nghiệp")).toEqual({ value: 675000, numFmt: "#,##0" });
  });

  it("writes a count a year's change where the actual figure stands, as text the reader can read whole", async () => {
    // The seed article's 690 poor households at the end of 2023, from 4.750 in 2021.
    const rows = [["1", "Số hộ nghèo", "hộ", "Mỗi năm giảm 2.000 hộ nghèo", 4750, 2600, 690, 690, null]];
    const analysis = analyzeSheet(multiYear(["Năm 2021", "Năm 2022", "Năm 2023"], "Lũy kế 2021-2023", rows));
    const plan = buildSummaryPlan(analysis, { lang: "vi", generatedAt: "x" });
    const sheet = (await open(await summaryWorkbook([plan]))).getWorksheet(plan.sheetName)!;
    const cell = (col: number) => sheet.getCell(plan.headerRow + 1, col);
    expect(cell(5).type).toBe(ExcelJS.ValueType.String);
    expect(cell(5).value).toBe("giảm bình quân 2.030 hộ/năm giai đoạn 2021–2023");
    expect(cell(5).alignment).toMatchObject({ wrapText: true, horizontal: "right" });
    expect(cell(7).value).toBe("vượt 1,5\u00a0%");
    // "giảm bình quân 2.030 hộ/năm" is 24 digits of Times New Roman: the column holds it and the period under it.
    expect(sheet.getColumn(5).width).toBe(26);
    // Two lines, as the plan beside it takes.
    expect(sheet.getRow(plan.headerRow + 1).height).toBe(30);
  });

  it("writes the findings plan filterable from the header, without links to sheets the file does not hold", async () => {
    const rows = findingRows("soc-son.xlsx", analyzeSheet(programme08WithFaults()), "vi");
    const bytes = await summaryWorkbook([findingsPlan(rows, "vi")]);
    const sheet = (await open(bytes)).getWorksheet("Kết quả kiểm tra")!;
    expect(sheet.autoFilter).toBe(`A1:I${rows.length + 1}`);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getCell("C2").value).toBe(rows[0]!.cell);
    expect(zipEntries(Buffer.from(bytes)).get("xl/worksheets/sheet1.xml")!.toString()).not.toContain("<hyperlink");
  });

  it("refuses an empty list of plans", async () => {
    await expect(summaryWorkbook([])).rejects.toThrow();
  });
});
