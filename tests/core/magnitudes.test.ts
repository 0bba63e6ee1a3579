import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { parseTarget } from "../../src/core/targets";
import { sheet, VI_HEADER } from "../helpers/table";

describe("magnitude words read alike in targets and results", () => {
  it("scales a target's number by the word after it, and both ends of a range", () => {
    expect(parseTarget("Trên 1,5 triệu lượt")).toMatchObject({ comparator: ">", value: 1_500_000 });
    expect(parseTarget("20 ngàn")).toMatchObject({ comparator: ">=", value: 20_000, percent: false });
    expect(parseTarget("Giảm 2-3 nghìn hộ")).toMatchObject({ comparator: "<=", value: 2000, upper: 3000 });
    expect(parseTarget("Khoảng 95%")).toMatchObject({ value: 0.95, percent: true });
    expect(parseTarget("Trên 3.000 tỷ", { unitMagnitude: 9 })).toMatchObject({ value: 3000 });
    expect(parseTarget("Tỷ lệ trên 90%")).toMatchObject({ value: 0.9, percent: true });
  });

  it("reads the seed article's social assistance in the units each row states", () => {
    const a = analyzeSheet(
      sheet({
        header: [VI_HEADER],
        rows: [
          ["1", "Số lượt người được trợ giúp xã hội", "lượt người", "2,8 triệu", 2907969],
          ["2", "Kinh phí trợ giúp xã hội", "tỷ đồng", "Trên 2.800 tỷ", "2.975,42 tỷ đồng"],
          ["3", "Mức chuẩn trợ giúp xã hội", "đồng", 440000, "440 nghìn"],
          ["4", "Số lao động được giải quyết việc làm", "nghìn người", 160, "162,5 nghìn"],
        ],
      }),
    );
    expect(a.indicators.map((i) => [i.plan, i.actual, i.status])).toEqual([
      [2_800_000, 2_907_969, "achieved"],
      [2800, 2975.42, "achieved"],
      [440_000, 440_000, "achieved"],
      [160, 162.5, "achieved"],
    ]);
    expect(a.issues.filter((i) => i.code === "not-a-number" || i.code === "unreadable-target")).toEqual([]);
  });
});
