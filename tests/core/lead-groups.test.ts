import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { abbreviationsIn, fullNameInitials } from "../../src/core/lead-groups";
import { meetingParagraph } from "../../src/core/narrative/write";
import { buildSummaryPlan } from "../../src/core/summary/build";
import { sheetReport } from "../../src/core/report";
import type { CellValue, SheetSnapshot } from "../../src/core/snapshot";
import { programme08, PROGRAMME08_GROUPS } from "../../src/samples/programme08";
import { withoutSections } from "../helpers/without-sections";

const LEAD_COL = 9;

/** The sheet with its lead cells replaced, row by row of the table's indicators (in order). */
function withLeads(sheet: SheetSnapshot, leads: (row: number, lead: string) => CellValue): SheetSnapshot {
  const table = analyzeSheet(sheet);
  const rows = new Set(table.indicators.map((i) => i.row));
  return {
    ...sheet,
    values: sheet.values.map((values, i) =>
      rows.has(i + 1) ? values.map((v, c) => (c === LEAD_COL ? leads(i + 1, String(v)) : v)) : values,
    ),
  };
}

/** A conclusion typed in the name column under the table, where officials write it. */
function withConclusion(sheet: SheetSnapshot, text: string): SheetSnapshot {
  const values = sheet.values.map((v) => [...v]);
  const at = values.findIndex((v) => typeof v[1] === "string" && v[1].startsWith("Tổng số: 27"));
  values.splice(at + 1, 0, [null, text]);
  return { ...sheet, values };
}

