import { describe, expect, it } from "vitest";
import { consolidate, type UnitSource } from "../../../src/core/consolidate";
import {
  districtRows,
  districtSheet,
  DISTRICTS_WITHOUT_POVERTY,
  HANOI_DISTRICTS,
} from "../../../src/samples/districts";
import { district, renamed, source } from "./helpers";

const all = () => HANOI_DISTRICTS.map((_, d) => district(d));
const byName = (result: ReturnType<typeof consolidate>, name: string) =>
  result.indicators.find((i) => i.name === name)!;

describe("consolidating the 30 districts", () => {
  const result = consolidate(all());

  it("matches each indicator across every district", () => {
    expect(result.units).toHaveLength(30);
    expect(result.indicators).toHaveLength(10);
    expect(result.indicators.every((i) => i.units === 30)).toBe(true);
    expect(result.partial).toEqual([]);
    expect(result.unmatched).toEqual([]);
    expect(result.units[25]!.unit).toBe("HUYỆN SÓC SƠN");
  });

  it("counts the districts that achieved an indicator: 18/30 under the poverty ceiling", () => {
    const poverty = byName(result, "Tỷ lệ hộ nghèo");
    expect(poverty.kind).toBe("rate");
    expect([poverty.achieved, poverty.units]).toEqual([DISTRICTS_WITHOUT_POVERTY, 30]);
    expect(poverty.sumActual).toBeNull();
    expect(poverty.cells[0]!.gapPoints).toBeCloseTo(0.2);
    expect(poverty.cells[29]!.gapPoints).toBeCloseTo(-0.12);
  });

  it("sums actuals and plans of counts, and only of counts", () => {
    const jobs = byName(result, "Số lao động được giải quyết việc làm");
    const rows = HANOI_DISTRICTS.map((_, d) => districtRows(d)[2]!);
    expect(jobs.sumActual).toBe(rows.reduce((s, r) => s + r.actual!, 0));
    expect(jobs.sumPlan).toBe(rows.reduce((s, r) => s + (r.plan as number), 0));
    // Money with decimals adds up too.
    expect(byName(result, "Kinh phí trợ giúp xã hội").sumActual).toBeCloseTo(30 * 97.42 + 435, 6);
  });

  it("counts a district without a figure as reporting nothing, not as a zero", () => {
    const fairs = byName(result, "Số phiên giao dịch việc làm");
    expect(fairs.units).toBe(30);
    expect(fairs.reporting).toBe(24);
    expect(fairs.noData).toBe(6);
    expect(fairs.sumActual).toBe(
      HANOI_DISTRICTS.map((_, d) => districtRows(d)[9]!.actual).reduce<number>((s, a) => s + (a ?? 0), 0),
    );
  });

  it("ranks the units by share achieved, equal shares sharing a rank", () => {
    const ranks = result.units.map((u) => u.rank);
    const best = result.units.filter((u) => u.rank === 1);
    expect(best.length).toBeGreaterThan(0);
    expect(best.every((u) => u.share === Math.max(...result.units.map((x) => x.share!)))).toBe(true);
    for (const u of result.units) {
      expect(u.rank).toBe(1 + result.units.filter((x) => x.share! > u.share!).length);
      expect(u.achieved + u.near + u.notAchieved + u.noData).toBe(u.indicators);
    }
    expect(Math.max(...ranks)).toBeLessThanOrEqual(30);
  });
});

