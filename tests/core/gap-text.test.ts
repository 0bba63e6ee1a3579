import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { gapFromTarget, gapOf, gapText, indicatorGapText } from "../../src/core/gap-text";
import { parseTarget } from "../../src/core/targets";
import { programme08 } from "../../src/samples/programme08";
import { sheet, VI_HEADER } from "../helpers/table";

const MINUS = "\u2212";

describe("an indicator's gap in words", () => {
  const indicators = analyzeSheet(programme08()).indicators;
  const named = (start: string) => {
    const found = indicators.find((i) => i.name.startsWith(start));
    if (!found) throw new Error(`no indicator ${start}`);
    return found;
  };

  it("gives a rate in percentage points, positive when better, for both directions", () => {
    expect(indicatorGapText(named("Tỷ lệ hộ nghèo"), "vi")).toBe("+0,47 điểm %");
    expect(indicatorGapText(named("Tỷ lệ hộ nghèo"), "en")).toBe("+0.47 points");
    expect(indicatorGapText(named("Tỷ lệ dân số tham gia bảo hiểm y tế"), "vi")).toBe("+3,9 điểm %");
    expect(indicatorGapText(named("Tỷ lệ lao động qua đào tạo"), "vi")).toBe(`${MINUS}1,5 điểm %`);
    expect(indicatorGapText(named("Tỷ lệ người cao tuổi"), "vi")).toBe("bằng chỉ tiêu");
  });

  it("gives a quantity as a share of plan: over only when over, else the shortfall", () => {
    expect(indicatorGapText(named("Tuyển sinh giáo dục nghề nghiệp"), "vi")).toBe("vượt 6,7\u00a0%");
    expect(indicatorGapText(named("Tuyển sinh giáo dục nghề nghiệp"), "en")).toBe("6.7% over plan");
    expect(indicatorGapText(named("Số xã, phường, thị trấn có mô hình"), "vi")).toBe("còn thiếu 21,6\u00a0%");
    expect(indicatorGapText(named("Số người tham gia bảo hiểm xã hội tự nguyện"), "en")).toBe("6.8% short of plan");
    expect(indicatorGapText(named("Mức chuẩn trợ giúp xã hội"), "vi")).toBe("vượt 22,2\u00a0%");
  });

  it("never shows a gap of 0 for one that is not exactly on plan, and nothing without data", () => {
    expect(gapText({ kind: "plan", fraction: -0.0003 }, "vi")).toBe("còn thiếu 0,03\u00a0%");
    expect(gapText({ kind: "plan", fraction: 0.00004 }, "vi")).toBe("vượt 0,004\u00a0%");
    expect(gapText({ kind: "plan", fraction: 0 }, "vi")).toBe("đạt đúng kế hoạch");
    expect(gapText({ kind: "points", points: -0.004 }, "vi")).toBe(`${MINUS}0,004 điểm %`);
    expect(gapText({ kind: "plan", fraction: 12_345.6 }, "vi")).toBe("vượt 1.234.560\u00a0%");
    expect(gapText(null, "vi")).toBe("");
    expect(gapText({ kind: "plan", fraction: Number.NaN }, "en")).toBe("");
    expect(gapOf({ measure: "quantity", gapPoints: null, attainment: null })).toBeNull();
    expect(gapOf({ measure: "rate", gapPoints: null, attainment: 1.2 })).toBeNull();
  });

  it("says a strict target only reached is equal to it, not above or below, beside its not-achieved band", () => {
    const strict = analyzeSheet(
      sheet({
        header: [VI_HEADER],
        rows: [
          ["1", "Số hộ được cấp nước sạch", "hộ", "Trên 5.000", "5.000", null, null],
          ["2", "Số vụ tai nạn lao động", "vụ", "Dưới 120", 120, null, null],
          ["3", "Tỷ lệ hộ nghèo", "%", "Dưới 0,5%", "0,5%", null, null],
          ["4", "Tỷ lệ lao động qua đào tạo", "%", "Trên 70%", "70%", null, null],
          ["5", "Số lao động được tạo việc làm", "người", "Ít nhất 5.000", "5.000", null, null],
          ["6", "Số hộ được hỗ trợ nhà ở", "hộ", "Trên 5.000", "5.001", null, null],
        ],
      }),
    ).indicators;
    expect(strict.map((i) => i.status)).toEqual([
      "not_achieved",
      "not_achieved",
      "not_achieved",
      "not_achieved",
      "achieved",
      "achieved",
    ]);
    expect(strict.map((i) => indicatorGapText(i, "vi"))).toEqual([
      "bằng mức kế hoạch, chưa vượt",
      "bằng mức trần, chưa thấp hơn",
      "bằng chỉ tiêu, chưa thấp hơn",
      "bằng chỉ tiêu, chưa vượt",
      "đạt đúng kế hoạch",
      "vượt 0,02\u00a0%",
    ]);
    expect(strict.map((i) => indicatorGapText(i, "en")).slice(0, 5)).toEqual([
      "equal to the plan, not above it",
      "equal to the ceiling, not below it",
      "equal to the target, not below it",
      "equal to the target, not above it",
      "exactly on plan",
    ]);
  });

  it("words a lower-is-better count against its ceiling, never as a plan over- or under-run", () => {
    const capped = analyzeSheet(
      sheet({
        header: [VI_HEADER],
        rows: [
          ["1", "Số hộ nghèo phát sinh", "hộ", "Dưới 1.000", 690, null, null],
          ["2", "Số hộ tái nghèo", "hộ", "Tối đa 50", 80, null, null],
          ["3", "Số vụ tai nạn lao động chết người", "vụ", "Không quá 100", 105, null, null],
          ["4", "Số vụ cháy nổ", "vụ", "Không quá 40", 40, null, null],
          ["5", "Tỷ lệ hộ nghèo", "%", "Dưới 0,5%", "0,03%", null, null],
          ["6", "Số lao động được tạo việc làm", "người", 579, 454, null, null],
        ],
      }),
    ).indicators;
    expect(capped.map((i) => i.status)).toEqual([
      "achieved",
      "not_achieved",
      "not_achieved",
      "achieved",
      "achieved",
      "not_achieved",
    ]);
    expect(capped.map((i) => indicatorGapText(i, "vi"))).toEqual([
      "thấp hơn mức trần 31\u00a0%",
      "vượt mức trần 60\u00a0%",
      "vượt mức trần 5\u00a0%",
      "bằng mức trần",
      "+0,47 điểm %",
      "còn thiếu 21,6\u00a0%",
    ]);
    expect(capped.map((i) => indicatorGapText(i, "en"))).toEqual([
      "31% below the ceiling",
      "60% over the ceiling",
      "5% over the ceiling",
      "at the ceiling",
      "+0.47 points",
      "21.6% short of plan",
    ]);
  });

  it("has no share to give for a ceiling of 0 that was broken", () => {
    const [none] = analyzeSheet(
      sheet({ header: [VI_HEADER], rows: [["1", "Số vụ ngộ độc thực phẩm", "vụ", "Không quá 0", 3, null, null]] }),
    ).indicators;
    expect(none?.status).toBe("not_achieved");
    expect(indicatorGapText(none!, "vi")).toBe("");
  });

  it("agrees with the engine when computed from the actual and the target alone", () => {
    for (const indicator of indicators) {
      if (indicator.actual === null || indicator.target === null) continue;
      expect(gapFromTarget(indicator.actual, indicator.target), indicator.name).toEqual(gapOf(indicator));
    }
    expect(gapFromTarget(0.0003, parseTarget("Dưới 0,5%")!)).toEqual({ kind: "points", points: 0.47 });
    expect(gapFromTarget(454, parseTarget(579)!)).toEqual({ kind: "plan", fraction: 454 / 579 - 1 });
    expect(gapFromTarget(5, parseTarget(0)!)).toBeNull();
  });
});
