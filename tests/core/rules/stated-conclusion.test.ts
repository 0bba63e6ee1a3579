import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../../src/core/analyze";
import { issueMessage } from "../../../src/core/issues";
import type { CellValue, SheetSnapshot } from "../../../src/core/snapshot";
import { findStatements } from "../../../src/core/conclusions/statements";
import { programme08, programme08WithFaults, PROGRAMME08_ROWS } from "../../../src/samples/programme08";
import { check } from "../../helpers/rules";
import { sheet as tableOf, VI_HEADER } from "../../helpers/table";
import { ownSummaryIssues } from "../../../src/core/conclusions/own-summary";
import { splitReference } from "../../../src/core/address";
import { meetingParagraph } from "../../../src/core/narrative/write";
import { outsideSections, withoutSections } from "../../helpers/without-sections";

/** The seed article's own paragraph (../shared/domain/seed-article-vi.txt), as an official would type it below. */
const SEED_PARAGRAPH =
  "Kết quả, đến nay đã có 20/27 chỉ tiêu đã hoàn thành và vượt kế hoạch giai đoạn 2021-2025. Cụ thể, đối với 12 " +
  "chỉ tiêu do ngành Lao động – Thương binh và Xã hội chủ trì triển khai thực hiện, đến nay đã hoàn thành 11/12 " +
  "chỉ tiêu. Chỉ còn 1 chỉ tiêu về tỷ lệ xã, phường, thị trấn xây dựng mô hình quản lý, chăm sóc, hỗ trợ người sau " +
  "cai nghiện ma túy hòa nhập cộng đồng (đạt 78,41% kế hoạch) phấn đấu hoàn thành trong năm 2025. Các chỉ tiêu do " +
  "ngành Lao động – Thương binh và Xã hội phối hợp thực hiện 1/5 chỉ tiêu hoàn thành (tỷ lệ học sinh khuyết tật, " +
  "học sinh là đối tượng bảo trợ xã hội, học sinh thuộc hộ nghèo được miễn học phí); 4/5 chỉ tiêu còn lại do Bảo " +
  "hiểm xã hội Thành phố chủ trì đến nay đều đạt trên 90%.";

/** Programme 08 with one more text row below its totals, in the name column (B). */
function programme08With(text: string): { sheet: SheetSnapshot; cell: string } {
  const sheet = programme08();
  const row: CellValue[] = Array<CellValue>(sheet.values[0]!.length).fill(null);
  row[1] = text;
  sheet.values.push(row);
  return { sheet, cell: `B${sheet.values.length}` };
}

function conclusions(sheet: SheetSnapshot) {
  const analysis = analyzeSheet(sheet);
  const of = (code: string) => analysis.issues.filter((i) => i.code === code);
  return {
    analysis,
    mismatches: of("stated-conclusion-mismatch"),
    confirmed: of("stated-conclusion-confirmed"),
  };
}

