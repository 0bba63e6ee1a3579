import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { t } from "../../src/core/i18n";
import { issueMessage } from "../../src/core/issues";
import { meetingParagraph } from "../../src/core/narrative/write";
import type { CellValue, SheetSnapshot } from "../../src/core/snapshot";
import type { Lang } from "../../src/core/types";
import { programme08, programme08WithFaults } from "../../src/samples/programme08";
import { outsideSections, withoutSections } from "../helpers/without-sections";
import { sheet as tableOf, VI_HEADER } from "../helpers/table";

const NAME_COL = 1;
const LEAD_COL = 9;

/** The sheet with a text typed in the name column right under its "Tổng số" line, where officials paste it. */
function withText(sheet: SheetSnapshot, text: string): { sheet: SheetSnapshot; row: number } {
  const values = sheet.values.map((v) => [...v]);
  const at = values.findIndex((v) => typeof v[NAME_COL] === "string" && v[NAME_COL].startsWith("Tổng số:")) + 1;
  const row: CellValue[] = Array<CellValue>(values[0]!.length).fill(null);
  row[NAME_COL] = text;
  values.splice(at, 0, row);
  return { sheet: { ...sheet, values, formats: undefined, merges: [] }, row: at + 1 };
}

/** Programme 08 without sections, its lead cells rewritten per indicator (by name), so groups of other shapes arise. */
function withLeads(lead: (name: string, status: string, was: string) => string | null): SheetSnapshot {
  const flat = withoutSections(programme08());
  const byRow = new Map(analyzeSheet(flat).indicators.map((i) => [i.row, i]));
  return {
    ...flat,
    values: flat.values.map((values, i) => {
      const indicator = byRow.get(i + 1);
      if (!indicator) return values;
      return values.map((v, c) => (c === LEAD_COL ? lead(indicator.name, indicator.status, String(v)) : v));
    }),
  };
}

const TABLES: Record<string, () => SheetSnapshot> = {
  "Programme 08 by section": programme08,
  "Programme 08 with faults, by section": programme08WithFaults,
  "Programme 08 by lead agency": () => withoutSections(programme08()),
  "Programme 08 ungrouped": () => withLeads(() => null),
  // An agency with none achieved, one whose only indicator falls short, and indicators with no lead.
  "leads of every shape": () =>
    withLeads((name, status, was) => {
      if (name.includes("cai nghiện")) return "Sở Xây dựng";
      if (was.startsWith("BHXH") && status !== "achieved") return "Sở Tài chính";
      if (name.includes("việc làm")) return null;
      return was;
    }),
  // "chỉ tiêu duy nhất chưa ghi cơ quan chủ trì chưa hoàn thành": the one indicator with no lead, short of its plan.
  "one indicator with no lead agency": () => withLeads((name, _, was) => (name.includes("cai nghiện") ? null : was)),
  // "Chỉ tiêu duy nhất không thuộc nhóm nào đã hoàn thành", "the only indicator outside any group is achieved".
  "by section, one indicator above the first section": () => outsideSections(1),
  // "Trong 10 chỉ tiêu không thuộc nhóm nào, 9 chỉ tiêu hoàn thành": the one short of its plan among them.
  "by section, ten indicators above the first section": () => outsideSections(10),
  // The article's indicator that fell short, alone in a table: "the only indicator is not achieved (0/1)".
  "one indicator, not achieved": () =>
    tableOf({
      header: [VI_HEADER],
      rows: [
        ["1", "Số xã, phường, thị trấn có mô hình hỗ trợ người sau cai nghiện", "xã", 579, 454],
        [null, "Tổng số: 1 chỉ tiêu"],
      ],
    }),
  "one indicator, achieved": () =>
    tableOf({
      header: [VI_HEADER],
      rows: [
        ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 675000, 720493],
        [null, "Tổng số: 1 chỉ tiêu"],
      ],
    }),
  // Half the year gone: one achieved, one short but on pace (not near), one behind, told apart in the paragraph.
  "mid-year, on pace beside behind": () =>
    tableOf({
      above: [["BÁO CÁO KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024"]],
      header: [["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Thực hiện 6 tháng đầu năm 2024"]],
      rows: [
        ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 200000, 120000],
        ["2", "Số phiên giao dịch việc làm", "phiên", 600, 250],
        ["3", "Số người được hỗ trợ việc làm", "người", 1200, 1300],
        [null, "Tổng số: 3 chỉ tiêu"],
      ],
    }),
};