describe("names typed differently", () => {
  it("merges names that differ by diacritics, case, spacing, row numbers and abbreviations", () => {
    const retyped = district(1, {
      rows: renamed(districtRows(1), { 0: "1. TY LE HO NGHEO", 4: "Tỉ lệ người dân tham gia bảo hiểm  y tế" }),
    });
    const result = consolidate([district(0), retyped, district(2)]);
    expect(result.indicators).toHaveLength(10);
    const poverty = byName(result, "Tỷ lệ hộ nghèo");
    expect(poverty.units).toBe(3);
    expect(poverty.variants).toEqual(["1. TY LE HO NGHEO"]);
    expect(result.unmatched).toEqual([]);
  });

  it("reports a name that only resembles another and keeps it apart", () => {
    const other = district(1, { rows: renamed(districtRows(1), { 0: "Tỷ lệ hộ nghèo theo chuẩn đa chiều" }) });
    const result = consolidate([district(0), other, district(2)]);
    expect(result.indicators).toHaveLength(11);
    expect(byName(result, "Tỷ lệ hộ nghèo").units).toBe(2);
    expect(byName(result, "Tỷ lệ hộ nghèo theo chuẩn đa chiều").units).toBe(1);
    expect(result.unmatched).toEqual([
      {
        unit: "QUẬN HOÀN KIẾM",
        name: "Tỷ lệ hộ nghèo theo chuẩn đa chiều",
        row: 5,
        nearest: "Tỷ lệ hộ nghèo",
        similarity: 2 / 3,
        why: "wording",
      },
    ]);
    expect(result.partial.map((p) => [result.indicators[p.indicator]!.name, p.missing])).toEqual([
      ["Tỷ lệ hộ nghèo", ["QUẬN HOÀN KIẾM"]],
      ["Tỷ lệ hộ nghèo theo chuẩn đa chiều", ["QUẬN BA ĐÌNH", "QUẬN TÂY HỒ"]],
    ]);
  });

  it("keeps apart what a diacritic tells apart: households fallen back into poverty are not the poor", () => {
    const rows = (names: [string, string], figures: [number, number][]) =>
      figures.map(([plan, actual], i) => ({ name: names[i]!, unit: i === 0 ? "hộ" : "người", plan, actual }));
    const thachThat = district(18, {
      rows: rows(
        ["Số hộ nghèo", "Số người cai nghiện ma túy"],
        [
          [400, 380],
          [200, 230],
        ],
      ),
    });
    const quocOai = district(17, {
      rows: rows(
        ["Số hộ tái nghèo", "Số người tái cai nghiện ma túy"],
        [
          [20, 35],
          [200, 50],
        ],
      ),
    });
    const result = consolidate([thachThat, quocOai]);
    expect(result.indicators.map((i) => [i.name, i.units, i.sumActual])).toEqual([
      ["Số hộ nghèo", 1, 380],
      ["Số người cai nghiện ma túy", 1, 230],
      ["Số hộ tái nghèo", 1, 35],
      ["Số người tái cai nghiện ma túy", 1, 50],
    ]);
    expect(result.unmatched.map((u) => [u.unit, u.name, u.nearest, u.why])).toEqual([
      ["HUYỆN QUỐC OAI", "Số hộ tái nghèo", "Số hộ nghèo", "wording"],
      ["HUYỆN QUỐC OAI", "Số người tái cai nghiện ma túy", "Số người cai nghiện ma túy", "wording"],
    ]);
  });

  it("matches a rate said of the district's area with the plain one", () => {
    const dongAnh = district(26, { rows: renamed(districtRows(26), { 0: "Tỉ lệ hộ nghèo trên địa bàn huyện" }) });
    const result = consolidate([district(25), dongAnh, district(13)]);
    const poverty = byName(result, "Tỷ lệ hộ nghèo");
    expect([poverty.units, poverty.variants]).toEqual([3, ["Tỉ lệ hộ nghèo trên địa bàn huyện"]]);
    expect(result.unmatched).toEqual([]);
  });

  it("never adds figures of the same name in other units of measure", () => {
    const rows = districtRows(1).map((r, i) => (i === 7 ? { ...r, unit: "hộ", plan: 30000, actual: 32311 } : r));
    const result = consolidate([district(0), district(1, { rows }), district(2)]);
    const helped = result.indicators.filter((i) => i.name === "Số lượt người được trợ giúp xã hội");
    expect(helped.map((m) => [m.unit, m.units, m.sumActual])).toEqual([
      ["lượt người", 2, 96932 + 98932],
      ["hộ", 1, 32311],
    ]);
    expect(result.unmatched).toMatchObject([
      { name: "Số lượt người được trợ giúp xã hội", similarity: 1, why: "unit" },
    ]);
  });

  it("keeps repeated breakdown rows apart by their order", () => {
    const rows = [
      { name: "Số lao động được giải quyết việc làm", unit: "người", plan: 5000, actual: 5200 },
      { name: "- Nam", unit: "người", plan: 2600, actual: 2700 },
      { name: "Tuyển sinh giáo dục nghề nghiệp", unit: "người", plan: 20000, actual: 21000 },
      { name: "- Nam", unit: "người", plan: 11000, actual: 11500 },
    ];
    const result = consolidate([district(0, { rows }), district(1, { rows })]);
    expect(result.indicators.map((i) => [i.name, i.sumActual])).toEqual([
      ["Số lao động được giải quyết việc làm", 10400],
      ["- Nam", 5400],
      ["Tuyển sinh giáo dục nghề nghiệp", 42000],
      ["- Nam", 23000],
    ]);
    expect(result.unmatched).toEqual([]);
  });
});