describe("finding conclusions in text", () => {
  it("reads 'chỉ tiêu duy nhất chưa hoàn thành là …' as the one not achieved among others, not one of one", () => {
    const table = tableOf({
      header: [VI_HEADER],
      rows: [
        ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 200000, 90000],
        ["2", "Số phiên giao dịch việc làm", "phiên", 600, 681],
        ["3", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", 10000, 11959],
        [null, "Đến nay, 2/3 chỉ tiêu hoàn thành; chỉ tiêu duy nhất chưa hoàn thành là Tuyển sinh."],
      ],
    });
    const { mismatches, confirmed } = conclusions(table);
    expect(mismatches).toEqual([]);
    expect(confirmed.map((i) => i.params.computed)).toEqual(["2/3", "1"]);
  });

  it("reads counts, groups' clauses and a percent of plan from the seed paragraph", () => {
    const found = findStatements(SEED_PARAGRAPH);
    expect(found.map((s) => (s.kind === "count" ? `${s.counted} ${s.stated}/${s.of}` : `percent ${s.stated}`))).toEqual(
      ["achieved 20/27", "achieved 11/12", "percent 0.7841", "achieved 1/5", "above 4/5"],
    );
  });
  it("reads 'Trong 12 chỉ tiêu …, 11 chỉ tiêu hoàn thành' as 11 of 12, quoting the whole claim", () => {
    // The report paragraph of ../shared/domain/README.md, in the usual style.
    const found = findStatements(
      "Trong 12 chỉ tiêu do ngành Lao động – Thương binh và Xã hội chủ trì, 11 chỉ tiêu hoàn thành; chỉ tiêu về tỷ " +
        "lệ xã đạt 78,41 % kế hoạch. Trong 5 chỉ tiêu phối hợp thực hiện, 1 chỉ tiêu hoàn thành, 4 chỉ tiêu còn lại " +
        "đạt trên 90 %.",
    );
    expect(found.map((s) => (s.kind === "count" ? `${s.counted} ${s.stated}/${s.of}` : `percent ${s.stated}`))).toEqual(
      ["achieved 11/12", "percent 0.7841", "achieved 1/5", "above 4/5"],
    );
    expect(found[2]!.quote).toBe("Trong 5 chỉ tiêu phối hợp thực hiện, 1 chỉ tiêu hoàn thành");
    expect(findStatements("Trong 5 chỉ tiêu, 7 chỉ tiêu hoàn thành.")[0]).toMatchObject({ stated: 7, of: null });
  });
  it("quotes a later claim within 'Trong 20 chỉ tiêu …' with the opening alone, not the claims between", () => {
    const found = findStatements(
      "Trong 20 chỉ tiêu do Sở LĐTB&XH chủ trì, 18 chỉ tiêu hoàn thành, 2 chỉ tiêu đạt từ 90 % kế hoạch trở lên.",
    );
    expect(found.map((s) => s.quote)).toEqual([
      "Trong 20 chỉ tiêu do Sở LĐTB&XH chủ trì, 18 chỉ tiêu hoàn thành",
      "Trong 20 chỉ tiêu do Sở LĐTB&XH chủ trì, … 2 chỉ tiêu đạt từ 90 % kế hoạch trở lên.",
    ]);
  });
  it("reads the English 'N of the M indicators' and 'none of the M' as N/M and 0/M, not as M achieved", () => {
    const found = findStatements(
      "For Actual 2021-2023, 20 of 27 indicators are achieved (74.1%). By lead agency: 17 of the 20 indicators led " +
        "by DOLISA are achieved, 2 at or above 90% of plan; none of the 4 indicators led by Social Insurance is " +
        "achieved. 1 indicator is not achieved: Số xã (454 of 579 xã, 78.41% of plan).",
    );
    expect(found.map((s) => (s.kind === "count" ? `${s.counted} ${s.stated}/${s.of}` : `percent ${s.stated}`))).toEqual(
      ["achieved 20/27", "achieved 17/20", "achieved 0/4", "not_achieved 1/null"],
    );
  });
  it("takes no dates, codes, other units or figures of people for counts of indicators", () => {
    for (const text of [
      "(Số liệu đến 31/12/2023)",
      "Quyết định số 761/QĐ-TTg, lựa chọn 2/4 trường chất lượng cao",
      "tuyển sinh đào tạo được 720.493/675.000 lượt người, vượt 6,7% so với kế hoạch",
      "Chỉ còn 1 chỉ tiêu về tỷ lệ xã, phường, thị trấn phấn đấu hoàn thành trong năm 2025",
      "Báo cáo số 425/BC-SLĐTBXH ngày 20/11/2023",
    ])
      expect(findStatements(text).filter((s) => s.kind === "count")).toEqual([]);
  });
  it("never throws on arbitrary text", () => {
    let seed = 7;
    const pieces = [
      "20/27",
      " chỉ tiêu",
      " đạt",
      " chưa",
      " trên 90%",
      ", ",
      "; ",
      "(",
      ")",
      "/",
      "1",
      "kế hoạch",
      ".",
    ];
    for (let n = 0; n < 2000; n++) {
      let text = "";
      for (let k = 0; k < 12; k++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        text += pieces[seed % pieces.length];
      }
      expect(() => findStatements(text)).not.toThrow();
    }
  });
});