describe("a table without sections, grouped by its lead-agency column", () => {
  const flat = withoutSections(programme08());
  const analysis = analyzeSheet(flat);

  it("counts each agency's indicators as the meeting does: 17 of the 20 the department leads", () => {
    expect(analysis.summary.groupedBy).toBe("lead");
    expect(analysis.summary.byGroup.map((g) => [g.group, g.achieved, g.near, g.notAchieved, g.indicators])).toEqual([
      ["Sở LĐTB&XH", 17, 2, 1, 20],
      ["Sở Y tế", 1, 0, 0, 1],
      ["BHXH thành phố", 1, 4, 0, 5],
      ["Ủy ban MTTQ thành phố", 1, 0, 0, 1],
    ]);
    expect(analysis.summary).toMatchObject({ indicators: 27, achieved: 20, near: 6, notAchieved: 1 });
    expect(analysis.indicators.every((i) => i.group === i.lead)).toBe(true);
  });

  it("keeps the sections of a table that has them", () => {
    const sectioned = analyzeSheet(programme08());
    expect(sectioned.summary.groupedBy).toBe("section");
    expect(sectioned.summary.byGroup.map((g) => g.group)).toEqual(PROGRAMME08_GROUPS.map((g) => g.title));
    expect(sectioned.indicators[0]!.lead).toBe("Sở LĐTB&XH");
  });

  it("words each agency's count in the paragraph, in the article's order, in both languages", () => {
    expect(meetingParagraph(analysis, "vi")).toContain(
      "Trong 20 chỉ tiêu do Sở LĐTB&XH chủ trì, 17 chỉ tiêu hoàn thành, 2 chỉ tiêu đạt từ 90\u00a0% kế hoạch trở lên; " +
        "chỉ tiêu duy nhất do Sở Y tế chủ trì đã hoàn thành; " +
        "trong 5 chỉ tiêu do BHXH thành phố chủ trì, 1 chỉ tiêu hoàn thành, 4 chỉ tiêu còn lại đạt từ 90\u00a0% kế hoạch trở lên; " +
        "chỉ tiêu duy nhất do Ủy ban MTTQ thành phố chủ trì đã hoàn thành.",
    );
    expect(meetingParagraph(analysis, "en")).toContain(
      "By lead agency: 17 of the 20 indicators led by Sở LĐTB&XH are achieved, 2 at or above 90% of plan; " +
        "the only indicator led by Sở Y tế is achieved; " +
        "1 of the 5 indicators led by BHXH thành phố is achieved, the other 4 at or above 90% of plan; " +
        "the only indicator led by Ủy ban MTTQ thành phố is achieved.",
    );
  });

  it("heads the summary sheet's group table and chart with the lead agency", () => {
    const plan = buildSummaryPlan(analysis, { lang: "vi", generatedAt: "02/12/2026 09:00" });
    const texts = plan.cells.map((c) => c.value);
    expect(texts).toContain("Cơ quan chủ trì");
    expect(texts).not.toContain("Nhóm chỉ tiêu");
    expect(texts).toEqual(expect.arrayContaining(["Sở LĐTB&XH", "17/20", "BHXH thành phố", "1/5"]));
    expect(plan.charts.find((c) => c.id === "groups")?.title).toBe("Kết quả theo cơ quan chủ trì");
    const en = buildSummaryPlan(analysis, { lang: "en", generatedAt: "2026-12-02 09:00" });
    expect(en.cells.map((c) => c.value)).toContain("Lead agency");
  });

  it("says so in the JSON report, beside each indicator's lead", () => {
    const report = sheetReport(analysis, "vi");
    expect(report.summary.groupedBy).toBe("lead");
    expect(report.indicators[0]).toMatchObject({ group: "Sở LĐTB&XH", lead: "Sở LĐTB&XH" });
    expect(sheetReport(analyzeSheet(programme08()), "vi").summary.groupedBy).toBe("section");
  });

  it("checks a conclusion stated about one agency against that agency's rows", () => {
    const wrong = analyzeSheet(
      withConclusion(flat, "Trong 20 chỉ tiêu do Sở LĐTB&XH chủ trì, 18 chỉ tiêu hoàn thành."),
    );
    const mismatch = wrong.issues.find((i) => i.code === "stated-conclusion-mismatch");
    expect(mismatch?.params).toMatchObject({ stated: "18/20", computed: "17/20", scope: " (Sở LĐTB&XH)" });
    const right = analyzeSheet(
      withConclusion(flat, "Trong 5 chỉ tiêu do BHXH thành phố chủ trì, 1 chỉ tiêu hoàn thành."),
    );
    expect(right.issues.filter((i) => i.code === "stated-conclusion-mismatch")).toEqual([]);
    expect(right.issues.find((i) => i.code === "stated-conclusion-confirmed" && i.params.scope)?.params).toMatchObject({
      computed: "1/5",
      scope: " (BHXH thành phố)",
    });
  });

  it("ties a conclusion that writes the agency in full, or as another row spells it, to the agency's rows", () => {
    const verdicts = (sheet: SheetSnapshot, text: string) =>
      analyzeSheet(withConclusion(sheet, text))
        .issues.filter((i) => i.code.startsWith("stated-conclusion-") && i.params.scope)
        .map((i) => [i.code, i.params.stated, i.params.computed, i.params.scope]);
    const full = "Trong 20 chỉ tiêu do Sở Lao động - Thương binh và Xã hội chủ trì, 18 chỉ tiêu hoàn thành.";
    expect(verdicts(flat, full)).toEqual([["stated-conclusion-mismatch", "18/20", "17/20", " (Sở LĐTB&XH)"]]);
    expect(verdicts(flat, full.replace("18", "17"))).toEqual([
      ["stated-conclusion-confirmed", "17/20", "17/20", " (Sở LĐTB&XH)"],
    ]);
    // The article's own words for the department's rows: "ngành Lao động – Thương binh và Xã hội".
    const sector = "Trong 20 chỉ tiêu do ngành Lao động – Thương binh và Xã hội chủ trì, 18 chỉ tiêu hoàn thành.";
    expect(verdicts(flat, sector)).toEqual([["stated-conclusion-mismatch", "18/20", "17/20", " (Sở LĐTB&XH)"]]);
    let n = 0;
    const spelled = withLeads(flat, (_, lead) => (n++ === 0 ? "Sở LĐ-TB và XH" : lead));
    expect(verdicts(spelled, "Trong 20 chỉ tiêu do Sở LĐ-TB và XH chủ trì, 18 chỉ tiêu hoàn thành.")).toEqual([
      ["stated-conclusion-mismatch", "18/20", "17/20", " (Sở LĐTB&XH)"],
    ]);
  });

  it("takes one agency written several ways as one, named as most often written; blank leads come last", () => {
    const spellings = [
      "Sở  LĐTB&XH\n",
      "SỞ LĐTB&XH",
      "Sở Lao động - Thương binh và Xã hội",
      "Sở Lao động – Thương binh và Xã hội",
      "Sở LĐ-TB&XH",
      "Sở LĐTB và XH",
      "Sở LĐTB&XH (chủ trì)",
      "Sở LĐTB&XH\n(chủ trì)",
    ];
    let n = 0;
    let bhxh = 0;
    const varied = withLeads(flat, (_, lead) => {
      n++;
      if (n === 12) return null;
      if (lead === "BHXH thành phố") return [lead, "Bảo hiểm xã hội thành phố", lead, "BHXH TP", lead][bhxh++]!;
      return n <= spellings.length ? spellings[n - 1]! : lead;
    });
    const analysis = analyzeSheet(varied);
    expect(analysis.summary.byGroup.map((g) => [g.group, g.indicators])).toEqual([
      ["Sở LĐTB&XH", 19],
      ["Sở Y tế", 1],
      ["BHXH thành phố", 5],
      ["Ủy ban MTTQ thành phố", 1],
      [null, 1],
    ]);
    // The lead is kept as typed; only the group is one name.
    expect(analysis.indicators[2]).toMatchObject({ lead: "Sở Lao động - Thương binh và Xã hội", group: "Sở LĐTB&XH" });
    expect(analysis.issues.filter((i) => i.code === "missing-lead").map((i) => i.cell)).toEqual(["J19"]);
    expect(meetingParagraph(analysis, "vi")).not.toContain("chủ trì) chủ trì");
  });

  it("keeps two agencies written in full apart, though their initials are the same", () => {
    let n = 0;
    const two = withLeads(flat, () => (n++ % 2 === 0 ? "Sở Nội vụ" : "Sở Ngoại vụ"));
    expect(analyzeSheet(two).summary.byGroup.map((g) => [g.group, g.indicators])).toEqual([
      ["Sở Nội vụ", 14],
      ["Sở Ngoại vụ", 13],
    ]);
  });

  it("keeps apart numbered units, names with commas in them, and an abbreviation two agencies could share", () => {
    const grouped = (leads: string[]) => {
      let n = 0;
      const sheet = withLeads(flat, () => leads[n++ % leads.length]!);
      return analyzeSheet(sheet).summary.byGroup.map((g) => [g.group, g.indicators]);
    };
    expect(grouped(["UBND quận 1", "UBND quận 10", "UBND quận 3"])).toEqual([
      ["UBND quận 1", 9],
      ["UBND quận 10", 9],
      ["UBND quận 3", 9],
    ]);
    expect(grouped(["Sở Văn hóa, Thể thao và Du lịch", "UBND các quận, huyện, thị xã", "Sở TT&TT"])).toEqual([
      ["Sở Văn hóa, Thể thao và Du lịch", 9],
      ["UBND các quận, huyện, thị xã", 9],
      ["Sở TT&TT", 9],
    ]);
    // "Sở NV" may be either; whichever comes first, nothing is joined to it.
    for (const leads of [
      ["Sở NV", "Sở Nội vụ", "Sở Ngoại vụ"],
      ["Sở Nội vụ", "Sở Ngoại vụ", "Sở NV"],
    ])
      expect(grouped(leads).map(([group]) => group)).toEqual(leads);
    expect(grouped(["Sở Thông tin và Truyền thông", "Sở TT&TT", "Sở Y tế"])).toEqual([
      ["Sở Thông tin và Truyền thông", 18],
      ["Sở Y tế", 9],
    ]);
  });

  it("reads roles written without brackets, and counts '-' or a role alone as no agency", () => {
    let n = 0;
    const roles = withLeads(flat, (_, lead) => {
      n++;
      if (n === 20) return "Chủ trì: Sở Y tế; phối hợp: BHXH TP";
      if (n === 21) return "Sở Y tế chủ trì, BHXH TP phối hợp";
      if (n === 22) return "-";
      if (n === 23) return "(chủ trì)";
      return lead;
    });
    const analysis = analyzeSheet(roles);
    expect(analysis.summary.byGroup.map((g) => [g.group, g.indicators])).toEqual([
      ["Sở LĐTB&XH", 16],
      ["Sở Y tế", 3],
      ["BHXH thành phố", 5],
      ["Ủy ban MTTQ thành phố", 1],
      [null, 2],
    ]);
    expect(meetingParagraph(analysis, "vi")).not.toMatch(/do (-|\(chủ trì\)|Chủ trì:)/);
    const missing = analysis.issues.filter((i) => i.code === "missing-lead");
    expect(missing.map((i) => i.params.text)).toEqual(["-", "(chủ trì)"]);
  });

  it("counts an indicator with joint agencies for the one marked as lead, else for the first named", () => {
    let n = 0;
    const joint = withLeads(flat, (_, lead) => {
      n++;
      if (n === 1) return "BHXH thành phố (chủ trì), Sở LĐTB&XH (phối hợp)";
      if (n === 2) return "Sở Y tế, BHXH thành phố";
      // One name typed over two lines of its cell (Alt+Enter).
      if (n === 3) return "Sở\nLĐTB&XH";
      return lead;
    });
    expect(analyzeSheet(joint).summary.byGroup.map((g) => [g.group, g.indicators])).toEqual([
      ["BHXH thành phố", 6],
      ["Sở Y tế", 2],
      ["Sở LĐTB&XH", 18],
      ["Ủy ban MTTQ thành phố", 1],
    ]);
  });

  it("reads a lead cell merged down over its agency's indicators as naming each of them", () => {
    const rows = analysis.indicators.map((i) => i.row);
    const merges = [...(flat.merges ?? [])];
    const values = flat.values.map((v) => [...v]);
    // Each run of consecutive rows with one agency, as the department types it: one cell, merged down.
    for (let start = 0; start < rows.length;) {
      let end = start;
      while (end + 1 < rows.length && analysis.indicators[end + 1]!.lead === analysis.indicators[start]!.lead) end++;
      if (end > start) {
        merges.push({ top: rows[start]!, left: LEAD_COL + 1, bottom: rows[end]!, right: LEAD_COL + 1 });
        for (let k = start + 1; k <= end; k++) values[rows[k]! - 1]![LEAD_COL] = null;
      }
      start = end + 1;
    }
    const merged = analyzeSheet({ ...flat, values, merges });
    expect(merged.summary.byGroup).toEqual(analysis.summary.byGroup);
    expect(merged.indicators.map((i) => i.lead)).toEqual(analysis.indicators.map((i) => i.lead));
    expect(merged.issues.filter((i) => i.code === "missing-lead")).toEqual([]);
  });

  it("does not group by a lead column that is mostly blank, and reads no agency from a number or a date", () => {
    let n = 0;
    const sparse = withLeads(flat, (_, lead) => (n++ < 14 ? null : lead));
    expect(analyzeSheet(sparse).summary.groupedBy).toBeNull();
    expect(analyzeSheet(sparse).issues.filter((i) => i.code === "missing-lead")).toEqual([]);
    n = 0;
    const numbers = withLeads(flat, (_, lead) => (n++ < 3 ? [1, true, 44927][n - 1]! : lead));
    const read = analyzeSheet(numbers);
    expect(read.indicators.slice(0, 3).map((i) => i.lead)).toEqual([null, null, null]);
    expect(read.summary.byGroup.at(-1)).toMatchObject({ group: null, indicators: 3 });
  });

  it("does not group a table whose every row names a different agency, nor one with a single agency", () => {
    const own = withLeads(flat, (row) => `Phòng ${row}`);
    expect(analyzeSheet(own).summary).toMatchObject({ groupedBy: null, byGroup: [{ group: null, indicators: 27 }] });
    const one = withLeads(flat, () => "Sở LĐTB&XH");
    expect(analyzeSheet(one).summary.groupedBy).toBeNull();
    expect(analyzeSheet(one).indicators.every((i) => i.group === null)).toBe(true);
  });
});

