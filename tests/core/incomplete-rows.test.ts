/**
 * The rules about a missing figure look at the rows without a plan above zero or an actual (`only: "incomplete"`),
 * a few in most tables: each must find nothing on any other row, or the engine would hide what it finds there.
 */
import { describe, expect, it } from "vitest";
import { detectTable } from "../../src/core/detect";
import { readBody } from "../../src/core/read-body";
import { isIncomplete, PercentWritings } from "../../src/core/rows";
import { RULES, type Finding, type RowContext } from "../../src/core/rules";
import { DEFAULT_OUTLIER_OPTIONS } from "../../src/core/series/outliers";
import { type SheetSnapshot, viewOf } from "../../src/core/snapshot";
import { programme08 } from "../../src/samples/programme08";
import { generatedSheet } from "../../bench/generate";
import { sheet, VI_HEADER } from "../helpers/table";

/** A row of each gap, beside rows with all their figures. */
const gaps = sheet({
  header: [VI_HEADER],
  rows: [
    ["1", "Số phiên giao dịch việc làm", "phiên", 600, 681, 1.135, "Hoàn thành"],
    ["2", "Số doanh nghiệp tham gia", "doanh nghiệp", null, 20226, null, null],
    ["3", "Số vị trí việc làm cần tuyển", "vị trí", 400000, null, null, null],
    ["4", "Số người được tuyển dụng", "người", "N/A", 48308, null, null],
    ["5", "Số căn nhà", "căn", 0, 12, null, null],
    ["6", "Tỷ lệ hộ nghèo", "%", "Giảm 1-1,5%/năm", 0.03, null, null],
    ["7", "Số DN", "lượt", "95%, 100%", 20, null, null],
    ["8", "Tỷ lệ hộ cận nghèo", "%", "Dưới 1,5%", 0.99, null, "Hoàn thành"],
    ["9", "Tỷ lệ tăng trưởng tín dụng", "%", "Trên 0%", "2,5%", null, "Hoàn thành"],
    ["10", "Số hộ có nhà ở", "hộ", -3, -5, null, null],
  ],
});

/** Each incomplete-row rule's findings over every row of the sheet, and the rows that are incomplete. */
function findings(snapshot: SheetSnapshot): { found: { code: string; rows: number[] }[]; incomplete: Set<number> } {
  const view = viewOf(snapshot);
  const detection = detectTable(view, {});
  if (!detection.ok) throw new Error(`no table in ${snapshot.name}`);
  const ctx: RowContext = {
    view,
    layout: detection.layout,
    convention: "vi",
    conventionBasis: "figures",
    outliers: DEFAULT_OUTLIER_OPTIONS,
    period: null,
    percentWritings: new PercentWritings(),
  };
  const passes = RULES.flatMap((rule) => {
    if (!("rows" in rule)) return [];
    const out: Finding[] = [];
    const pass = rule.rows(ctx, out);
    return pass.only === "incomplete" ? [{ code: rule.code, pass, out }] : [];
  });
  const incomplete = new Set<number>();
  readBody(view, detection.layout, "vi", undefined, {
    row: (r) => {
      if (isIncomplete(r.indicator)) incomplete.add(r.indicator.row);
      for (const { pass } of passes) pass.row(r);
    },
    total: () => {},
  });
  return { found: passes.map(({ code, out }) => ({ code, rows: out.map((f) => f.row) })), incomplete };
}

describe("the rules about rows lacking a figure", () => {
  it("are the missing plan and actual, zero plan, unreadable and yearly change target rules", () => {
    expect(findings(gaps).found.map((f) => f.code)).toEqual([
      "unreadable-target",
      "missing-plan",
      "missing-actual",
      "zero-plan",
      "change-target",
    ]);
  });

  it("find nothing on a row with a plan above zero and an actual", () => {
    for (const snapshot of [gaps, programme08("Bieu 01"), generatedSheet(600)]) {
      const { found, incomplete } = findings(snapshot);
      for (const { rows } of found) expect(rows.filter((row) => !incomplete.has(row))).toEqual([]);
    }
  });

  it("each find the row of its gap", () => {
    expect(findings(gaps).found.map(({ code, rows }) => [code, rows])).toEqual([
      ["unreadable-target", [8]],
      ["missing-plan", [3, 5]],
      ["missing-actual", [4]],
      ["zero-plan", [6, 11]],
      ["change-target", [7]],
    ]);
  });
});