describe("stated-conclusion rules on Programme 08", () => {
  it("confirms every claim of the seed article's paragraph against the rows", () => {
    const { sheet, cell } = programme08With(SEED_PARAGRAPH);
    const { mismatches, confirmed, analysis } = conclusions(sheet);
    expect(mismatches).toEqual([]);
    const here = confirmed.filter((i) => i.cell === cell);
    expect(here).toHaveLength(5);
    const texts = here.map((i) => issueMessage(i, "vi")).join("\n");
    expect(texts).toContain("11/12");
    // Its groups told as the meeting paragraph writes their titles, not in the capitals they are typed in.
    expect(texts).toContain("(Chỉ tiêu ngành Lao động - Thương binh và Xã hội phối hợp thực hiện)");
    expect(texts).not.toContain("PHỐI HỢP");
    expect(texts).toContain("cai nghiện");
    // The paragraph is a conclusion, not a 28th indicator.
    expect(analysis.summary.indicators).toBe(27);
  });
  it("confirms the overall and group counts of the meeting paragraph pasted back below the table", () => {
    for (const lang of ["vi", "en"] as const) {
      const { sheet, cell } = programme08With(meetingParagraph(analyzeSheet(programme08()), lang));
      const { mismatches, confirmed } = conclusions(sheet);
      const said = (issues: typeof confirmed) => issues.filter((i) => i.cell === cell).map((i) => i.params.stated);
      expect(said(confirmed)).toEqual(expect.arrayContaining(["20/27", "11/12", "1/5", "8/10"]));
      // Its pace clauses ("12 chỉ tiêu hoàn thành trước thời hạn", "2 … đúng tiến độ") are no status counts.
      expect(said(mismatches)).toEqual([]);
    }
  });
  it("reads no status count from a count of a pace", () => {
    const text =
      "20/27 chỉ tiêu hoàn thành (74,1 %), trong đó 12 chỉ tiêu hoàn thành trước thời hạn. " +
      "2 chỉ tiêu chưa hoàn thành nhưng đúng tiến độ: Số xã. 2 indicators are not achieved yet but are on pace.";
    expect(findStatements(text)).toEqual([expect.objectContaining({ counted: "achieved", stated: 20, of: 27 })]);
  });
  it("reads English counts in words: '18 of 27 indicators', 'none of the 4 indicators'", () => {
    const [overall, none] = findStatements(
      "18 of 27 indicators are achieved (66.7%). None of the 4 indicators led by Sở Y tế is achieved.",
    );
    expect(overall).toMatchObject({ counted: "achieved", stated: 18, of: 27 });
    expect(none).toMatchObject({ counted: "achieved", stated: 0, of: 4 });
  });
  it("confirms the clean table's own totals line and flags it once rows change", () => {
    const clean = conclusions(programme08());
    const totals = `B${PROGRAMME08_ROWS.totals}`;
    expect(clean.mismatches).toEqual([]);
    expect(clean.confirmed.map((i) => i.cell)).toEqual([totals, totals, totals]);
    const faulty = conclusions(programme08WithFaults());
    expect(faulty.mismatches.map((i) => i.cell)).toEqual([totals]);
    expect(issueMessage(faulty.mismatches[0]!, "vi")).toMatch(/hoàn thành 20 chỉ tiêu.*cho 18\./);
  });
  it("flags a wrong overall count with both figures, in both languages", () => {
    const { sheet, cell } = programme08With("Kết quả: đạt 21/27 chỉ tiêu");
    const { mismatches } = conclusions(sheet);
    expect(mismatches.map((i) => i.cell)).toEqual([cell]);
    expect(issueMessage(mismatches[0]!, "vi")).toContain("21/27");
    expect(issueMessage(mismatches[0]!, "vi")).toContain("cho 20/27");
    expect(issueMessage(mismatches[0]!, "en")).toContain("the table's rows give 20/27");
  });
  it("quotes a conclusion holding a replacement pattern ($&) as typed", () => {
    const { sheet } = programme08With("Kết quả $&: đạt 21/27 chỉ tiêu");
    const { mismatches } = conclusions(sheet);
    expect(issueMessage(mismatches[0]!, "vi")).toContain('"Kết quả $&: đạt 21/27 chỉ tiêu"');
    expect(issueMessage(mismatches[0]!, "en")).toContain('"Kết quả $&: đạt 21/27 chỉ tiêu"');
  });
  it("ties a group's count to its section and flags it", () => {
    const { sheet } = programme08With("Trong đó nhóm chỉ tiêu do ngành chủ trì hoàn thành 12/12 chỉ tiêu.");
    const { mismatches } = conclusions(sheet);
    expect(mismatches).toHaveLength(1);
    expect(issueMessage(mismatches[0]!, "vi")).toMatch(/cho 11\/12$|cho 11\/12\.$/);
  });
  it("flags a percent of plan stated for a named indicator", () => {
    const { sheet } = programme08With(
      "Số xã, phường, thị trấn có mô hình hỗ trợ người sau cai nghiện dựa vào cộng đồng đạt 80,5% kế hoạch.",
    );
    const { mismatches } = conclusions(sheet);
    expect(mismatches).toHaveLength(1);
    expect(issueMessage(mismatches[0]!, "vi")).toContain("78,41\u00a0%");
  });
  it("reads English conclusions", () => {
    const { sheet } = programme08With("Result: 20/27 indicators achieved; 7 indicators not achieved.");
    const { mismatches, confirmed } = conclusions(sheet);
    expect(mismatches).toEqual([]);
    expect(confirmed.filter((i) => i.row === sheet.values.length)).toHaveLength(2);
  });
  it("leaves alone a claim it cannot tie to the table", () => {
    for (const text of [
      "Các chỉ tiêu khác: hoàn thành 3/7 chỉ tiêu.",
      "Nhóm an sinh: 2/3 chỉ tiêu chưa đạt.",
      "Phấn đấu năm 2025 hoàn thành 27/27 chỉ tiêu của Chương trình nhóm khác.",
    ]) {
      const { sheet } = programme08With(text);
      expect(conclusions(sheet).mismatches).toEqual([]);
    }
  });
});

