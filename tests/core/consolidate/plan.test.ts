import { describe, expect, it } from "vitest";
import {
  buildConsolidationPlans as plansWith,
  consolidate,
  consolidationParagraph,
  consolidationReport as reportWith,
  ConsolidationReportSchema,
  type ConsolidationPlanOptions,
  type ConsolidationResult,
  type UnitSource,
} from "../../../src/core/consolidate";
import type { Lang } from "../../../src/core/types";
import type { SummaryPlan } from "../../../src/core/summary/plan";
import { districtRows, HANOI_DISTRICTS } from "../../../src/samples/districts";
import { district } from "./helpers";

const broken: UnitSource = {
  file: "thanh-tri.xlsx",
  sheet: null,
  label: "thanh-tri",
  agency: null,
  indicators: null,
  problem: "Tệp bị hỏng",
  period: null,
};
// The paragraph made as the hosts make it, once for the workbook and the JSON alike.
const buildConsolidationPlans = (r: ConsolidationResult, options: Omit<ConsolidationPlanOptions, "paragraph">) =>
  plansWith(r, { ...options, paragraph: consolidationParagraph(r, options.lang) });
const consolidationReport = (r: ConsolidationResult, lang: Lang) =>
  reportWith(r, lang, consolidationParagraph(r, lang));
const result = consolidate([...HANOI_DISTRICTS.slice(0, 29).map((_, d) => district(d)), broken]);
const [matrix, indicators, units, unmatched] = buildConsolidationPlans(result, {
  lang: "vi",
  generatedAt: "02/12/2026",
});
const at = (plan: SummaryPlan, row: number, col: number) => plan.cells.find((c) => c.row === row && c.col === col);
const rowOf = (plan: SummaryPlan, col: number, value: string) =>
  plan.cells.find((c) => c.col === col && c.value === value)!.row;

describe("the consolidation workbook", () => {
  it("has four sheets in the reader's language", () => {
    expect([matrix, indicators, units, unmatched].map((p) => p!.sheetName)).toEqual([
      "Ma trận đơn vị",
      "Theo chỉ tiêu",
      "Xếp hạng đơn vị",
      "Chưa khớp",
    ]);
    const english = buildConsolidationPlans(result, { lang: "en", generatedAt: "12/2/2026" });
    expect(english.map((p) => p.sheetName)).toEqual(["Unit matrix", "By indicator", "Unit ranking", "Not matched"]);
  });

  it("names in its near columns the threshold the units were judged by", () => {
    const headers = (plans: SummaryPlan[]) =>
      plans.flatMap((p) => p.cells.filter((c) => c.row === p.headerRow && String(c.value).startsWith("Gần đạt")));
    expect(headers([indicators!, units!]).map((c) => c.value)).toEqual([
      "Gần đạt (≥ 90\u00a0% KH)",
      "Gần đạt (≥ 90\u00a0% KH)",
    ]);
    const strict = buildConsolidationPlans(result, { lang: "vi", generatedAt: "02/12/2026", near: 0.8 });
    expect(headers(strict).map((c) => c.value)).toEqual(["Gần đạt (≥ 80\u00a0% KH)", "Gần đạt (≥ 80\u00a0% KH)"]);
  });

  it("words its counts in the singular where there is one, in English", () => {
    const one = buildConsolidationPlans(consolidate([district(0), broken]), { lang: "en", generatedAt: "12/2/2026" });
    const top = one[0]!.cells.filter((c) => c.row <= 3).map((c) => c.value);
    expect(top[1]).toBe("From 1 unit — made 12/2/2026");
    expect(top[2]).toMatch(/^1 unit, \d+ indicators; 1 unit left out \(see sheet Unit ranking\)$/);
    const vi = buildConsolidationPlans(consolidate([district(0), broken]), { lang: "vi", generatedAt: "02/12/2026" });
    expect(vi[0]!.cells.find((c) => c.row === 2)!.value).toBe("Từ 1 đơn vị — lập lúc 02/12/2026");
  });

  it("lays the matrix out indicator by unit, attainment or points coloured by band", () => {
    const m = matrix!;
    expect(at(m, m.headerRow, 5)!.value).toBe("QUẬN BA ĐÌNH");
    expect(at(m, m.headerRow, 33)!.value).toBe("HUYỆN MÊ LINH");
    const poverty = rowOf(m, 2, "Tỷ lệ hộ nghèo");
    expect(at(m, poverty, 4)!.value).toBe("điểm %");
    expect(at(m, poverty, 5)).toMatchObject({ format: "+0.00;-0.00;0.00", style: { fill: "achieved" } });
    expect(at(m, poverty, 5)!.value).toBeCloseTo(0.2);
    expect(at(m, poverty, 5 + 20)).toMatchObject({ style: { fill: "notAchieved" } });
    expect(at(m, poverty, 34)!.value).toBe("18/29");
    const jobs = rowOf(m, 2, "Số lao động được giải quyết việc làm");
    expect(at(m, jobs, 4)!.value).toBe("% KH");
    expect(at(m, jobs, 5)).toMatchObject({ value: 4800 / 5000, format: "0%", style: { fill: "near" } });
    const fairs = rowOf(m, 2, "Số phiên giao dịch việc làm");
    expect(at(m, fairs, 5)).toMatchObject({ value: null, style: { fill: "noData" } });
  });

  it("gives each indicator its counts, sums and achieved share", () => {
    const p = indicators!;
    const jobs = rowOf(p, 2, "Số lao động được giải quyết việc làm");
    const found = result.indicators.find((i) => i.name === "Số lao động được giải quyết việc làm")!;
    expect([4, 5, 10, 11].map((col) => at(p, jobs, col)!.value)).toEqual([29, 29, found.sumActual, found.sumPlan]);
    expect(at(p, rowOf(p, 2, "Tỷ lệ hộ nghèo"), 9)!.value).toBe("18/29");
    expect(at(p, rowOf(p, 2, "Tỷ lệ hộ nghèo"), 10)!.value).toBeNull();
  });

  it("ranks the units with a chart, and lists the unit left out with its reason", () => {
    const p = units!;
    const ranks = result.units.map((u) => u.rank).sort((a, b) => a - b);
    expect(
      p.cells.filter((c) => c.col === 1 && c.row > p.headerRow && c.row <= p.headerRow + 29).map((c) => c.value),
    ).toEqual(ranks);
    const note = p.cells.find((c) => typeof c.value === "string" && c.value.startsWith("Không đọc được bảng"));
    expect(note!.value).toBe("Không đọc được bảng: Tệp bị hỏng");
    expect(at(p, note!.row, 2)!.value).toBe("thanh-tri");
    expect(p.charts).toMatchObject([
      {
        id: "ranking",
        kind: "column",
        categories: { col: 2, firstRow: 6, lastRow: 34 },
        series: [{ values: { col: 10 } }],
      },
    ]);
    expect(p.charts[0]!.anchor.row).toBeGreaterThan(note!.row);
    expect(at(matrix!, 3, 1)!.value).toBe(
      "29 đơn vị, 10 chỉ tiêu; 1 đơn vị không được tổng hợp (xem trang Xếp hạng đơn vị)",
    );
  });

  it("says under the ranking which units were named apart, having the same name but other figures", () => {
    const agency = "PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI";
    const alike = consolidate([district(25, { agency }), district(26, { agency })]);
    const ranking = buildConsolidationPlans(alike, { lang: "en", generatedAt: "02/12/2026" })[2]!;
    const note = ranking.cells.find((c) => typeof c.value === "string" && c.value.startsWith("Tables naming"));
    expect(note!.value).toBe(
      `Tables naming ${agency} with different figures are all counted, each named after its file or sheet as well: ` +
        `${agency} (quan-huyen-26); ${agency} (quan-huyen-27)`,
    );
    expect(note!.row).toBeGreaterThan(ranking.headerRow + 2);
    expect(ranking.charts[0]!.anchor.row).toBeGreaterThan(note!.row);
  });

  it("says there is nothing unmatched rather than leaving the sheet blank", () => {
    expect(unmatched!.cells.filter((c) => c.value === "Không có")).toHaveLength(2);
  });
});

