import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNearInput, parsePeriodInput, periodLabel } from "../../src/core/judging-input";
import type { Lang } from "../../src/core/types";

function elapsed(text: string): number | null | "invalid" {
  const read = parsePeriodInput(text);
  if (!read.ok) return "invalid";
  return read.period ? read.period.elapsed : null;
}

describe("a period as a user types it", () => {
  it("reads months, quarters, years of a plan, shares and the whole period", () => {
    expect(elapsed("9m")).toBe(0.75);
    expect(elapsed("6M")).toBe(0.5);
    expect(elapsed("9 tháng")).toBe(0.75);
    expect(elapsed("9 thang")).toBe(0.75);
    expect(elapsed("6 tháng đầu năm")).toBe(0.5);
    expect(elapsed("9 months")).toBe(0.75);
    expect(elapsed("Quý III")).toBe(0.75);
    expect(elapsed("q1")).toBe(0.25);
    expect(elapsed("3/5")).toBe(0.6);
    expect(elapsed("3 of 5 years")).toBe(0.6);
    expect(elapsed("0.75")).toBe(0.75);
    expect(elapsed("0,75")).toBe(0.75);
    expect(elapsed("75%")).toBe(0.75);
    expect(elapsed("1")).toBe(1);
    expect(elapsed("cả năm")).toBe(1);
    expect(elapsed("full")).toBe(1);
  });

  it("keeps the user's words as the label, with no cell", () => {
    expect(parsePeriodInput("  9 tháng ")).toEqual({
      ok: true,
      period: { label: "9 tháng", elapsed: 0.75, cell: null, source: "user" },
    });
  });

  it("names the period in the reader's language, whatever words it was typed in", () => {
    const named = (text: string, lang: Lang) => {
      const read = parsePeriodInput(text);
      if (!read.ok || !read.period) throw new Error(`no period in ${text}`);
      return periodLabel(read.period, lang);
    };
    const cases: [string[], string, string][] = [
      [["9m", "9 tháng", "9 thang", "9 months", "9 M"], "9 tháng", "the first 9 months"],
      [["1m", "1 tháng"], "1 tháng", "the first month"],
      [["6m", "6 tháng đầu năm", "nửa đầu năm", "H1"], "6 tháng đầu năm", "the first half of the year"],
      [["q3", "Q 3", "Quý III", "quy iii", "quarter 3"], "quý III", "Q3"],
      [["q4", "Quý IV"], "quý IV", "Q4"],
      [["full", "cả năm", "1", "100%"], "trọn kỳ kế hoạch", "the full period"],
      [["3/5", "3 of 5 years"], "đến nay", "the period so far"],
      [["0.75", "0,75", "75%", "75 %"], "đến nay", "the period so far"],
      [["0.125"], "đến nay", "the period so far"],
    ];
    for (const [inputs, vi, en] of cases)
      for (const text of inputs) {
        expect(named(text, "vi"), text).toBe(vi);
        expect(named(text, "en"), text).toBe(en);
      }
  });

  it("names the full period and a month count by the table's plan period", () => {
    const user = (text: string, plan: { from: number; to: number } | null) => {
      const read = parsePeriodInput(text);
      if (!read.ok || !read.period) throw new Error(`no period in ${text}`);
      return { ...read.period, plan };
    };
    // Programme 08 runs 2021-2025: its whole period is five years, not "cả năm".
    expect(periodLabel(user("full", { from: 2021, to: 2025 }), "vi")).toBe("cả giai đoạn 2021–2025");
    expect(periodLabel(user("full", { from: 2021, to: 2025 }), "en")).toBe("the full period 2021–2025");
    expect(periodLabel(user("full", { from: 2024, to: 2024 }), "vi")).toBe("cả năm 2024");
    expect(periodLabel(user("9m", { from: 2024, to: 2024 }), "vi")).toBe("9 tháng năm 2024");
    expect(periodLabel(user("Quý III", { from: 2024, to: 2024 }), "en")).toBe("Q3 2024");
    expect(periodLabel(user("9m", { from: 2021, to: 2025 }), "en")).toBe("the first 9 months");
  });

  it("names a dated period and a table's period from what they mean, not in the words they came in", () => {
    const dated = parsePeriodInput("đến 30/9/2024");
    expect(dated.ok && dated.period && periodLabel(dated.period, "en")).toBe("as of 30/9/2024");
    expect(dated.ok && dated.period && periodLabel(dated.period, "vi")).toBe("tính đến 30/9/2024");
    const cumulative = {
      label: "Lũy kế 2021-2023",
      source: "detected" as const,
      meaning: { kind: "span" as const, from: 2021, to: 2023, cumulative: true },
    };
    expect(periodLabel(cumulative, "vi")).toBe("lũy kế giai đoạn 2021–2023");
    expect(periodLabel(cumulative, "en")).toBe("cumulative 2021–2023");
    // Words nothing was read from stay as typed, but never inside an English sentence in Vietnamese.
    expect(periodLabel({ label: "9 tháng năm 2024", source: "detected" }, "vi")).toBe("9 tháng năm 2024");
    expect(periodLabel({ label: "9 tháng năm 2024", source: "detected" }, "en")).toBe("the reporting period");
    expect(periodLabel({ label: "q3", source: "detected" }, "vi")).toBe("q3");
  });

  it("reads 'none' as no period at all", () => {
    for (const none of ["none", "NONE", "không", "khong", "-"])
      expect(parsePeriodInput(none)).toEqual({ ok: true, period: null });
  });

  it("refuses what is no share of a period", () => {
    for (const bad of ["", "0", "75", "1.5", "13m", "6/5", "q5", "Lũy kế 2021-2023", "soon", "-0.5"])
      expect(elapsed(bad), bad).toBe("invalid");
  });

  it("never throws, and any period it reads is in (0, 1]", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary", maxLength: 30 }), fc.stringMatching(/^[0-9qm,./% a-z]{0,8}$/)),
        (text) => {
          const read = parsePeriodInput(text);
          if (read.ok && read.period) {
            expect(read.period.elapsed).toBeGreaterThan(0);
            expect(read.period.elapsed).toBeLessThanOrEqual(1);
          }
          const near = parseNearInput(text);
          if (near !== null) expect(near > 0 && near <= 1).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("a near threshold as a user types it", () => {
  it("reads a share or a percent", () => {
    expect(parseNearInput("0.9")).toBe(0.9);
    expect(parseNearInput("0,85")).toBe(0.85);
    expect(parseNearInput("90%")).toBe(0.9);
    expect(parseNearInput("90")).toBe(0.9);
    expect(parseNearInput("1")).toBe(1);
  });

  it("refuses zero, more than the whole target, and words", () => {
    for (const bad of ["0", "0%", "1.5", "101", "120%", "gần", ""]) expect(parseNearInput(bad), bad).toBeNull();
  });
});