describe("a statement naming a lead agency of Programme 08 without its sections", () => {
  /** The table grouped by lead (Sở LĐTB&XH 17/20, BHXH thành phố 1/5), the text typed under its totals. */
  function under(text: string) {
    const sheet = withoutSections(programme08());
    const row: CellValue[] = Array<CellValue>(sheet.values[0]!.length).fill(null);
    row[1] = text;
    return conclusions({ ...sheet, values: [...sheet.values, row] });
  }

  it("is flagged when the agency's stated total is wrong, a size no group of the table has", () => {
    for (const [text, rows] of [
      ["Trong 21 chỉ tiêu do Sở LĐTB&XH chủ trì, 17 chỉ tiêu hoàn thành", "cho 17/20."],
      ["2/4 chỉ tiêu do BHXH thành phố chủ trì hoàn thành", "cho 1/5."],
    ]) {
      const { mismatches } = under(text!);
      expect(
        mismatches.map((i) => issueMessage(i, "vi")),
        text,
      ).toEqual([expect.stringContaining(rows!)]);
    }
  });

  it("tied to an agency by its size alone, is confirmed in words that say so ('phối hợp' is no agency's name)", () => {
    const { confirmed, mismatches } = under("Trong 5 chỉ tiêu phối hợp thực hiện, 1 chỉ tiêu hoàn thành");
    expect(mismatches).toEqual([]);
    expect(confirmed.filter((i) => i.params.kind === "bySize").map((i) => issueMessage(i, "en"))).toEqual([
      expect.stringContaining(
        "agrees with the rows of the only group of 5 indicators (BHXH thành phố), though it does not name it",
      ),
    ]);
  });

  it("that cannot be tied to one agency is reported unchecked, with why, never flagged", () => {
    const unchecked = (text: string) => {
      const { analysis, mismatches } = under(text);
      expect(mismatches, text).toEqual([]);
      return analysis.issues.filter((i) => i.code === "stated-conclusion-unchecked").map((i) => issueMessage(i, "vi"));
    };
    expect(unchecked("Trong 20 chỉ tiêu do Sở chủ trì, 18 chỉ tiêu hoàn thành")).toEqual([
      expect.stringContaining("nhóm duy nhất có 20 chỉ tiêu là Sở LĐTB&XH, các dòng của nhóm này cho 17/20."),
    ]);
    expect(unchecked("Trong 6 chỉ tiêu do Sở GD&ĐT chủ trì, 6 chỉ tiêu hoàn thành")).toEqual([
      expect.stringContaining(
        "không nêu tên nhóm nào của bảng (“Sở LĐTB&XH”, “Sở Y tế”, “BHXH thành phố”, “Ủy ban MTTQ",
      ),
    ]);
    // A count of the whole table, or of "the other" indicators, is no group's claim to report.
    expect(unchecked("6 chỉ tiêu khác chưa hoàn thành nhưng đạt từ 90 % kế hoạch trở lên.")).toEqual([]);
  });
});