describe("units that cannot be counted", () => {
  it("lists an unreadable unit with its reason and leaves it out of every count", () => {
    const broken: UnitSource = {
      file: "quan-huyen-30.xlsx",
      sheet: null,
      label: "quan-huyen-30",
      agency: null,
      indicators: null,
      problem: "tệp bị hỏng",
      period: null,
    };
    const result = consolidate([...all().slice(0, 29), broken]);
    expect(result.units).toHaveLength(29);
    expect(result.excluded).toEqual([
      {
        unit: "quan-huyen-30",
        file: "quan-huyen-30.xlsx",
        sheet: null,
        reason: "unreadable",
        detail: "tệp bị hỏng",
        label: "quan-huyen-30",
        sameAs: null,
      },
    ]);
    const poverty = byName(result, "Tỷ lệ hộ nghèo");
    expect([poverty.achieved, poverty.units]).toEqual([18, 29]);
    expect(poverty.cells).toHaveLength(29);
    expect(result.partial).toEqual([]);
  });

  it("reports two files naming the same unit and counts it once", () => {
    const again = { ...district(25), file: "soc-son-ban-sua.xlsx", label: "soc-son-ban-sua" };
    const result = consolidate([district(24), district(25), again]);
    expect(result.units.map((u) => u.unit)).toEqual(["HUYỆN MỸ ĐỨC", "HUYỆN SÓC SƠN"]);
    expect(result.excluded).toEqual([
      {
        unit: "HUYỆN SÓC SƠN",
        file: "soc-son-ban-sua.xlsx",
        sheet: "Bieu 01",
        reason: "duplicate",
        detail: null,
        label: "soc-son-ban-sua",
        sameAs: { file: "quan-huyen-26.xlsx", sheet: "Bieu 01" },
      },
    ]);
    expect(byName(result, "Tuyển sinh giáo dục nghề nghiệp").units).toBe(2);
  });
});

describe("units named in the title rows", () => {
  const department = "PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI";

  it("are the districts, not the department each district's table comes from", () => {
    const result = consolidate([25, 26, 13, 0].map((d) => district(d, { department })));
    expect(result.units.map((u) => u.unit)).toEqual(["HUYỆN SÓC SƠN", "HUYỆN ĐÔNG ANH", "HUYỆN BA VÌ", "QUẬN BA ĐÌNH"]);
    expect(result.excluded).toEqual([]);
    expect(byName(result, "Tỷ lệ hộ nghèo").units).toBe(4);
  });

  it("are named apart by their files when alike but with other figures, and every one is counted", () => {
    const [first, second] = [0, 1].map((d) => district(d, { agency: department }));
    const copy = { ...second!, file: "quan-huyen-2-gui-lai.xlsx", label: "quan-huyen-2-gui-lai" };
    const result = consolidate([first!, second!, copy]);
    expect(result.units.map((u) => u.unit)).toEqual([`${department} (quan-huyen-1)`, `${department} (quan-huyen-2)`]);
    expect(result.namedApart).toEqual([
      {
        name: department,
        units: [
          { unit: `${department} (quan-huyen-1)`, file: "quan-huyen-1.xlsx", sheet: "Bieu 01" },
          { unit: `${department} (quan-huyen-2)`, file: "quan-huyen-2.xlsx", sheet: "Bieu 01" },
        ],
      },
    ]);
    // A copy with the same figures is still the same unit sent twice.
    expect(result.excluded).toMatchObject([
      { file: "quan-huyen-2-gui-lai.xlsx", reason: "duplicate", sameAs: { file: "quan-huyen-2.xlsx" } },
    ]);
    const jobs = byName(result, "Số lao động được giải quyết việc làm");
    expect(jobs.sumActual).toBe(districtRows(0)[2]!.actual! + districtRows(1)[2]!.actual!);
  });
});