describe("the JSON report", () => {
  it("follows its schema, per indicator and per unit", () => {
    const report = ConsolidationReportSchema.parse(JSON.parse(JSON.stringify(consolidationReport(result, "en"))));
    expect(report.indicators[0]).toMatchObject({ name: "Tỷ lệ hộ nghèo", units: 29, achieved: 18, sumActual: null });
    expect(report.units[25]).toMatchObject({
      unit: "HUYỆN SÓC SƠN",
      file: "quan-huyen-26.xlsx",
      sheet: "Bieu 01",
      indicators: 10,
    });
    expect(report.excluded).toEqual([
      {
        unit: "thanh-tri",
        file: "thanh-tri.xlsx",
        sheet: null,
        reason: "unreadable",
        message: "The table could not be read: Tệp bị hỏng",
      },
    ]);
  });

  it("writes a sum JSON cannot hold as null", () => {
    const rows = [{ name: "Số lượt người được trợ giúp", unit: "lượt", plan: 1e308, actual: 1.5e308 }];
    const report = consolidationReport(consolidate([district(0, { rows }), district(1, { rows })]), "vi");
    expect(report.indicators[0]).toMatchObject({ sumActual: null, sumPlan: null });
    expect(ConsolidationReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
  });
});

describe("units of different periods, in the workbook and the JSON", () => {
  const dongAnh = districtRows(26).map((r, i) =>
    i === 3 ? { ...r, unit: "nghìn người", plan: (r.plan as number) / 1000, actual: r.actual! / 1000 } : r,
  );
  const mixed = consolidate([district(25), district(26, { rows: dongAnh }), district(28, { year: 2024, months: 9 })]);
  const [m, p, u, n] = buildConsolidationPlans(mixed, { lang: "vi", generatedAt: "03/12/2026" });
  const warning =
    "Cảnh báo: các đơn vị báo cáo kỳ khác nhau — năm 2023: HUYỆN SÓC SƠN, HUYỆN ĐÔNG ANH; 9 tháng năm 2024: " +
    "HUYỆN MÊ LINH. Số cộng các đơn vị gộp các kỳ này, không phải tổng của một kỳ; xếp hạng chỉ so các đơn vị cùng kỳ.";

  it("warns on every sheet, naming the units and their periods", () => {
    expect(at(m!, 6, 1)).toMatchObject({ value: warning, style: { bold: true, fontColor: "notAchieved" } });
    for (const plan of [p!, u!, n!]) expect(at(plan, 4, 1)!.value).toBe(warning);
    expect([5, 6, 7].map((col) => at(m!, m!.headerRow, col)!.value)).toEqual([
      "HUYỆN SÓC SƠN (năm 2023)",
      "HUYỆN ĐÔNG ANH (năm 2023)",
      "HUYỆN MÊ LINH (9 tháng năm 2024)",
    ]);
  });

  it("notes beside each sum which periods it adds together", () => {
    const jobs = rowOf(p!, 2, "Số lao động được giải quyết việc làm");
    const note = p!.cells.find((c) => c.row === jobs && c.col === 12)!;
    expect(note.value).toBe(
      "Tổng gộp các kỳ khác nhau — năm 2023: HUYỆN SÓC SƠN, HUYỆN ĐÔNG ANH; 9 tháng năm 2024: HUYỆN MÊ LINH",
    );
    expect(note.style).toMatchObject({ fontColor: "notAchieved" });
    // A rate is not summed: its note has nothing to warn of.
    expect(at(p!, rowOf(p!, 2, "Tỷ lệ hộ nghèo"), 12)!.value).toBe("");
  });

  it("lists each unit's period in the ranking, ranked within its period, without a chart across them", () => {
    const rows = u!.cells.filter((c) => c.row > u!.headerRow && c.row <= u!.headerRow + 3);
    const column = (col: number) => rows.filter((c) => c.col === col).map((c) => c.value);
    expect(at(u!, u!.headerRow, 12)!.value).toBe("Kỳ báo cáo");
    expect(column(12)).toEqual(["năm 2023", "năm 2023", "9 tháng năm 2024"]);
    expect(column(2).at(-1)).toBe("HUYỆN MÊ LINH");
    expect(column(1).at(-1)).toBe(1);
    expect(u!.charts).toEqual([]);
  });

  it("says which unit the matrix and sums are in when a unit's figures were converted", () => {
    const enrolment = rowOf(p!, 2, "Tuyển sinh giáo dục nghề nghiệp");
    expect(at(p!, enrolment, 3)!.value).toBe("người (có đơn vị ghi nghìn người, đã quy đổi)");
    expect(at(m!, rowOf(m!, 2, "Tuyển sinh giáo dục nghề nghiệp"), 3)!.value).toBe(
      "người (có đơn vị ghi nghìn người, đã quy đổi)",
    );
    expect(String(at(p!, enrolment, 12)!.value)).toContain(
      "Quy đổi về người: HUYỆN ĐÔNG ANH ghi nghìn người (× 1.000)",
    );
    const english = buildConsolidationPlans(mixed, { lang: "en", generatedAt: "12/3/2026" })[1]!;
    expect(at(english, enrolment, 3)!.value).toBe("người (some units wrote nghìn người, converted)");
    expect(String(at(english, enrolment, 12)!.value)).toContain(
      "Converted into người: HUYỆN ĐÔNG ANH wrote nghìn người (× 1,000)",
    );
  });

  it("gives the JSON each unit's period and the warning, in English too", () => {
    const report = ConsolidationReportSchema.parse(JSON.parse(JSON.stringify(consolidationReport(mixed, "en"))));
    expect(report.units.map((x) => [x.period?.label, x.rank])).toEqual([
      ["2023", 2],
      ["2023", 1],
      ["the first 9 months of 2024", 1],
    ]);
    expect(report.periods.differ).toBe(true);
    expect(report.periods.message).toBe(
      "Warning: the units report different periods — 2023: HUYỆN SÓC SƠN, HUYỆN ĐÔNG ANH; the first 9 months of 2024: " +
        "HUYỆN MÊ LINH. The units' sums add these periods together and are not the total of one period; units are " +
        "ranked only against units of the same period.",
    );
    const enrolment = report.indicators.find((i) => i.name === "Tuyển sinh giáo dục nghề nghiệp")!;
    expect(enrolment).toMatchObject({ unit: "người", periodsDiffer: true });
    expect(enrolment.scaled).toEqual([{ unit: "HUYỆN ĐÔNG ANH", from: "nghìn người", factor: 1000 }]);
    expect(enrolment.values[1]).toMatchObject({ actual: 32700, plan: 33000 });
  });

  it("has no warning, period column header aside, when the periods agree", () => {
    const plans = buildConsolidationPlans(result, { lang: "vi", generatedAt: "02/12/2026" });
    expect(result.periodsDiffer).toBe(false);
    expect(consolidationReport(result, "vi").periods.message).toBeNull();
    expect(plans[0]!.cells.filter((c) => c.row === 6)).toEqual([]);
    expect(plans[2]!.cells.filter((c) => c.row === 4)).toEqual([]);
  });
});