describe("a statement abbreviating an agency the lead column writes in full", () => {
  const LEAD_COL = 9;
  /** Vocational training, now the education sector's: 2 of its 3 indicators achieved (lao động qua đào tạo 98 %). */
  const TRAINING = [
    "Tuyển sinh giáo dục nghề nghiệp",
    "Tỷ lệ lao động qua đào tạo",
    "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ",
  ];

  type Lead = (name: string, was: CellValue) => CellValue;
  /** Programme 08 without sections, each indicator's lead cell as `lead` gives it. */
  function ledBy(lead: Lead): SheetSnapshot {
    const sheet = withoutSections(programme08());
    const names = new Map(analyzeSheet(sheet).indicators.map((i) => [i.row, i.name]));
    const values = sheet.values.map((v, i) => {
      const name = names.get(i + 1);
      return name === undefined ? v : v.map((was, c) => (c === LEAD_COL ? lead(name, was) : was));
    });
    return { ...sheet, values };
  }
  /** That table with the text typed under its totals. */
  function under(text: string, lead: Lead) {
    const sheet = ledBy(lead);
    const row: CellValue[] = Array<CellValue>(sheet.values[0]!.length).fill(null);
    row[1] = text;
    return conclusions({ ...sheet, values: [...sheet.values, row] });
  }
  const education = (name: string, was: CellValue) => (TRAINING.includes(name) ? "Sở Giáo dục và Đào tạo" : was);
  const verdicts = (text: string) => {
    const { analysis } = under(text, education);
    return analysis.issues
      .filter((i) => i.code.startsWith("stated-conclusion-") && i.params.scope)
      .map((i) => [i.code, i.params.kind, i.params.computed, i.params.scope]);
  };

  it("ties 'Sở GD&ĐT' to the rows of 'Sở Giáo dục và Đào tạo' and confirms a true count", () => {
    for (const text of [
      "Trong 3 chỉ tiêu do Sở GD&ĐT chủ trì, 2 chỉ tiêu hoàn thành.",
      "Có 2/3 chỉ tiêu do ngành GD&ĐT chủ trì đã hoàn thành.",
      "2 of the 3 indicators led by Sở GD&ĐT are achieved.",
    ])
      expect(verdicts(text), text).toEqual([
        ["stated-conclusion-confirmed", "count", "2/3", " (Sở Giáo dục và Đào tạo)"],
      ]);
  });

  it("flags a wrong count about 'Sở GD&ĐT', however the abbreviation is typed", () => {
    for (const text of [
      "Trong 3 chỉ tiêu do Sở GD&ĐT chủ trì, 3 chỉ tiêu hoàn thành.",
      "Hoàn thành 3/3 chỉ tiêu do SGDĐT chủ trì.",
      "Sở GD-ĐT chủ trì 3 chỉ tiêu, cả 3/3 chỉ tiêu đều đạt.",
    ])
      expect(verdicts(text), text).toEqual([
        ["stated-conclusion-mismatch", "count", "2/3", " (Sở Giáo dục và Đào tạo)"],
      ]);
    const { mismatches } = under("Trong 3 chỉ tiêu do Sở GD&ĐT chủ trì, 3 chỉ tiêu hoàn thành.", education);
    expect(issueMessage(mismatches[0]!, "vi")).toContain("3/3 chỉ tiêu hoàn thành (Sở Giáo dục và Đào tạo)");
    expect(issueMessage(mismatches[0]!, "vi")).toContain("cho 2/3.");
  });

  it("ties to neither of two agencies whose full names share the initials, and says why", () => {
    // Sở Nội vụ leads the two "Số lượt …" counts (both achieved), Sở Ngoại vụ the workers sent abroad: "Sở NV"
    // could be either.
    const lead = (name: string, was: CellValue) =>
      name.startsWith("Số lượt") ? "Sở Nội vụ" : name.includes("nước ngoài") ? "Sở Ngoại vụ" : was;
    const { analysis, mismatches, confirmed } = under(
      "Trong 2 chỉ tiêu do Sở NV chủ trì, 2 chỉ tiêu hoàn thành.",
      lead,
    );
    expect(mismatches).toEqual([]);
    expect(confirmed.filter((i) => i.params.scope)).toEqual([]);
    const unchecked = analysis.issues.filter((i) => i.code === "stated-conclusion-unchecked");
    expect(unchecked.map((i) => issueMessage(i, "vi"))).toEqual([
      expect.stringContaining("nêu tên nhiều nhóm của bảng (“Sở Ngoại vụ”, “Sở Nội vụ”)"),
    ]);
    // Written as the table writes it, the same count is checked.
    const spelled = under("Trong 2 chỉ tiêu do Sở Nội vụ chủ trì, 1 chỉ tiêu hoàn thành.", lead);
    expect(spelled.mismatches.map((i) => i.params.computed)).toEqual(["2/2"]);
  });

  it("reads 'Sở GD&ĐT' as a row label of a summary sheet of the user's own", () => {
    const byLead = analyzeSheet(ledBy(education));
    const issues = ownSummaryIssues(
      {
        name: "Tổng hợp",
        origin: { row: 1, col: 1 },
        values: [
          ["Cơ quan chủ trì", "Số chỉ tiêu", "Số chỉ tiêu hoàn thành"],
          ["Sở GD&ĐT", 3, 3],
        ],
      },
      byLead,
    );
    expect(issues.map((i) => [i.code, i.cell, i.params.scope])).toEqual([
      ["stated-conclusion-confirmed", "'Tổng hợp'!B2", " (Sở Giáo dục và Đào tạo)"],
      ["stated-conclusion-mismatch", "'Tổng hợp'!C2", " (Sở Giáo dục và Đào tạo)"],
    ]);
  });
});

