import { describe, expect, it } from "vitest";
import { consolidate, type UnitSource } from "../../../src/core/consolidate";
import { districtRows, DISTRICTS_WITHOUT_POVERTY, HANOI_DISTRICTS } from "../../../src/samples/districts";
import { district, renamed } from "./helpers";

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

  it("never adds figures of the same name in other units of measure", () => {
    const rows = districtRows(1).map((r, i) =>
      i === 6 ? { ...r, unit: "triệu đồng", plan: 91000, actual: 98420 } : r,
    );
    const result = consolidate([district(0), district(1, { rows }), district(2)]);
    const money = result.indicators.filter((i) => i.name === "Kinh phí trợ giúp xã hội");
    expect(money.map((m) => [m.unit, m.units, m.sumActual])).toEqual([
      ["tỷ đồng", 2, 97.42 + 99.42],
      ["triệu đồng", 1, 98420],
    ]);
    expect(result.unmatched).toMatchObject([{ name: "Kinh phí trợ giúp xã hội", similarity: 1, why: "unit" }]);
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
        sameAs: { file: "quan-huyen-26.xlsx", sheet: "Bieu 01" },
      },
    ]);
    expect(byName(result, "Tuyển sinh giáo dục nghề nghiệp").units).toBe(2);
  });
});

describe("a table of the whole", () => {
  function whole(adjust: (rows: ReturnType<typeof districtRows>) => void): UnitSource {
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
    return district(0, { agency: "UBND THÀNH PHỐ HÀ NỘI", rows, name: "Toàn thành phố" });
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

  it("says where a stated total disagrees", () => {
    const result = consolidate(
      sources(whole((rows) => (rows[3] = { ...rows[3]!, actual: (rows[3]!.actual as number) + 1 }))),
    );
    const enrolment = byName(result, "Tuyển sinh giáo dục nghề nghiệp");
    expect(enrolment.stated).toMatchObject({ actual: enrolment.sumActual! + 1, actualAgrees: false, planAgrees: true });
  });
});