describe("a table of the whole", () => {
  function whole(adjust: (rows: ReturnType<typeof districtRows>) => void, name = "Toàn thành phố"): UnitSource {
    const units = [0, 1, 2].map((d) => districtRows(d));
    const rows = units[0]!.map((r, i) => {
      const sum = (pick: (x: typeof r) => number | string | null) =>
        typeof pick(r) === "number" ? units.reduce((s, u) => s + (pick(u[i]!) as number), 0) : pick(r);
      return {
        ...r,
        plan: sum((x) => x.plan) as number | string,
        actual: r.actual === null ? null : (sum((x) => x.actual ?? 0) as number),
      };
    });
    adjust(rows);
    return district(0, { agency: "UBND THÀNH PHỐ HÀ NỘI", rows, name });
  }
  const sources = (w: UnitSource) => [{ ...w, label: "Toàn thành phố" }, district(0), district(1), district(2)];

  it("is not counted as a unit; its totals are checked against the units' sums", () => {
    const result = consolidate(sources(whole(() => {})));
    expect(result.units).toHaveLength(3);
    expect(result.whole).toEqual({ unit: "THÀNH PHỐ HÀ NỘI", file: "quan-huyen-1.xlsx", sheet: "Toàn thành phố" });
    const jobs = byName(result, "Số lao động được giải quyết việc làm");
    expect(jobs.stated).toEqual({ actual: jobs.sumActual, plan: jobs.sumPlan, actualAgrees: true, planAgrees: true });
    // 97,42 + 98,42 + 99,42 in floating point is not 295,26 exactly; the stated figure still agrees.
    expect(byName(result, "Kinh phí trợ giúp xã hội").stated?.actualAgrees).toBe(true);
    expect(byName(result, "Tỷ lệ hộ nghèo").stated?.actualAgrees).toBeNull();
  });

  it("is known by its sheet's name, whatever its file is called", () => {
    const city = { ...whole(() => {}, "Tổng hợp"), file: "bao-cao-thanh-pho.xlsx", label: "bao-cao-thanh-pho" };
    const result = consolidate([district(0), district(1), district(2), city]);
    expect(result.units).toHaveLength(3);
    expect(result.whole).toEqual({ unit: "THÀNH PHỐ HÀ NỘI", file: "bao-cao-thanh-pho.xlsx", sheet: "Tổng hợp" });
    expect(byName(result, "Số lao động được giải quyết việc làm").stated?.actualAgrees).toBe(true);
  });

  it("compares the first table of the whole only, and says the second was left out", () => {
    const later = whole((rows) => (rows[2] = { ...rows[2]!, actual: 1 }), "Tổng hợp");
    const result = consolidate([...sources(whole(() => {})), { ...later, file: "tong-hop-quy-4.xlsx" }]);
    expect(result.units).toHaveLength(3);
    expect(result.excluded).toMatchObject([
      { file: "tong-hop-quy-4.xlsx", reason: "whole", sameAs: { file: "quan-huyen-1.xlsx", sheet: "Toàn thành phố" } },
    ]);
  });

  it("says where a stated total disagrees", () => {
    const result = consolidate(
      sources(whole((rows) => (rows[3] = { ...rows[3]!, actual: (rows[3]!.actual as number) + 1 }))),
    );
    const enrolment = byName(result, "Tuyển sinh giáo dục nghề nghiệp");
    expect(enrolment.stated).toMatchObject({ actual: enrolment.sumActual! + 1, actualAgrees: false, planAgrees: true });
  });
});