describe("a statement abbreviating an agency a section's title writes in full", () => {
  const LABOUR = "CHỈ TIÊU DO NGÀNH LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI CHỦ TRÌ";
  const EDUCATION = "CHỈ TIÊU DO SỞ GIÁO DỤC VÀ ĐÀO TẠO CHỦ TRÌ";
  /** The titles as the messages tell them. */
  const LABOUR_READ = "Chỉ tiêu do ngành Lao động - Thương binh và Xã hội chủ trì";
  const EDUCATION_READ = "Chỉ tiêu do Sở Giáo dục và Đào tạo chủ trì";
  /**
   * Programme 08's figures in sections: the labour sector's three (the post-rehabilitation model at 78,41 % of plan)
   * and vocational training, the education department's here: 2 of its 3 achieved (trained workers 73,5 % of ≥ 75 %).
   */
  function sections(education = EDUCATION, labour = LABOUR): CellValue[][] {
    return [
      ["I", labour],
      ["1", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", 10000, 11959],
      ["2", "Số người được tuyển dụng qua phiên giao dịch việc làm", "người", 45000, 48308],
      ["3", "Số xã, phường, thị trấn có mô hình hỗ trợ người sau cai nghiện dựa vào cộng đồng", "xã", 579, 454],
      ["II", education],
      ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 675000, 720493],
      ["2", "Tỷ lệ lao động qua đào tạo", "%", "≥ 75%", "73,5%"],
      ["3", "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", "%", "≥ 50%", "52,1%"],
    ];
  }
  function under(text: string, rows = sections()) {
    return conclusions(tableOf({ header: [VI_HEADER], rows: [...rows, [null, text]] }));
  }
  const verdicts = (text: string, rows = sections()) =>
    under(text, rows)
      .analysis.issues.filter((i) => i.code.startsWith("stated-conclusion-") && i.params.scope)
      .map((i) => [i.code, i.params.computed, i.params.scope]);

  it("is grouped by its sections, the education department's counting 2 of 3", () => {
    const { analysis } = under("Ghi chú: số liệu lũy kế đến 31/12/2023.");
    expect(analysis.summary.groupedBy).not.toBe("lead");
    expect(analysis.summary.byGroup.map((g) => [g.group, `${g.achieved}/${g.indicators}`])).toEqual([
      [LABOUR, "2/3"],
      [EDUCATION, "2/3"],
    ]);
  });

  it("ties 'Sở GD&ĐT' to the section of 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' and confirms a true count", () => {
    for (const text of [
      "Sở GD&ĐT hoàn thành 2/3 chỉ tiêu.",
      "Trong 3 chỉ tiêu do Sở GD&ĐT chủ trì, 2 chỉ tiêu hoàn thành.",
      "Có 2/3 chỉ tiêu do ngành GD-ĐT chủ trì đã hoàn thành.",
    ])
      expect(verdicts(text), text).toEqual([["stated-conclusion-confirmed", "2/3", ` (${EDUCATION_READ})`]]);
  });

  it("flags a wrong count about 'Sở GD&ĐT', though the labour section has 3 indicators too", () => {
    for (const text of ["Sở GD&ĐT hoàn thành 3/3 chỉ tiêu.", "Hoàn thành 3/3 chỉ tiêu do SGDĐT chủ trì."])
      expect(verdicts(text), text).toEqual([["stated-conclusion-mismatch", "2/3", ` (${EDUCATION_READ})`]]);
    const { mismatches } = under("Sở GD&ĐT hoàn thành 3/3 chỉ tiêu.");
    expect(issueMessage(mismatches[0]!, "vi")).toContain("cho 2/3.");
  });

  it("ties the labour sector's abbreviation to its section, and a title typed in lower case alike", () => {
    expect(verdicts("Ngành LĐTB&XH hoàn thành 3/3 chỉ tiêu.")).toEqual([
      ["stated-conclusion-mismatch", "2/3", ` (${LABOUR_READ})`],
    ]);
    expect(verdicts("Sở GD&ĐT hoàn thành 2/3 chỉ tiêu.", sections(EDUCATION_READ))).toEqual([
      ["stated-conclusion-confirmed", "2/3", ` (${EDUCATION_READ})`],
    ]);
  });

  it("ties to neither of two sections whose agencies share the initials, and says why", () => {
    // Sở Nội vụ leads the labour sector's three here, Sở Ngoại vụ the education department's: "Sở NV" is either.
    const rows = sections("CHỈ TIÊU DO SỞ NGOẠI VỤ CHỦ TRÌ", "CHỈ TIÊU DO SỞ NỘI VỤ CHỦ TRÌ");
    const { analysis, mismatches, confirmed } = under("Sở NV hoàn thành 3/3 chỉ tiêu.", rows);
    expect(mismatches).toEqual([]);
    expect(confirmed.filter((i) => i.params.scope)).toEqual([]);
    expect(
      analysis.issues.filter((i) => i.code === "stated-conclusion-unchecked").map((i) => issueMessage(i, "vi")),
    ).toEqual([
      expect.stringContaining(
        "nêu tên nhiều nhóm của bảng (“Chỉ tiêu do Sở Nội vụ chủ trì”, “Chỉ tiêu do Sở Ngoại vụ chủ trì”)",
      ),
    ]);
  });
});