describe("an agency written in full in the table, abbreviated in a sentence", () => {
  it("spells a full name's initials as its abbreviation does, with and without the department's word", () => {
    expect(fullNameInitials("Sở Giáo dục và Đào tạo")).toEqual(["sgddt", "gddt"]);
    expect(fullNameInitials("Sở Lao động - Thương binh và Xã hội")).toEqual(["sldtbxh", "ldtbxh"]);
    // "yt" alone is too short to be told from any abbreviation; "Sở YT" still spells "syt".
    expect(fullNameInitials("Sở Y tế")).toEqual(["syt"]);
    expect(fullNameInitials("Sở GD&ĐT")).toBeNull();
  });

  it("reads each run of capitals in a sentence whole, with the agency's word before it", () => {
    expect(abbreviationsIn("Trong 3 chỉ tiêu do Sở GD&ĐT chủ trì, 2 chỉ tiêu hoàn thành")).toEqual(["gddt", "sgddt"]);
    expect(abbreviationsIn("11/12 chỉ tiêu do Sở LĐ-TB và XH chủ trì")).toEqual(["ldtbxh", "sldtbxh"]);
    expect(abbreviationsIn("hoàn thành 3/3 chỉ tiêu do SGDĐT chủ trì")).toEqual(["sgddt"]);
    expect(abbreviationsIn("Sở YT chủ trì 1 chỉ tiêu")).toEqual(["syt"]);
    // "TP" of "UBND TP" is not Sở Tư pháp ("stp"), nor "KH" (kế hoạch) or "CT" (chủ trì) anyone's initials.
    expect(abbreviationsIn("5/6 chỉ tiêu do UBND TP chủ trì")).toEqual(["ubndtp"]);
    expect(abbreviationsIn("đạt 95 % KH, TH/KH (CT)")).toEqual([]);
  });
});