describe("units of measure that differ only by magnitude", () => {
  // Đông Anh writes enrolment in thousands and Ba Vì its social-assistance money in millions, as QA found them.
  const dongAnh = districtRows(26).map((r, i) =>
    i === 3 ? { ...r, unit: "nghìn người", plan: (r.plan as number) / 1000, actual: r.actual! / 1000 } : r,
  );
  const baVi = districtRows(13).map((r, i) =>
    i === 6 ? { ...r, unit: "triệu đồng", plan: (r.plan as number) * 1000, actual: 110420 } : r,
  );
  const sources = [district(25), district(26, { rows: dongAnh }), district(13, { rows: baVi })];
  const plain = [25, 26, 13].map((d) => districtRows(d));
  const result = consolidate(sources);

  it("are converted into the unit most units wrote before summing", () => {
    const enrolment = byName(result, "Tuyển sinh giáo dục nghề nghiệp");
    expect(enrolment.unit).toBe("người");
    expect(enrolment.units).toBe(3);
    expect(enrolment.cells[1]).toMatchObject({ actual: 32700, plan: 33000 });
    expect(enrolment.sumActual).toBe(plain.reduce((s, rows) => s + rows[3]!.actual!, 0));
    expect(enrolment.sumPlan).toBe(plain.reduce((s, rows) => s + (rows[3]!.plan as number), 0));
    expect(enrolment.scaled).toEqual([{ unit: "HUYỆN ĐÔNG ANH", from: "nghìn người", factor: 1000 }]);
    const money = byName(result, "Kinh phí trợ giúp xã hội");
    expect([money.unit, money.units, money.cells[2]!.actual]).toEqual(["tỷ đồng", 3, 110.42]);
    expect(money.sumActual).toBeCloseTo(122.42 + 123.42 + 110.42, 6);
    expect(money.scaled).toEqual([{ unit: "HUYỆN BA VÌ", from: "triệu đồng", factor: 0.001 }]);
    expect(result.unmatched).toEqual([]);
  });

  it("check a whole's total written in another magnitude against the converted sum", () => {
    const total = plain.reduce((s, rows) => s + rows[3]!.actual!, 0);
    const planned = plain.reduce((s, rows) => s + (rows[3]!.plan as number), 0);
    const city = districtRows(0).map((r, i) =>
      i === 3 ? { ...r, unit: "nghìn người", plan: planned / 1000, actual: total / 1000 } : r,
    );
    const whole = district(0, { agency: "UBND THÀNH PHỐ HÀ NỘI", rows: city.slice(0, 4), name: "Toàn thành phố" });
    const withWhole = consolidate([...sources, { ...whole, label: "Toàn thành phố" }]);
    expect(byName(withWhole, "Tuyển sinh giáo dục nghề nghiệp").stated).toEqual({
      actual: total,
      plan: planned,
      actualAgrees: true,
      planAgrees: true,
    });
  });
});

describe("units reporting different periods", () => {
  const meLinh = district(28, { year: 2024, months: 9 });
  const result = consolidate([district(25), district(26), meLinh]);

  it("keeps each unit's period and says the periods differ, naming each period's units", () => {
    expect(result.units.map((u) => u.period?.meaning)).toEqual([
      { kind: "year", year: 2023, estimate: false },
      { kind: "year", year: 2023, estimate: false },
      { kind: "months", months: 9, year: 2024 },
    ]);
    expect(result.periodsDiffer).toBe(true);
    expect(result.periods.map((g) => [g.period?.label, g.units])).toEqual([
      ["Thực hiện năm 2023", ["HUYỆN SÓC SƠN", "HUYỆN ĐÔNG ANH"]],
      ["Thực hiện 9 tháng năm 2024", ["HUYỆN MÊ LINH"]],
    ]);
    expect(byName(result, "Tuyển sinh giáo dục nghề nghiệp").periodsDiffer).toBe(true);
  });

  it("ranks a unit only against units of its own period", () => {
    const sameYear = consolidate([district(25), district(26)]);
    expect(sameYear.periodsDiffer).toBe(false);
    expect(result.units[2]!.rank).toBe(1);
    expect(result.units.slice(0, 2).map((u) => u.rank)).toEqual(sameYear.units.map((u) => u.rank));
  });

  it("reads 'cả năm' of a 2023 plan as 2023, and figures to 30/9/2024 as 9 months of 2024", () => {
    const retitled = (sheet: ReturnType<typeof districtSheet>, title: string, header: string) => ({
      ...sheet,
      values: sheet.values.map((row, r) => (r === 1 ? [title] : r === 3 ? [...row.slice(0, 4), header] : row)),
    });
    const estimate = retitled(
      districtSheet(13),
      "BIỂU KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU AN SINH XÃ HỘI",
      "Ước thực hiện cả năm",
    );
    const wholeYear = consolidate([district(25), source(estimate, "ba-vi.xlsx")]);
    expect(wholeYear.units[1]!.period?.meaning).toEqual({ kind: "year", year: null, estimate: true });
    expect(wholeYear.periodsDiffer).toBe(false);
    const toDate = retitled(
      districtSheet(13, { year: 2024 }),
      "BIỂU KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU AN SINH XÃ HỘI (Số liệu đến 30/9/2024)",
      "Thực hiện",
    );
    const asOf = consolidate([meLinh, source(toDate, "ba-vi.xlsx")]);
    expect(asOf.units[1]!.period?.meaning).toMatchObject({ kind: "asOf", day: 30, month: 9, year: 2024 });
    expect(asOf.periodsDiffer).toBe(false);
    const lastYear = source(districtSheet(13, { year: 2022 }), "ba-vi.xlsx");
    expect(consolidate([district(25), lastYear]).periodsDiffer).toBe(true);
  });
});