describe("a statement about the indicators outside any section", () => {
  /** Programme 08 with its first `count` indicators above the first section, and `text` typed under its totals. */
  function under(count: number, text: string) {
    const sheet = outsideSections(count);
    const row: CellValue[] = Array<CellValue>(sheet.values[0]!.length).fill(null);
    row[1] = text;
    return conclusions({ ...sheet, values: [...sheet.values, row] });
  }

  it("is checked against those indicators: confirmed when true, flagged when the count is wrong", () => {
    // The one indicator above the first section is achieved; of ten, all but the rehabilitation model (78,41 %).
    const VI_OPENING = "Đến nay, 20/27 chỉ tiêu hoàn thành. ";
    const EN_OPENING = "20 of 27 indicators are achieved. ";
    const cases = [
      {
        count: 10,
        lang: "vi",
        right: "Trong 10 chỉ tiêu không thuộc nhóm nào, 9 chỉ tiêu hoàn thành.",
        wrong: "Trong 10 chỉ tiêu không thuộc nhóm nào, 10 chỉ tiêu hoàn thành.",
        said: "10/10 chỉ tiêu hoàn thành (không thuộc nhóm nào), nhưng các dòng của bảng cho 9/10.",
      },
      {
        count: 10,
        lang: "en",
        right: "9 of the 10 indicators outside any group are achieved.",
        wrong: "None of the 10 indicators outside any group is achieved.",
        said: "0/10 achieved (outside any group), but the table's rows give 9/10.",
      },
      // A sentence without a figure is not read on its own: the paragraph's opening count comes with it.
      {
        count: 1,
        lang: "vi",
        right: `${VI_OPENING}Chỉ tiêu duy nhất không thuộc nhóm nào đã hoàn thành.`,
        wrong: `${VI_OPENING}Chỉ tiêu duy nhất không thuộc nhóm nào chưa hoàn thành.`,
        said: "1/1 chỉ tiêu chưa hoàn thành (không thuộc nhóm nào), nhưng các dòng của bảng cho 0/1.",
      },
      {
        count: 1,
        lang: "en",
        right: `${EN_OPENING}The only indicator outside any group is achieved.`,
        wrong: `${EN_OPENING}The only indicator outside any group is not achieved.`,
        said: "1/1 not achieved (outside any group), but the table's rows give 0/1.",
      },
    ] as const;
    for (const { count, lang, right, wrong, said } of cases) {
      const scope = lang === "vi" ? " (không thuộc nhóm nào)" : " (outside any group)";
      const confirmed = under(count, right);
      expect(confirmed.mismatches, right).toEqual([]);
      expect(
        confirmed.confirmed.map((i) => i.params.scope),
        right,
      ).toContain(scope);
      const flagged = under(count, wrong);
      expect(
        flagged.mismatches.map((i) => issueMessage(i, lang)),
        wrong,
      ).toEqual([expect.stringContaining(said)]);
      expect(
        flagged.analysis.issues.filter((i) => i.code === "stated-conclusion-unchecked"),
        wrong,
      ).toEqual([]);
    }
  });
});

describe("stated conclusions on small tables", () => {
  it("checks a note row under a table without sections", () => {
    const rows: CellValue[][] = [
      ["1", "Tuyển sinh GDNN", "người", 675000, 720493],
      ["2", "Mô hình sau cai nghiện", "xã", 579, 454],
      ["3", "Lao động có việc làm", "người", 1000, 1200],
      [null, "Ghi chú: hoàn thành 3/3 chỉ tiêu"],
    ];
    const r = check("stated-conclusion-mismatch", rows);
    expect(r.cells).toEqual(["B5"]);
    expect(r.analysis.summary.indicators).toBe(3);
  });
});

