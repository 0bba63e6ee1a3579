/** The consolidation's meeting paragraph, over the districts' tables of src/samples/districts.ts. */
import { describe, expect, it } from "vitest";
import { consolidate, consolidationParagraph, INDICATORS_SAID, type UnitSource } from "../../../src/core/consolidate";
import { analyzeSheet } from "../../../src/core/analyze";
import { meetingParagraph } from "../../../src/core/narrative/write";
import type { CellValue, SheetSnapshot } from "../../../src/core/snapshot";
import { districtRows, districtSheet, HANOI_DISTRICTS } from "../../../src/samples/districts";
import { sheet } from "../../helpers/table";
import { district, source } from "./helpers";

const NBSP = "\u00a0";
const sentences = (text: string) => text.split(/(?<=\.) (?=\p{Lu}|\d)/u);

/** A district's poverty table by year, as its office keeps one for a target of a change a year. */
function yearlySheet(d: number, rows: CellValue[][]): SheetSnapshot {
  const header = ["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu giai đoạn 2021-2025", "Năm 2021", "Năm 2022", "Năm 2023"];
  const above = [[`UBND ${HANOI_DISTRICTS[d]}`], ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU GIẢM NGHÈO GIAI ĐOẠN 2021-2023"], []];
  return sheet({ name: "Bieu 02", above, header: [header], rows });
}

/** A district's table of src/samples/districts.ts whose title and header name no period: "Kế hoạch", "Thực hiện". */
function undated(d: number): UnitSource {
  const table = districtSheet(d);
  const values = table.values.map((row) => row.map((v) => (typeof v === "string" ? v.replace(/ năm 2023$/i, "") : v)));
  return source({ ...table, values }, `quan-huyen-${d + 1}.xlsx`);
}

describe("the consolidation paragraph", () => {
  const city = consolidate(HANOI_DISTRICTS.map((_, d) => district(d)));

  it("says the meeting's sentence: 18 of Hanoi's 30 districts keep the poor-household rate under 0,5 %", () => {
    const said = sentences(consolidationParagraph(city, "vi"));
    expect(said[0]).toBe("Năm 2023, tổng hợp số liệu của 30 quận, huyện, thị xã.");
    // Twelve districts fall short, too many to name in a sentence: the count says it.
    expect(said[1]).toBe(`18/30 quận, huyện, thị xã đạt tỷ lệ hộ nghèo (dưới 0,5${NBSP}%).`);
    expect(said[5]).toBe(`12/30 quận, huyện, thị xã đạt tỷ lệ người dân tham gia BHYT (từ 95${NBSP}% trở lên).`);
  });

  it("speaks of the first indicators of the consolidated table only, one sentence each", () => {
    const said = sentences(consolidationParagraph(city, "vi"));
    expect(said).toHaveLength(1 + INDICATORS_SAID);
    const names = districtRows(0)
      .slice(0, INDICATORS_SAID)
      .map((r) => r.name.toLocaleLowerCase("vi"));
    said.slice(1).forEach((sentence, i) => expect(sentence.toLocaleLowerCase("vi")).toContain(names[i]));
  });

  it("sums the units' counts against their summed plans", () => {
    const jobs = HANOI_DISTRICTS.map((_, d) => districtRows(d)[2]!);
    const actual = jobs.reduce((s, r) => s + r.actual!, 0);
    const plan = jobs.reduce((s, r) => s + (r.plan as number), 0);
    expect([actual, plan]).toEqual([196200, 193500]);
    expect(sentences(consolidationParagraph(city, "vi"))[3]).toBe(
      "20/30 quận, huyện, thị xã đạt số lao động được giải quyết việc làm (kế hoạch giao); " +
        `tổng cộng 196.200/193.500 người, đạt 101,4${NBSP}% kế hoạch.`,
    );
  });

  it("is the README's '17/29 quận, huyện' without the town of Sơn Tây", () => {
    const districts = HANOI_DISTRICTS.map((_, d) => d).filter((d) => HANOI_DISTRICTS[d] !== "THỊ XÃ SƠN TÂY");
    const said = sentences(consolidationParagraph(consolidate(districts.map((d) => district(d))), "vi"));
    expect(said[0]).toBe("Năm 2023, tổng hợp số liệu của 29 quận, huyện.");
    expect(said[1]).toBe(`17/29 quận, huyện đạt tỷ lệ hộ nghèo (dưới 0,5${NBSP}%).`);
  });

  it("names the few units not achieving, as a sentence names a district", () => {
    // Ba Vì to Chương Mỹ: Thạch Thất and Chương Mỹ are the two over the 0,5 % ceiling.
    const seven = consolidate([13, 14, 15, 16, 17, 18, 19].map((d) => district(d)));
    expect(sentences(consolidationParagraph(seven, "vi"))[1]).toBe(
      `5/7 quận, huyện đạt tỷ lệ hộ nghèo (dưới 0,5${NBSP}%); chưa đạt: Thạch Thất và Chương Mỹ.`,
    );
    expect(sentences(consolidationParagraph(seven, "en"))[1]).toBe(
      "5 of 7 districts achieved tỷ lệ hộ nghèo (below 0.5%); not achieved: Thạch Thất and Chương Mỹ.",
    );
  });

  it("in English", () => {
    const said = sentences(consolidationParagraph(city, "en"));
    // Sơn Tây is a town, as the Vietnamese "quận, huyện, thị xã" says.
    expect(said[0]).toBe("In 2023, the figures of 30 districts and towns are consolidated.");
    expect(said[1]).toBe("18 of 30 districts and towns achieved tỷ lệ hộ nghèo (below 0.5%).");
    expect(said[3]).toBe(
      "20 of 30 districts and towns achieved số lao động được giải quyết việc làm (each its own plan); " +
        "in all 196,200 of 193,500 người, 101.4% of plan.",
    );
    const one = consolidationParagraph(consolidate([district(0)]), "en");
    expect(sentences(one)[0]).toBe("In 2023, the figures of 1 district are consolidated.");
    expect(sentences(one)[1]).toBe("1 of 1 district achieved tỷ lệ hộ nghèo (below 0.5%).");
  });

  it("says one town as the Vietnamese says it, a district or town, not a district", () => {
    const sonTay = consolidate([district(HANOI_DISTRICTS.indexOf("THỊ XÃ SƠN TÂY"))]);
    expect(sentences(consolidationParagraph(sonTay, "vi"))[0]).toBe(
      "Năm 2023, tổng hợp số liệu của 1 quận, huyện, thị xã.",
    );
    const said = sentences(consolidationParagraph(sonTay, "en"));
    expect(said[0]).toBe("In 2023, the figures of 1 district or town are consolidated.");
    expect(said[1]).toBe("1 of 1 district or town achieved tỷ lệ hộ nghèo (below 0.5%).");
  });

  it("says communes with a township as the Vietnamese says them, wards and townships too", () => {
    const rows = (d: number) => districtRows(d, 1);
    const wards = consolidate([
      district(0, { agency: "UBND PHƯỜNG PHÚC XÁ", rows: rows(0) }),
      district(1, { agency: "UBND XÃ MINH PHÚ", rows: rows(1) }),
      district(27, { agency: "UBND THỊ TRẤN SÓC SƠN", rows: rows(27) }),
    ]);
    expect(consolidationParagraph(wards, "vi")).toBe(
      "Năm 2023, tổng hợp số liệu của 3 xã, phường, thị trấn. " +
        `2/3 xã, phường, thị trấn đạt tỷ lệ hộ nghèo (dưới 0,5${NBSP}%); chưa đạt: Sóc Sơn.`,
    );
    expect(consolidationParagraph(wards, "en")).toBe(
      "In 2023, the figures of 3 communes, wards and townships are consolidated. " +
        "2 of 3 communes, wards and townships achieved tỷ lệ hộ nghèo (below 0.5%); not achieved: Sóc Sơn.",
    );
    const township = consolidate([district(27, { agency: "UBND THỊ TRẤN SÓC SƠN", rows: rows(27) })]);
    expect(sentences(consolidationParagraph(township, "en"))).toEqual([
      "In 2023, the figures of 1 commune, ward or township are consolidated.",
      "0 of 1 commune, ward or township achieved tỷ lệ hộ nghèo (below 0.5%); not achieved: Sóc Sơn.",
    ]);
  });

  it("says communes as communes, and other units as units", () => {
    const rows = districtRows(0, 1);
    const communes = consolidate([
      district(0, { agency: "UBND XÃ MINH PHÚ", rows }),
      district(1, { agency: "UBND PHƯỜNG PHÚC XÁ", rows }),
    ]);
    expect(consolidationParagraph(communes, "vi")).toBe(
      "Năm 2023, tổng hợp số liệu của 2 xã, phường. " + `2/2 xã, phường đạt tỷ lệ hộ nghèo (dưới 0,5${NBSP}%).`,
    );
    // "xã, phường" are wards too, in English as in Vietnamese.
    expect(sentences(consolidationParagraph(communes, "en"))[1]).toMatch(/^2 of 2 communes and wards achieved /);
    const mixed = consolidate([
      district(0, { agency: "UBND XÃ MINH PHÚ", rows }),
      district(25, { agency: "SỞ Y TẾ", rows: districtRows(25, 1) }),
    ]);
    expect(consolidationParagraph(mixed, "vi")).toBe(
      "Năm 2023, tổng hợp số liệu của 2 đơn vị. " +
        `1/2 đơn vị đạt tỷ lệ hộ nghèo (dưới 0,5${NBSP}%); chưa đạt: SỞ Y TẾ.`,
    );
  });

  it("names the units without data apart from those short of the target", () => {
    const rows = (d: number) => districtRows(d).slice(9);
    const fairs = consolidate([0, 1, 2].map((d) => district(d, { rows: rows(d) })));
    // Ba Đình (district 0) has no figure for its job fairs; Hoàn Kiếm holds 23 and Tây Hồ 24 of their 20 each.
    // Ba Đình's plan of 20 is left out of the total too, or 47/60 would read as a shortfall no one reported.
    expect(consolidationParagraph(fairs, "vi")).toBe(
      "Năm 2023, tổng hợp số liệu của 3 quận, huyện. 2/3 quận, huyện đạt số phiên giao dịch việc làm (từ 20 phiên " +
        `trở lên); chưa có số liệu: Ba Đình; tổng cộng của 2 quận, huyện có số liệu: 47/40 phiên, đạt 117,5${NBSP}% kế hoạch.`,
    );
    expect(consolidationParagraph(fairs, "en")).toContain(
      "2 of 3 districts achieved số phiên giao dịch việc làm (at least 20 phiên); no data yet: Ba Đình; " +
        "in all, the 2 districts with figures: 47 of 40 phiên, 117.5% of plan.",
    );
  });

  it("says the periods differ, naming them, when the units report different ones", () => {
    const mixed = consolidate([district(25), district(26), district(28, { year: 2024, months: 9 })]);
    expect(sentences(consolidationParagraph(mixed, "vi"))[0]).toBe(
      "Tổng hợp số liệu của 3 quận, huyện, kỳ báo cáo không giống nhau: năm 2023 (2 đơn vị) và 9 tháng năm 2024 (1 đơn vị).",
    );
    expect(sentences(consolidationParagraph(mixed, "en"))[0]).toBe(
      "The figures of 3 districts are consolidated, over different reporting periods: 2023 (2 units) and " +
        "the first 9 months of 2024 (1 unit).",
    );
  });

  it("counts and adds the main period's units only, and names a unit of another period with its own", () => {
    // Mê Linh sends its first 9 months of 2024 beside Sóc Sơn's and Đông Anh's whole 2023: its 33.600 enrolled of a
    // year's 34.000 are not a total with theirs, and its shortfall may be the quarter still to come, so it is
    // neither in "x/2" nor in the total, but named with its period and how it fared.
    const mixed = consolidate([district(25), district(26), district(28, { year: 2024, months: 9 })]);
    const said = sentences(consolidationParagraph(mixed, "vi"));
    expect(said[3]).toBe(
      "2/2 quận, huyện báo cáo năm 2023 đạt số lao động được giải quyết việc làm (kế hoạch giao); " +
        "báo cáo kỳ khác: Mê Linh (9 tháng năm 2024, đạt); " +
        `tổng cộng của 2 quận, huyện có số liệu năm 2023: 15.720/15.100 người, đạt 104,11${NBSP}% kế hoạch.`,
    );
    expect(said[4]).toBe(
      "0/2 quận, huyện báo cáo năm 2023 đạt tuyển sinh giáo dục nghề nghiệp (kế hoạch giao); " +
        "chưa đạt: Sóc Sơn và Đông Anh; báo cáo kỳ khác: Mê Linh (9 tháng năm 2024, chưa đạt); " +
        `tổng cộng của 2 quận, huyện có số liệu năm 2023: 64.950/65.500 người, đạt 99,16${NBSP}% kế hoạch.`,
    );
    expect(sentences(consolidationParagraph(mixed, "en"))[4]).toBe(
      "0 of 2 districts reporting for 2023 achieved tuyển sinh giáo dục nghề nghiệp (each its own plan); " +
        "not achieved: Sóc Sơn and Đông Anh; reporting another period: Mê Linh (the first 9 months of 2024, not achieved); " +
        "in all, the 2 districts with figures for 2023: 64,950 of 65,500 người, 99.16% of plan.",
    );
    // Each unit keeps its own band in the tables: the count of the by-indicator sheet is every unit's.
    expect(mixed.indicators[2]).toMatchObject({ units: 3, achieved: 3 });
  });

  it("counts the period most units report, however many report another", () => {
    // Four districts report 2023; Sơn Tây and Ba Vì only their first 9 months of 2024. Sóc Sơn's and Đông Anh's
    // 0,62 % are over the poverty ceiling; Sơn Tây's and Ba Vì's 0,3 % are not counted with theirs.
    const units = [0, 1, 25, 26].map((d) => district(d));
    const nineMonths = [12, 13].map((d) => district(d, { year: 2024, months: 9 }));
    const result = consolidate([...units.slice(0, 2), ...nineMonths, ...units.slice(2)]);
    expect(sentences(consolidationParagraph(result, "vi"))[1]).toBe(
      `2/4 quận, huyện, thị xã báo cáo năm 2023 đạt tỷ lệ hộ nghèo (dưới 0,5${NBSP}%); chưa đạt: Sóc Sơn và Đông Anh; ` +
        "báo cáo kỳ khác: Sơn Tây (9 tháng năm 2024, đạt) và Ba Vì (9 tháng năm 2024, đạt).",
    );
    expect(sentences(consolidationParagraph(result, "en"))[1]).toBe(
      "2 of 4 districts and towns reporting for 2023 achieved tỷ lệ hộ nghèo (below 0.5%); not achieved: Sóc Sơn and Đông Anh; " +
        "reporting another period: Sơn Tây (the first 9 months of 2024, achieved) and " +
        "Ba Vì (the first 9 months of 2024, achieved).",
    );
  });

  it("writes a total and its plan at the same decimals", () => {
    // Ba Đình and Ba Vì count their jobs in thousands, Sóc Sơn in people: the total is in thousands, 4,8 + 6,36 +
    // 7,8 = 18,96 against 5 + 6,3 + 7,5 = 18,8, which reads "18,80" beside "18,96".
    const jobs = (d: number) => districtRows(d)[2]!;
    const inThousands = (d: number) => {
      const row = jobs(d);
      return { ...row, unit: "nghìn người", plan: (row.plan as number) / 1000, actual: row.actual! / 1000 };
    };
    const result = consolidate([
      district(0, { rows: [inThousands(0)] }),
      district(13, { rows: [inThousands(13)] }),
      district(25, { rows: [jobs(25)] }),
    ]);
    expect(sentences(consolidationParagraph(result, "vi"))[1]).toBe(
      "2/3 quận, huyện đạt số lao động được giải quyết việc làm (kế hoạch giao); chưa đạt: Ba Đình; " +
        `tổng cộng 18,96/18,80 nghìn người, đạt 100,85${NBSP}% kế hoạch.`,
    );
    expect(sentences(consolidationParagraph(result, "en"))[1]).toContain("in all 18.96 of 18.80 nghìn người");
  });

  it("counts neither the city's own table nor a unit left out", () => {
    const city = source(districtSheet(0, { agency: null }), "tong-hop.xlsx");
    const again = district(25);
    const result = consolidate([district(0), district(13), district(25), city, again]);
    expect(result.whole).not.toBeNull();
    expect(result.excluded).toHaveLength(1);
    expect(sentences(consolidationParagraph(result, "vi")).slice(0, 2)).toEqual([
      "Năm 2023, tổng hợp số liệu của 3 quận, huyện.",
      `2/3 quận, huyện đạt tỷ lệ hộ nghèo (dưới 0,5${NBSP}%); chưa đạt: Sóc Sơn.`,
    ]);
  });

  it("says which units' tables could not be read, so the count is not taken for every unit sent", () => {
    // Mê Linh's sheet holds no table yet, and Sóc Sơn sent a file that is no workbook at all: the command line
    // knows them by their files' names only.
    const unread = (label: string, problem: string): UnitSource => ({
      file: `${label}.xlsx`,
      sheet: null,
      label,
      agency: null,
      indicators: null,
      problem,
      period: null,
    });
    const pending = unread("me-linh", "no indicator table");
    const broken = unread("soc-son", "not an .xlsx file");
    const result = consolidate([district(13), district(26), pending, broken]);
    expect(result.excluded.map((u) => u.reason)).toEqual(["unreadable", "unreadable"]);
    const said = sentences(consolidationParagraph(result, "vi"));
    expect(said.slice(0, 2)).toEqual([
      "Năm 2023, tổng hợp số liệu của 2 quận, huyện.",
      "Chưa tổng hợp được số liệu của me-linh và soc-son (không đọc được bảng).",
    ]);
    expect(said[2]).toMatch(/^\d\/2 quận, huyện đạt tỷ lệ hộ nghèo/);
    expect(sentences(consolidationParagraph(result, "en"))[1]).toBe(
      "The figures of me-linh and soc-son are left out: their tables could not be read.",
    );
  });

  it("names a unit left out by its title rows when they name it, as the counted units are named", () => {
    const pending: UnitSource = {
      file: "me-linh-2.xlsx",
      sheet: null,
      label: "me-linh-2",
      agency: "UBND HUYỆN MÊ LINH",
      indicators: null,
      problem: "no indicator table",
      period: null,
    };
    const office: UnitSource = { ...pending, file: "so-y-te.xlsx", label: "so-y-te", agency: "SỞ Y TẾ" };
    const result = consolidate([district(13), district(26), pending, office]);
    expect(result.excluded.map((u) => u.unit)).toEqual(["HUYỆN MÊ LINH", "SỞ Y TẾ"]);
    expect(sentences(consolidationParagraph(result, "vi"))[1]).toBe(
      "Chưa tổng hợp được số liệu của Mê Linh và SỞ Y TẾ (không đọc được bảng).",
    );
    expect(sentences(consolidationParagraph(result, "en"))[1]).toBe(
      "The figures of Mê Linh and SỞ Y TẾ are left out: their tables could not be read.",
    );
    // The department's name holds "và": a bare "và" before the last would make three names of two.
    const department = { ...office, label: "so-ldtbxh", agency: "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" };
    const withDepartment = consolidate([district(13), district(26), pending, department]);
    expect(sentences(consolidationParagraph(withDepartment, "vi"))[1]).toBe(
      "Chưa tổng hợp được số liệu của Mê Linh, SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI (không đọc được bảng).",
    );
    // Đông Anh's second file, its table not filled in, is not Đông Anh left out: its first file is counted.
    const again: UnitSource = {
      ...pending,
      file: "/data/bao-cao/dong-anh-2.xlsx",
      label: "dong-anh-2",
      agency: "UBND HUYỆN ĐÔNG ANH",
    };
    expect(sentences(consolidationParagraph(consolidate([district(13), district(26), again]), "vi"))[1]).toBe(
      "Chưa tổng hợp được số liệu của Đông Anh (dong-anh-2) (không đọc được bảng).",
    );
  });

  it("lists once a unit whose unreadable tables name it twice", () => {
    // Mê Linh sent its empty form twice, under two file names: one unit is left out, not two.
    const empty = (label: string, agency: string | null): UnitSource => ({
      file: `${label}.xlsx`,
      sheet: null,
      label,
      agency,
      indicators: null,
      problem: "no indicator table",
      period: null,
    });
    const twice = [empty("me-linh", "UBND HUYỆN MÊ LINH"), empty("me-linh-2", "UBND HUYỆN MÊ LINH")];
    const result = consolidate([district(13), district(26), ...twice]);
    expect(result.excluded.map((u) => u.unit)).toEqual(["HUYỆN MÊ LINH", "HUYỆN MÊ LINH"]);
    expect(sentences(consolidationParagraph(result, "vi"))[1]).toBe(
      "Chưa tổng hợp được số liệu của Mê Linh (không đọc được bảng).",
    );
    expect(sentences(consolidationParagraph(result, "en"))[1]).toBe(
      "The figures of Mê Linh are left out: their tables could not be read.",
    );
    // Two folders' "bao-cao.xlsx", known by their file's name only, may be two units: both are listed.
    const folders = ["ba-vi", "phuc-tho"].map((folder) => ({
      ...empty("bao-cao", null),
      file: `${folder}/bao-cao.xlsx`,
    }));
    expect(sentences(consolidationParagraph(consolidate([district(13), district(26), ...folders]), "vi"))[1]).toBe(
      "Chưa tổng hợp được số liệu của bao-cao và bao-cao (không đọc được bảng).",
    );
    // Six files left out are five units: they are named, as five units would be, not counted as six.
    const others = ["SÓC SƠN", "ĐÔNG ANH", "BA VÌ", "PHÚC THỌ"].map((name, i) =>
      empty(`file-${i}`, `UBND HUYỆN ${name}`),
    );
    const six = consolidate([district(0), ...twice, ...others]);
    expect(sentences(consolidationParagraph(six, "vi"))[1]).toBe(
      "Chưa tổng hợp được số liệu của Mê Linh, Sóc Sơn, Đông Anh, Ba Vì và Phúc Thọ (không đọc được bảng).",
    );
    expect(sentences(consolidationParagraph(six, "en"))[1]).toBe(
      "The figures of Mê Linh, Sóc Sơn, Đông Anh, Ba Vì and Phúc Thọ are left out: their tables could not be read.",
    );
  });

  it("says a target of a change a year as the single sheet's paragraph states its commitment", () => {
    // Sóc Sơn, Đông Anh and Mê Linh each commit to a fall a year. Poor households: 410 to 180 over 2021–2023 is
    // 115 fewer a year in Sóc Sơn, 80 in Đông Anh, 55 in Mê Linh against 60; their 470 left at the end of 2023 are
    // within the city's 690. The near-poor rate: 0,32, 0,14 and 0,235 points a year against 0,2.
    const nearPoor = "Tỷ lệ hộ cận nghèo";
    const poor = "Số hộ nghèo";
    const tables = new Map<number, CellValue[][]>([
      [
        25,
        [
          ["1", nearPoor, "%", "Giảm 0,2 điểm %/năm", 1.85, 1.52, 1.21],
          ["2", poor, "hộ", "Mỗi năm giảm 60 hộ nghèo", 410, 290, 180],
        ],
      ],
      [
        26,
        [
          ["1", nearPoor, "%", "Giảm 0,2 điểm %/năm", 1.4, 1.25, 1.12],
          ["2", poor, "hộ", "Giảm bình quân 60 hộ/năm", 300, 210, 140],
        ],
      ],
      [
        28,
        [
          ["1", nearPoor, "%", "Giảm 0,2 điểm %/năm", 1.62, 1.38, 1.15],
          ["2", poor, "hộ", "Giảm bình quân 60 hộ/năm", 260, 200, 150],
        ],
      ],
    ]);
    const result = consolidate(
      [...tables].map(([d, rows]) => source(yearlySheet(d, rows), `giam-ngheo-${d + 1}.xlsx`)),
    );
    expect(result.indicators.map((i) => i.commonTarget?.perYear)).toEqual([true, true]);
    const vi = sentences(consolidationParagraph(result, "vi"));
    expect(vi.slice(1)).toEqual([
      "2/3 quận, huyện đạt tỷ lệ hộ cận nghèo (giảm 0,2 điểm phần trăm/năm); chưa đạt: Đông Anh.",
      "2/3 quận, huyện đạt số hộ nghèo (giảm 60 hộ/năm); chưa đạt: Mê Linh.",
    ]);
    // The very words of the single sheet's paragraph, after its "cam kết", for Đông Anh's and Mê Linh's shortfalls.
    const single = (d: number) => meetingParagraph(analyzeSheet(yearlySheet(d, tables.get(d)!)), "vi");
    expect(single(26)).toContain("cam kết giảm 0,2 điểm phần trăm/năm");
    expect(single(28)).toContain("cam kết giảm 60 hộ/năm");
    // In English the commitment stands alone in the brackets, as "below 0.5%" does, so it takes its article; the
    // unit stays as the workbook wrote it, as in the single sheet's "against a committed fall of 60 hộ a year".
    expect(sentences(consolidationParagraph(result, "en")).slice(1)).toEqual([
      "2 of 3 districts achieved tỷ lệ hộ cận nghèo (a fall of 0.2 percentage points a year); not achieved: Đông Anh.",
      "2 of 3 districts achieved số hộ nghèo (a fall of 60 hộ a year); not achieved: Mê Linh.",
    ]);
    expect(meetingParagraph(analyzeSheet(yearlySheet(28, tables.get(28)!)), "en")).toContain(
      "against a committed fall of 60 hộ a year",
    );
  });

  it("says which units name no period when the others report a named year, counting them with it", () => {
    // Hoàn Kiếm's and Long Biên's tables say "Kế hoạch" and "Thực hiện" only: they may be 2023's or another year's.
    const result = consolidate([district(0), undated(1), district(2), undated(3), district(4)]);
    expect(result.units.map((u) => u.period?.label ?? null)).toEqual([
      "Thực hiện năm 2023",
      null,
      "Thực hiện năm 2023",
      null,
      "Thực hiện năm 2023",
    ]);
    expect(sentences(consolidationParagraph(result, "vi")).slice(0, 3)).toEqual([
      "Năm 2023, tổng hợp số liệu của 5 quận, huyện.",
      "Số liệu của Hoàn Kiếm và Long Biên được tính là số liệu năm 2023 (bảng không ghi kỳ báo cáo).",
      `5/5 quận, huyện đạt tỷ lệ hộ nghèo (dưới 0,5${NBSP}%).`,
    ]);
    expect(sentences(consolidationParagraph(result, "en"))[1]).toBe(
      "The figures of Hoàn Kiếm and Long Biên are counted with those for 2023: their tables name no reporting period.",
    );
  });

  it("says so beside a part of the year too, and counts the units past a few", () => {
    const nineMonths = consolidate([0, 1, 2, 3].map((d) => district(d, { year: 2024, months: 9 })).concat(undated(4)));
    expect(sentences(consolidationParagraph(nineMonths, "vi"))[1]).toBe(
      "Số liệu của Cầu Giấy được tính là số liệu 9 tháng năm 2024 (bảng không ghi kỳ báo cáo).",
    );
    // Still counted with the 9 months, as before: 5 units in the count, the total adds Cầu Giấy's jobs.
    expect(sentences(consolidationParagraph(nineMonths, "vi"))[2]).toMatch(/^\d\/5 quận, huyện đạt tỷ lệ hộ nghèo/);
    const many = consolidate([0, 1, 2, 3, 4, 5].map(undated).concat(district(6, { year: 2024, months: 6 })));
    expect(sentences(consolidationParagraph(many, "vi"))[1]).toBe(
      "Số liệu của 6 quận, huyện được tính là số liệu 6 tháng đầu năm 2024 (bảng không ghi kỳ báo cáo).",
    );
    expect(sentences(consolidationParagraph(many, "en"))[1]).toBe(
      "The figures of 6 districts are counted with those for the first half of 2024: their tables name no reporting period.",
    );
  });

  it("names them among differing periods, with the period they are counted in", () => {
    const result = consolidate([district(0), district(1, { year: 2024, months: 9 }), undated(2), district(3)]);
    expect(sentences(consolidationParagraph(result, "vi")).slice(0, 2)).toEqual([
      "Tổng hợp số liệu của 4 quận, huyện, kỳ báo cáo không giống nhau: năm 2023 (2 đơn vị), 9 tháng năm 2024 " +
        "(1 đơn vị) và không ghi kỳ (1 đơn vị).",
      "Số liệu của Tây Hồ được tính là số liệu năm 2023 (bảng không ghi kỳ báo cáo).",
    ]);
  });

  it("says nothing of units naming no period beside a year no table names", () => {
    // "Ước thực hiện cả năm" of a "Kế hoạch năm": no year to differ from.
    const wholeYear = (d: number) => {
      const table = districtSheet(d);
      const words = (v: string) =>
        v
          .replace(/ NĂM 2023$/, " CẢ NĂM")
          .replace(/^Thực hiện năm 2023$/, "Ước thực hiện cả năm")
          .replace(/ 2023$/, "");
      return source(
        { ...table, values: table.values.map((row) => row.map((v) => (typeof v === "string" ? words(v) : v))) },
        `quan-huyen-${d + 1}.xlsx`,
      );
    };
    const result = consolidate([wholeYear(0), wholeYear(1), undated(2)]);
    expect(result.units.map((u) => u.period?.label ?? null)).toEqual([
      "Ước thực hiện cả năm",
      "Ước thực hiện cả năm",
      null,
    ]);
    const said = sentences(consolidationParagraph(result, "vi"));
    expect(said[0]).toBe("Ước thực hiện cả năm, tổng hợp số liệu của 3 quận, huyện.");
    expect(said[1]).toMatch(/^\d\/3 quận, huyện đạt tỷ lệ hộ nghèo/);
  });

  it("adds no caps, though each district sets its own", () => {
    // Sóc Sơn, Đông Anh and Mê Linh each cap their traffic accidents: under 50, 30 and 20. Their 45 + 33 + 20 = 98
    // of 100 is no plan reached at 98 %: it is three ceilings, two of them crossed.
    const accidents = (plan: string, actual: number) => [
      { name: "Số vụ tai nạn giao thông", unit: "vụ", plan, actual },
    ];
    const result = consolidate([
      district(25, { rows: accidents("Dưới 50", 45) }),
      district(26, { rows: accidents("Dưới 30", 33) }),
      district(28, { rows: accidents("Dưới 20", 20) }),
    ]);
    expect(result.indicators[0]).toMatchObject({ commonTarget: null, capped: true, sumActual: 98, sumPlan: 100 });
    expect(sentences(consolidationParagraph(result, "vi"))[1]).toBe(
      "1/3 quận, huyện đạt số vụ tai nạn giao thông (kế hoạch giao); chưa đạt: Đông Anh và Mê Linh.",
    );
    expect(sentences(consolidationParagraph(result, "en"))[1]).toBe(
      "1 of 3 districts achieved số vụ tai nạn giao thông (each its own plan); not achieved: Đông Anh and Mê Linh.",
    );
    // A count of events each district is to reach is still added: 45 + 33 + 20 job fairs of 40 + 30 + 20 planned.
    const fairs = (plan: number, actual: number) => [
      { name: "Số phiên giao dịch việc làm", unit: "phiên", plan, actual },
    ];
    const reached = consolidate([
      district(25, { rows: fairs(40, 45) }),
      district(26, { rows: fairs(30, 33) }),
      district(28, { rows: fairs(20, 20) }),
    ]);
    expect(reached.indicators[0]!.capped).toBe(false);
    expect(sentences(consolidationParagraph(reached, "vi"))[1]).toBe(
      "3/3 quận, huyện đạt số phiên giao dịch việc làm (kế hoạch giao); " +
        `tổng cộng 98/90 phiên, đạt 108,89${NBSP}% kế hoạch.`,
    );
  });

  it("reads a target written in thousands by one unit as the same target as the others'", () => {
    const row = { name: "Số người được hỗ trợ học nghề", unit: "người", plan: 2000, actual: 2100 };
    const inThousands = { ...row, unit: "nghìn người", plan: 2, actual: 1.9 };
    const result = consolidate([district(0, { rows: [row] }), district(1, { rows: [inThousands] })]);
    expect(sentences(consolidationParagraph(result, "vi"))[1]).toBe(
      "1/2 quận, huyện đạt số người được hỗ trợ học nghề (từ 2.000 người trở lên); chưa đạt: Hoàn Kiếm; " +
        `tổng cộng 4.000/4.000 người, đạt 100${NBSP}% kế hoạch.`,
    );
  });

  it("says nothing when no unit was counted", () => {
    expect(consolidationParagraph(consolidate([]), "vi")).toBe("");
  });
});