describe("the engine's own paragraph, pasted under the table it describes", () => {
  for (const [title, build] of Object.entries(TABLES)) {
    for (const lang of ["vi", "en"] as Lang[]) {
      it(`is confirmed, never flagged nor left unchecked: ${title}, ${lang}`, () => {
        const table = build();
        const before = analyzeSheet(table);
        const paragraph = meetingParagraph(before, lang);
        const { sheet, row } = withText(table, paragraph);
        const after = analyzeSheet(sheet);
        // The paragraph is a conclusion, not one more indicator.
        expect(after.indicators).toHaveLength(before.indicators.length);
        const here = after.issues.filter((i) => i.row === row);
        const flagged = here.filter((i) => i.severity !== "info").map((i) => issueMessage(i, lang));
        expect(flagged, paragraph).toEqual([]);
        const unchecked = here
          .filter((i) => i.code === "stated-conclusion-unchecked")
          .map((i) => issueMessage(i, lang));
        expect(unchecked, paragraph).toEqual([]);
        const confirmed = here.filter((i) => i.code === "stated-conclusion-confirmed").map((i) => i.params.quote);
        expect(confirmed.length, paragraph).toBeGreaterThan(0);
        // The indicators no group holds are checked under the words the paragraph gives them.
        const { groupedBy } = before.summary;
        if (groupedBy !== null && before.indicators.some((i) => i.group === null)) {
          const words = t(lang, groupedBy === "lead" ? "narrative.groups.ofNoLead" : "narrative.groups.ofNone");
          const scopes = here.filter((i) => i.code === "stated-conclusion-confirmed").map((i) => i.params.scope);
          expect(scopes, paragraph).toContain(` (${words})`);
        }
        if (before.summary.indicators < 2) return;
        // The overall count is read for what it says: "20 of 27", not 27 achieved.
        const total = `${before.summary.achieved}${lang === "vi" ? "/" : " of "}${before.summary.indicators}`;
        expect(
          confirmed.some((q) => String(q).includes(total)),
          confirmed.join("\n"),
        ).toBe(true);
      });
    }
  }
});

describe("a conclusion an official types with a no-break space before its % sign", () => {
  // The domain brief's report paragraph: Word (Ctrl+Shift+Space) or a copy of ChiTieu's own text brings U+00A0, a
  // French layout U+202F; each must be read as the plain space it stands for.
  const typed = (space: string, rehabilitation = "78,41") =>
    `Đến hết năm 2023, Chương trình có 20/27 chỉ tiêu hoàn thành và vượt kế hoạch giai đoạn (74,1${space}%). ` +
    "Trong 12 chỉ tiêu do ngành Lao động – Thương binh và Xã hội chủ trì, 11 chỉ tiêu hoàn thành; chỉ tiêu Số xã, " +
    "phường, thị trấn có mô hình hỗ trợ người sau cai nghiện dựa vào cộng đồng đạt " +
    `${rehabilitation}${space}% kế hoạch. Trong 5 chỉ tiêu phối hợp thực hiện, 1 chỉ tiêu hoàn thành, 4 chỉ tiêu ` +
    `còn lại đạt trên 90${space}%.`;
  const verdicts = (text: string) => {
    const { sheet, row } = withText(programme08(), text);
    return analyzeSheet(sheet)
      .issues.filter((i) => i.row === row)
      .map((i) => ({
        code: i.code,
        stated: i.params.stated,
        computed: i.params.computed,
        message: issueMessage(i, "vi"),
      }));
  };

  it("is checked claim by claim exactly as the same sentence typed with ordinary spaces", () => {
    const plain = verdicts(typed(" "));
    expect(plain.map((v) => `${v.code} ${v.stated}`)).toEqual([
      "stated-conclusion-confirmed 20/27",
      "stated-conclusion-confirmed 11/12",
      "stated-conclusion-confirmed 0.7841",
      "stated-conclusion-confirmed 1/5",
      "stated-conclusion-confirmed 4/5",
    ]);
    expect(verdicts(typed("\u00a0"))).toEqual(plain);
    expect(verdicts(typed("\u202f"))).toEqual(plain);
  });

  it("still flags a percent of plan that the rows do not give", () => {
    const wrong = verdicts(typed("\u00a0", "80,5")).filter((v) => v.code === "stated-conclusion-mismatch");
    expect(wrong).toHaveLength(1);
    expect(wrong[0]!.message).toContain("78,41\u00a0%");
    expect(wrong).toEqual(verdicts(typed(" ", "80,5")).filter((v) => v.code === "stated-conclusion-mismatch"));
  });
});