describe("a summary table of the user's own on another sheet", () => {
  const summarySheet = (rows: CellValue[][]): SheetSnapshot => ({
    name: "Tổng hợp",
    origin: { row: 1, col: 1 },
    values: [["TỔNG HỢP KẾT QUẢ CHƯƠNG TRÌNH 08"], [], ...rows],
  });
  const table = analyzeSheet(programme08());

  it("ties a row naming a lead agency in full to the agency the table abbreviates", () => {
    const byLead = analyzeSheet(withoutSections(programme08()));
    const issues = ownSummaryIssues(
      summarySheet([
        ["Cơ quan chủ trì", "Số chỉ tiêu", "Hoàn thành"],
        ["Sở Lao động - Thương binh và Xã hội", 20, 17],
      ]),
      byLead,
    );
    expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(issues.filter((i) => i.code === "stated-conclusion-confirmed").map((i) => i.params.scope)).toContain(
      " (Sở LĐTB&XH)",
    );
  });

  it("checks counts by status and by group against the one table, naming the summary sheet's cell", () => {
    const issues = ownSummaryIssues(
      summarySheet([
        ["Nhóm chỉ tiêu", "Số chỉ tiêu", "Hoàn thành", "Chưa hoàn thành"],
        ["Do ngành chủ trì", 12, 11, 1],
        ["Phối hợp thực hiện", 5, 2, 3],
        ["Tổng cộng", 27, 20, 7],
      ]),
      table,
    );
    const mismatches = issues.filter((i) => i.code === "stated-conclusion-mismatch");
    expect(mismatches.map((i) => i.cell)).toEqual(["'Tổng hợp'!C5", "'Tổng hợp'!D5"]);
    expect(issueMessage(mismatches[0]!, "vi")).toContain("cho 1.");
    expect(issues.filter((i) => i.code === "stated-conclusion-confirmed").map((i) => i.cell)).toEqual([
      "'Tổng hợp'!B4",
      "'Tổng hợp'!C4",
      "'Tổng hợp'!D4",
      "'Tổng hợp'!B5",
      "'Tổng hợp'!B6",
      "'Tổng hợp'!C6",
      "'Tổng hợp'!D6",
    ]);
  });
  it("quotes a summary sheet whose name Excel would read as a cell (AB12), so the cell named is on that sheet", () => {
    const issues = ownSummaryIssues(
      {
        ...summarySheet([
          ["Nhóm chỉ tiêu", "Số chỉ tiêu", "Hoàn thành"],
          ["Tổng cộng", 27, 21],
        ]),
        name: "AB12",
      },
      table,
    );
    const mismatch = issues.find((i) => i.code === "stated-conclusion-mismatch");
    expect(mismatch?.cell).toBe("'AB12'!C4");
    expect(splitReference(mismatch!.cell)).toEqual({ sheet: "AB12", cell: "C4" });
  });
  it("reads nothing into a sheet of other figures", () => {
    const issues = ownSummaryIssues(
      summarySheet([
        ["Quận, huyện", "Số hộ nghèo", "Hoàn thành giảm nghèo"],
        ["Ba Đình", 12, 11],
        ["Tổng cộng", 27, 20],
      ]),
      table,
    );
    expect(issues).toEqual([]);
  });
});

describe("sentences typed in the name column under the table", () => {
  /** Programme 08 with one more row after its totals, the sentence typed in column B. */
  function withSentence(sentence: string): SheetSnapshot {
    const sheet = programme08();
    const width = sheet.values[0]!.length;
    const row: CellValue[] = Array<CellValue>(width).fill(null);
    row[1] = sentence;
    sheet.values.splice(PROGRAMME08_ROWS.totals, 0, row);
    return sheet;
  }

  it("are read as what they say, not as indicators with no data", () => {
    const plain = analyzeSheet(programme08());
    for (const sentence of [
      "Tỷ lệ hộ nghèo cuối năm 2023 còn 0,03% (tương đương 690 hộ nghèo).",
      "Tuyển sinh giáo dục nghề nghiệp đạt 720.493/675.000 lượt người, vượt 6,7% so với kế hoạch.",
    ]) {
      const a = analyzeSheet(withSentence(sentence));
      expect(a.indicators, sentence).toHaveLength(27);
      expect(a.indicators.some((i) => i.name === sentence)).toBe(false);
      // Everything about the table and its "Tổng số" row stays as without the sentence, and the sentence has no issue.
      const upTo = (x: typeof a) =>
        x.issues.filter((i) => i.row <= PROGRAMME08_ROWS.totals).map((i) => `${i.code}@${i.cell}`);
      expect(upTo(a)).toEqual(upTo(plain));
      expect(a.issues.filter((i) => i.row === PROGRAMME08_ROWS.totals + 1)).toEqual([]);
    }
  });

  it("are read as conclusions in English too, not as indicators with no data", () => {
    for (const sentence of [
      "By lead agency: 17 of the 20 indicators led by Sở LĐTB&XH are achieved",
      "20/27 indicators achieved",
      "7 indicators not achieved",
      "none of the 5 indicators led by BHXH thành phố is achieved",
    ]) {
      const a = analyzeSheet(withSentence(sentence));
      expect(a.indicators, sentence).toHaveLength(27);
      expect(a.issues.filter((i) => i.row === PROGRAMME08_ROWS.totals + 1 && i.severity !== "info")).toEqual([]);
    }
  });

  it("keep a short name, or one without a figure, an indicator of its own", () => {
    const a = analyzeSheet(withSentence("Số xã đạt chuẩn nông thôn mới."));
    expect(a.indicators).toHaveLength(28);
  });
});
