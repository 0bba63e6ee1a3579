import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { meetingParagraph, NAMED_AT_MOST } from "../../src/core/narrative/write";
import { agencyNamesIn, sectionTitle, sentenceCase } from "../../src/core/narrative/title";
import type { CellValue } from "../../src/core/snapshot";
import type { Period } from "../../src/core/types";
import { programme08, programme08WithFaults } from "../../src/samples/programme08";
import { sheet, VI_HEADER } from "../helpers/table";

const nineMonths: Period = { label: "9 tháng năm 2024", elapsed: 0.75, cell: null, source: "user" };
const halfYear: Period = { label: "6 tháng đầu năm 2024", elapsed: 0.5, cell: null, source: "user" };

function paragraph(rows: CellValue[][], lang: "vi" | "en" = "vi", period: Period | null = null): string {
  return meetingParagraph(analyzeSheet(sheet({ header: [VI_HEADER], rows }), { period }), lang);
}

describe("the meeting paragraph of Programme 08", () => {
  const analysis = analyzeSheet(programme08());
  const vi = meetingParagraph(analysis, "vi");
  const en = meetingParagraph(analysis, "en");
  // Read as a whole-period table, without the 60 % of the plan period its "Lũy kế 2021-2023" gives: no pace.
  const whole = analyzeSheet(programme08(), { period: null });
  const wholeVi = meetingParagraph(whole, "vi");
  const wholeEn = meetingParagraph(whole, "en");

  it("states 20/27 overall with the share, 11/12 led and 1/5 coordinated, as the article does", () => {
    expect(vi).toMatch(/^Lũy kế giai đoạn 2021–2023, 20\/27 chỉ tiêu hoàn thành \(74,1\u00a0%\), /);
    // Section titles typed in capitals read in sentence case, on from "chỉ tiêu" as the article writes them.
    expect(vi).toContain(
      "Trong 12 chỉ tiêu do ngành Lao động - Thương binh và Xã hội chủ trì, 11 chỉ tiêu hoàn thành; " +
        "trong 5 chỉ tiêu ngành Lao động - Thương binh và Xã hội phối hợp thực hiện, 1 chỉ tiêu hoàn thành, " +
        "4 chỉ tiêu còn lại đạt từ 90\u00a0% kế hoạch trở lên; trong 10 chỉ tiêu khác của chương trình, 8 chỉ tiêu",
    );
    expect(vi).not.toMatch(/CHỈ TIÊU|nhóm “/);
    expect(en).toMatch(/^In 2021–2023 \(cumulative\), 20 of 27 indicators are achieved \(74\.1%\), /);
    // "đạt" elsewhere is a share of plan: the share of indicators stands in brackets, as in the article.
    expect(vi).not.toMatch(/hoàn thành, đạt \d/);
    expect(en).toContain(
      "By group: 11 of the 12 indicators in “Chỉ tiêu do ngành Lao động - Thương binh và Xã hội chủ trì” are achieved;",
    );
  });

  it("names the one indicator not achieved with its figures in the Vietnamese style", () => {
    expect(wholeVi).toContain(
      "1 chỉ tiêu chưa hoàn thành: Số xã, phường, thị trấn có mô hình hỗ trợ người sau cai nghiện dựa vào cộng đồng " +
        "(454/579 xã, đạt 78,41\u00a0% kế hoạch).",
    );
    expect(wholeEn).toContain("(454 of 579 xã, 78.41% of plan)");
  });

  it("at 60 % of the plan period, counts those met ahead of time and says which not achieved are on pace", () => {
    // The article: "trong đó có một số chỉ tiêu vượt trước thời hạn"; the rehabilitation model (78,41 %) is due in 2025.
    expect(vi).toMatch(
      /^Lũy kế giai đoạn 2021–2023, 20\/27 chỉ tiêu hoàn thành \(74,1\u00a0%\), trong đó 12 chỉ tiêu hoàn thành trước thời hạn\. /,
    );
    expect(en).toMatch(
      /^In 2021–2023 \(cumulative\), 20 of 27 indicators are achieved \(74\.1%\), 12 of them ahead of time\. /,
    );
    expect(vi).toContain(
      "2 chỉ tiêu chưa hoàn thành nhưng đúng tiến độ: Số xã, phường, thị trấn có mô hình hỗ trợ người sau cai nghiện " +
        "dựa vào cộng đồng (454/579 xã, đạt 78,41\u00a0% kế hoạch) và Số người tham gia bảo hiểm xã hội tự nguyện " +
        "(139.870/150.000 người, đạt 93,25\u00a0% kế hoạch). 5 chỉ tiêu chưa hoàn thành nhưng đạt từ 90\u00a0% kế hoạch trở lên: ",
    );
    expect(en).toContain("2 indicators are not achieved yet but are on pace: Số xã");
    expect(vi).not.toContain("1 chỉ tiêu chưa hoàn thành:");
    expect(wholeVi).not.toMatch(/thời hạn|tiến độ/);
  });

  it("gives rates their gap in percentage points and amounts their thousands groups", () => {
    expect(vi).toContain("Tỷ lệ lao động qua đào tạo (73,5\u00a0%, thấp hơn chỉ tiêu 75\u00a0% là 1,5 điểm phần trăm)");
    expect(en).toContain("Tỷ lệ lao động qua đào tạo (73.5%, 1.5 percentage points below the 75% target)");
    expect(vi).toContain("(139.870/150.000 người, đạt 93,25\u00a0% kế hoạch)");
    expect(en).toContain("(139,870 of 150,000 người, 93.25% of plan)");
  });

  it("names the first few near indicators and counts the rest", () => {
    expect(wholeVi).toContain("6 chỉ tiêu khác chưa hoàn thành nhưng đạt từ 90\u00a0% kế hoạch trở lên: ");
    expect(wholeVi).toContain(" và 1 chỉ tiêu khác.");
    expect(wholeEn).toContain("6 other indicators are not achieved but are at or above 90% of plan: ");
    expect(wholeEn).toContain(" target); and 1 other indicator.");
  });

  it("reads the same in both languages, sentence by sentence (snapshot)", () => {
    expect(vi).toMatchSnapshot();
    expect(en).toMatchSnapshot();
  });

  it("says what has no data, and the period and pace when the table covers part of the plan period", () => {
    const partial = analyzeSheet(programme08WithFaults(), { period: nineMonths });
    const faulty = meetingParagraph(partial, "vi");
    expect(faulty).toMatch(
      /^9 tháng năm 2024, 18\/27 chỉ tiêu hoàn thành \(66,7\u00a0%\), trong đó 11 chỉ tiêu hoàn thành trước thời hạn\./,
    );
    expect(faulty).toContain(
      "2 chỉ tiêu chưa có số liệu: Số lượt doanh nghiệp tham gia phiên giao dịch việc làm và " +
        "Tỷ lệ người cao tuổi có thẻ bảo hiểm y tế.",
    );
    expect(partial.summary).toMatchObject({ ahead: 11, onTrack: 2, behind: 0 });
    expect(faulty).toContain(
      "2 chỉ tiêu chưa hoàn thành nhưng đúng tiến độ: Số xã, phường, thị trấn có mô hình hỗ trợ người sau cai nghiện",
    );
    // Those ahead of time and those on pace were said before it: the pace sentence adds only who is behind.
    expect(faulty).toContain("Về tiến độ (đã qua 75\u00a0% thời gian kế hoạch), không có chỉ tiêu nào chậm tiến độ.");
    expect(faulty).not.toContain("13 chỉ tiêu đúng tiến độ");
    // The sample's own "Lũy kế 2021-2023" of 2021-2025 is 60 % of the plan period; with no period, no pace.
    expect(vi).toContain("Về tiến độ (đã qua 60\u00a0% thời gian kế hoạch), không có chỉ tiêu nào chậm tiến độ.");
    const none = meetingParagraph(analyzeSheet(programme08(), { period: null }), "vi");
    expect(none).toMatch(/^Đến nay, 20\/27 chỉ tiêu hoàn thành/);
    expect(none).not.toContain("tiến độ");
  });
});

describe("zero, one and many read naturally", () => {
  it("none achieved", () => {
    const rows = [
      ["1", "Số phiên giao dịch việc làm", "phiên", 600, 300],
      ["2", "Số người được tuyển dụng", "người", 45000, 20000],
    ];
    expect(paragraph(rows)).toMatch(
      /^Đến nay, không có chỉ tiêu nào hoàn thành \(0\/2\)\. 2 chỉ tiêu chưa hoàn thành: /,
    );
    expect(paragraph(rows, "en")).toMatch(
      /^To date, none of the 2 indicators is achieved \(0\/2\)\. 2 indicators are not/,
    );
  });

  it("one of several achieved, one not achieved, one without data", () => {
    const rows = [
      ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 675000, 720493],
      ["2", "Số xã có mô hình hỗ trợ người sau cai nghiện", "xã", 579, 454],
      ["3", "Số phiên giao dịch việc làm", "phiên", 600, null],
    ];
    const vi = paragraph(rows);
    expect(vi).toBe(
      "Đến nay, 1/3 chỉ tiêu hoàn thành (33,3\u00a0%). " +
        "1 chỉ tiêu chưa hoàn thành: Số xã có mô hình hỗ trợ người sau cai nghiện (454/579 xã, đạt 78,41\u00a0% kế hoạch). " +
        "1 chỉ tiêu chưa có số liệu: Số phiên giao dịch việc làm.",
    );
    expect(paragraph(rows, "en")).toBe(
      "To date, 1 of 3 indicators is achieved (33.3%). " +
        "1 indicator is not achieved: Số xã có mô hình hỗ trợ người sau cai nghiện (454 of 579 xã, 78.41% of plan). " +
        "1 indicator has no data yet: Số phiên giao dịch việc làm.",
    );
  });

  it("names holding “và” keep the semicolon between them, so the reader can count them", () => {
    const rows = [
      ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 675000, 720493],
      ["2", "Số người được tư vấn và giới thiệu việc làm", "người", 100000, null],
      ["3", "Tỷ lệ người cao tuổi có thẻ bảo hiểm y tế", "%", "100%", null],
    ];
    expect(paragraph(rows)).toContain(
      "2 chỉ tiêu chưa có số liệu: Số người được tư vấn và giới thiệu việc làm; " +
        "Tỷ lệ người cao tuổi có thẻ bảo hiểm y tế.",
    );
    expect(paragraph(rows, "en")).toContain(
      "2 indicators have no data yet: Số người được tư vấn và giới thiệu việc làm; and " +
        "Tỷ lệ người cao tuổi có thẻ bảo hiểm y tế.",
    );
  });

  it("every indicator achieved, and a table of a single indicator", () => {
    const rows = [
      ["1", "Tỷ lệ hộ nghèo cuối năm", "%", "Dưới 0,5%", "0,03%"],
      ["2", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", 10000, 11959],
    ];
    expect(paragraph(rows)).toBe(
      "Đến nay, 2/2 chỉ tiêu hoàn thành (100\u00a0%). Không có chỉ tiêu nào chưa hoàn thành.",
    );
    // A table of one indicator is told whole in one sentence, which no other repeats.
    expect(paragraph(rows.slice(0, 1))).toBe(
      "Đến nay, chỉ tiêu duy nhất, Tỷ lệ hộ nghèo cuối năm (0,03\u00a0%, thấp hơn mức trần 0,5\u00a0% là 0,47 điểm phần trăm), " +
        "đã hoàn thành.",
    );
    expect(paragraph(rows.slice(0, 1), "en")).toBe(
      "To date, the only indicator, Tỷ lệ hộ nghèo cuối năm (0.03%, 0.47 percentage points below the 0.5% ceiling), " +
        "is achieved.",
    );
    const missed = [["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 200000, 90000]];
    expect(paragraph(missed)).toBe(
      "Đến nay, chỉ tiêu duy nhất, Tuyển sinh giáo dục nghề nghiệp (90.000/200.000 người, đạt 45\u00a0% kế hoạch), " +
        "chưa hoàn thành.",
    );
    expect(paragraph(missed, "en")).toBe(
      "To date, the only indicator, Tuyển sinh giáo dục nghề nghiệp (90,000 of 200,000 người, 45% of plan), " +
        "is not achieved.",
    );
    const onPace = [["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 200000, 190000]];
    expect(paragraph(onPace, "vi", halfYear)).toBe(
      "6 tháng đầu năm 2024, chỉ tiêu duy nhất, Tuyển sinh giáo dục nghề nghiệp " +
        "(190.000/200.000 người, đạt 95\u00a0% kế hoạch), chưa hoàn thành nhưng đúng tiến độ.",
    );
  });

  it("a group of one indicator says whether it is achieved, never '1 of 1' or 'none of 1'", () => {
    const rows: CellValue[][] = [
      ["1", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", 10000, 11959],
      ["I", "CHỈ TIÊU DO NGÀNH LĐTB&XH CHỦ TRÌ"],
      ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 675000, 720493],
      ["2", "Số xã có mô hình hỗ trợ người sau cai nghiện", "xã", 579, 454],
      ["3", "Số phiên giao dịch việc làm", "phiên", 600, 300],
      ["II", "Chỉ tiêu phối hợp thực hiện"],
      ["1", "Số người tham gia bảo hiểm xã hội tự nguyện", "người", 150000, 139870],
      ["III", "Giảm nghèo bền vững"],
      ["1", "Số hộ thoát nghèo", "hộ", 2000, 2100],
      ["2", "Số nhà đại đoàn kết", "căn", 500, 520],
    ];
    expect(paragraph(rows)).toContain(
      "Chỉ tiêu duy nhất không thuộc nhóm nào đã hoàn thành; " +
        "trong 3 chỉ tiêu do ngành LĐTB&XH chủ trì, 1 chỉ tiêu hoàn thành; " +
        "chỉ tiêu duy nhất phối hợp thực hiện chưa hoàn thành nhưng đạt từ 90\u00a0% kế hoạch trở lên; " +
        "cả 2 chỉ tiêu thuộc nhóm “Giảm nghèo bền vững” đều hoàn thành.",
    );
    expect(paragraph(rows, "en")).toContain(
      "By group: the only indicator outside any group is achieved; " +
        "1 of the 3 indicators in “Chỉ tiêu do ngành LĐTB&XH chủ trì” is achieved; " +
        "the only indicator in “Chỉ tiêu phối hợp thực hiện” is not achieved but is at or above 90% of plan; " +
        "each of the 2 indicators in “Giảm nghèo bền vững” is achieved.",
    );
    const none = [
      ["I", "CHỈ TIÊU DO UBND CÁC QUẬN, HUYỆN CHỦ TRÌ"],
      ["1", "Số phiên giao dịch việc làm", "phiên", 600, 300],
      ["2", "Số người được tuyển dụng", "người", 45000, 43000],
      ["II", "CHỈ TIÊU KHÁC"],
      ["1", "Số hộ thoát nghèo", "hộ", 2000, null],
    ];
    expect(paragraph(none)).toContain(
      "Trong 2 chỉ tiêu do UBND các quận, huyện chủ trì, không có chỉ tiêu nào hoàn thành, " +
        "1 chỉ tiêu đạt từ 90\u00a0% kế hoạch trở lên; chỉ tiêu duy nhất khác chưa có số liệu.",
    );
    expect(paragraph(none, "en")).toContain(
      "none of the 2 indicators in “Chỉ tiêu do UBND các quận, huyện chủ trì” is",
    );
    const close = [
      ["I", "CHỈ TIÊU PHỐI HỢP THỰC HIỆN"],
      ["1", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "≥ 95%", "94,2%"],
      ["2", "Số người tham gia bảo hiểm xã hội tự nguyện", "người", 150000, 139870],
      ["II", "CHỈ TIÊU KHÁC"],
      ["1", "Số hộ thoát nghèo", "hộ", 2000, 2100],
    ];
    expect(paragraph(close)).toContain(
      "Trong 2 chỉ tiêu phối hợp thực hiện, không có chỉ tiêu nào hoàn thành, " +
        "song cả 2 chỉ tiêu đều đạt từ 90\u00a0% kế hoạch trở lên; chỉ tiêu duy nhất khác đã hoàn thành.",
    );
    expect(paragraph(close, "en")).toContain(
      "none of the 2 indicators in “Chỉ tiêu phối hợp thực hiện” is achieved, though each is at or above 90% of plan;",
    );
  });

  it("a rate states how far above or below its target or ceiling it stands, the target in the reader's language", () => {
    // Programme 08's poor-household rate a year when it was missed, and its labour-force insurance rate.
    const rows = [
      ["1", "Tỷ lệ hộ nghèo cuối năm", "%", "Dưới 0,5%", "0,8%"],
      ["2", "Tỷ lệ lực lượng lao động tham gia bảo hiểm xã hội", "%", "≥ 45%", "41,2%"],
      ["3", "Tỷ lệ hộ cận nghèo cuối năm", "%", "Dưới 1,5%", "1,5%"],
    ];
    const vi = paragraph(rows);
    expect(vi).toContain("Tỷ lệ hộ nghèo cuối năm (0,8\u00a0%, cao hơn mức trần 0,5\u00a0% là 0,3 điểm phần trăm)");
    expect(vi).toContain("(41,2\u00a0%, thấp hơn chỉ tiêu 45\u00a0% là 3,8 điểm phần trăm)");
    expect(vi).toContain("Tỷ lệ hộ cận nghèo cuối năm (1,5\u00a0%, bằng mức trần 1,5\u00a0%, chưa thấp hơn)");
    const en = paragraph(rows, "en");
    expect(en).toContain("Tỷ lệ hộ nghèo cuối năm (0.8%, 0.3 percentage points above the 0.5% ceiling)");
    expect(en).toContain("(41.2%, 3.8 percentage points below the 45% target)");
    expect(en).toContain("(1.5%, equal to the 1.5% ceiling, not below it)");
    expect(en).not.toMatch(/Dưới|≥|0,5/);
    const met = [
      ["1", "Tỷ lệ hộ nghèo cuối năm", "%", "Dưới 0,5%", "0,03%"],
      ["2", "Số nhà đại đoàn kết", "căn", 2000, 1000],
    ];
    expect(paragraph(met)).not.toContain("điểm phần trăm");
  });

  it("a count against a ceiling states the ceiling and how far it is broken, never as x of y", () => {
    const rows = [
      ["1", "Số hộ tái nghèo", "hộ", "Tối đa 50", 80],
      ["2", "Số vụ tai nạn lao động chết người", "vụ", "Không quá 100", 105],
      ["3", "Số hộ nghèo phát sinh", "hộ", "Dưới 1.000", 690],
      ["4", "Số vụ cháy nổ", "vụ", "Dưới 40", 40],
    ];
    const vi = paragraph(rows);
    expect(vi).toContain(" và Số vụ cháy nổ (40 vụ, mức trần 40 vụ, bằng mức trần, chưa thấp hơn).");
    expect(vi).toContain("Số hộ tái nghèo (80 hộ, mức trần 50 hộ, vượt mức trần 60\u00a0%)");
    expect(vi).toContain("Số vụ tai nạn lao động chết người (105 vụ, mức trần 100 vụ, vượt mức trần 5\u00a0%)");
    expect(vi).not.toMatch(/80\/50|105\/100|40\/40/);
    const en = paragraph(rows, "en");
    expect(en).toContain("Số hộ tái nghèo (80 hộ, ceiling 50 hộ, 60% over the ceiling)");
    expect(en).toContain("(105 vụ, ceiling 100 vụ, 5% over the ceiling); and Số vụ cháy nổ (40 vụ, ceiling 40 vụ");
    expect(en).not.toContain(" of 50");
  });

  it("a long list names the first few and counts the others", () => {
    const rows = Array.from({ length: NAMED_AT_MOST + 3 }, (_, i) => [
      String(i + 1),
      `Số xã hoàn thành tiêu chí ${i + 1}`,
      "xã",
      100,
      50 + i,
    ]);
    const vi = paragraph(rows);
    expect(vi).toContain(
      "8 chỉ tiêu chưa hoàn thành: Số xã hoàn thành tiêu chí 1 (50/100 xã, đạt 50\u00a0% kế hoạch); ",
    );
    expect(vi).toContain("Số xã hoàn thành tiêu chí 5 (54/100 xã, đạt 54\u00a0% kế hoạch) và 3 chỉ tiêu khác.");
    expect(vi).not.toContain("tiêu chí 6");
    expect(paragraph(rows, "en")).toContain(
      "Số xã hoàn thành tiêu chí 5 (54 of 100 xã, 54% of plan); and 3 other indicators.",
    );
  });

  it("mid-year: those not achieved but on pace are said to be on pace, not listed among the shortfalls", () => {
    // The QA's half-year table: no indicator is achieved yet, most are on pace.
    const rows = [
      ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 200000, 190000],
      ["2", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", 4000, 1200],
      ["3", "Số người được tuyển dụng qua phiên giao dịch việc làm", "người", 15000, 9000],
    ];
    const vi = paragraph(rows, "vi", halfYear);
    expect(vi).toContain(
      "2 chỉ tiêu chưa hoàn thành nhưng đúng tiến độ: Tuyển sinh giáo dục nghề nghiệp (190.000/200.000 người, " +
        "đạt 95\u00a0% kế hoạch) và Số người được tuyển dụng qua phiên giao dịch việc làm (9.000/15.000 người, " +
        "đạt 60\u00a0% kế hoạch). 1 chỉ tiêu khác chưa hoàn thành: Số người đi làm việc ở nước ngoài theo hợp đồng",
    );
    expect(vi).not.toContain("đạt từ 90\u00a0%");
    expect(paragraph(rows, "en", halfYear)).toContain(
      "2 indicators are not achieved yet but are on pace: Tuyển sinh giáo dục nghề nghiệp (190,000 of 200,000 người",
    );
    const someAhead = [...rows, ["4", "Số phiên giao dịch việc làm", "phiên", 600, 640]];
    expect(paragraph(someAhead, "vi", halfYear)).toMatch(
      /^6 tháng đầu năm 2024, 1\/4 chỉ tiêu hoàn thành \(25\u00a0%\), chỉ tiêu này hoàn thành trước thời hạn\. /,
    );
    expect(paragraph(someAhead, "en", halfYear)).toMatch(/\(25%\), ahead of time\. /);
  });

  it("pace: one indicator behind in a partial period, its figures given once", () => {
    const rows = [
      ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 675000, 540000],
      ["2", "Số phiên giao dịch việc làm", "phiên", 600, 300],
    ];
    const vi = paragraph(rows, "vi", nineMonths);
    expect(vi).toContain(
      "1 chỉ tiêu khác chưa hoàn thành: Số phiên giao dịch việc làm (300/600 phiên, đạt 50\u00a0% kế hoạch).",
    );
    expect(vi).toMatch(
      /Về tiến độ \(đã qua 75\u00a0% thời gian kế hoạch\), 1 chỉ tiêu chậm tiến độ: Số phiên giao dịch việc làm\.$/,
    );
    expect(paragraph(rows, "en", nineMonths)).toMatch(
      /As to pace \(75% of the plan period elapsed\), 1 indicator is behind schedule: Số phiên giao dịch việc làm\.$/,
    );
  });
});

describe("a single quarter's own figures: named, never paced", () => {
  // One quantity whose third quarter alone beats the year's plan, one at a quarter of it.
  const rows: CellValue[][] = [
    ["1", "Số phiên giao dịch việc làm", "phiên", 230, 240],
    ["2", "Tuyển sinh giáo dục nghề nghiệp", "người", 225000, 58000],
  ];
  const withResult = (actual: string, lang: "vi" | "en") => {
    const header = [...VI_HEADER];
    header[3] = "Kế hoạch năm 2024";
    header[4] = actual;
    return meetingParagraph(analyzeSheet(sheet({ header: [header], rows })), lang);
  };

  it("says what is achieved and what is not against the year's plan, with no pace and nothing ahead of time", () => {
    const vi = withResult("Thực hiện Quý III/2024", "vi");
    expect(vi).toBe(
      "Quý III năm 2024, so với kế hoạch năm, 1/2 chỉ tiêu hoàn thành (50\u00a0%). 1 chỉ tiêu chưa hoàn thành: " +
        "Tuyển sinh giáo dục nghề nghiệp (58.000/225.000 người, đạt 25,78\u00a0% kế hoạch năm).",
    );
    const en = withResult("Thực hiện Quý III/2024", "en");
    expect(en).toBe(
      "In Q3 2024, against the year's plan, 1 of 2 indicators is achieved (50%). 1 indicator is not achieved: " +
        "Tuyển sinh giáo dục nghề nghiệp (58,000 of 225,000 người, 25.78% of the year's plan).",
    );
    expect(en).not.toMatch(/pace|ahead|behind|schedule/i);
  });

  it("says a share near the target is of the year's plan too", () => {
    const near: CellValue[][] = [
      ["1", "Số phiên giao dịch việc làm", "phiên", 230, 240],
      ["2", "Số người được tuyển dụng qua phiên giao dịch việc làm", "người", 16000, 15000],
    ];
    const header = [...VI_HEADER];
    header[3] = "Kế hoạch năm 2024";
    header[4] = "Thực hiện Quý III/2024";
    const analysis = analyzeSheet(sheet({ header: [header], rows: near }));
    expect(meetingParagraph(analysis, "vi")).toContain(
      "1 chỉ tiêu chưa hoàn thành nhưng đạt từ 90\u00a0% kế hoạch năm trở lên: Số người được tuyển dụng qua phiên " +
        "giao dịch việc làm (15.000/16.000 người, đạt 93,75\u00a0% kế hoạch năm).",
    );
    expect(meetingParagraph(analysis, "en")).toContain("at or above 90% of the year's plan");
  });

  it("says the shares are of the period's plan, not a year's, when the plan covers 2021-2025", () => {
    // Programme 08's five-year plans, against one quarter's own figures.
    const header = [...VI_HEADER];
    header[3] = "Kế hoạch giai đoạn 2021-2025";
    header[4] = "Thực hiện Quý III/2024";
    const analysis = analyzeSheet(
      sheet({
        header: [header],
        rows: [
          ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 675000, 51000],
          ["2", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", 10000, 1250],
        ],
      }),
    );
    expect(analysis.period).toMatchObject({ quarterOnly: true, plan: { from: 2021, to: 2025 } });
    expect(meetingParagraph(analysis, "vi")).toBe(
      "Quý III năm 2024, so với kế hoạch giai đoạn 2021–2025, không có chỉ tiêu nào hoàn thành (0/2). " +
        "2 chỉ tiêu chưa hoàn thành: Tuyển sinh giáo dục nghề nghiệp (51.000/675.000 người, đạt 7,56\u00a0% kế hoạch) và " +
        "Số người đi làm việc ở nước ngoài theo hợp đồng (1.250/10.000 người, đạt 12,5\u00a0% kế hoạch).",
    );
    const en = meetingParagraph(analysis, "en");
    expect(en).toBe(
      "In Q3 2024, against the 2021–2025 plan, none of the 2 indicators is achieved (0/2). 2 indicators are not " +
        "achieved: Tuyển sinh giáo dục nghề nghiệp (51,000 of 675,000 người, 7.56% of plan); and Số người đi làm việc ở " +
        "nước ngoài theo hợp đồng (1,250 of 10,000 người, 12.5% of plan).",
    );
    expect(en).not.toMatch(/year's plan|pace|ahead|behind/i);
  });

  it("while the nine months to date are paced and named as nine months: one met ahead of time, one behind", () => {
    const vi = withResult("Lũy kế đến hết Quý III/2024", "vi");
    expect(vi).toMatch(
      /^9 tháng năm 2024, 1\/2 chỉ tiêu hoàn thành \(50\u00a0%\), chỉ tiêu này hoàn thành trước thời hạn\. /,
    );
    expect(withResult("Lũy kế đến hết Quý III/2024", "en")).toMatch(/^In the first 9 months of 2024, 1 of 2 /);
    expect(vi).toContain("1 chỉ tiêu chậm tiến độ: Tuyển sinh giáo dục nghề nghiệp");
    expect(withResult("Lũy kế 9 tháng năm 2024", "vi")).toMatch(/^9 tháng năm 2024, .*chậm tiến độ/);
  });
});

describe("the paragraph opens with the period, named in the reader's language", () => {
  const rows: CellValue[][] = [["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 675000, 720493]];
  const opening = (spec: { titles?: string[]; plan: string; actual: string }, lang: "vi" | "en") => {
    const header = [...VI_HEADER];
    header[3] = spec.plan;
    header[4] = spec.actual;
    const table = sheet({ above: (spec.titles ?? []).map((t) => [t]), header: [header], rows });
    return meetingParagraph(analyzeSheet(table), lang).replace(/, (chỉ tiêu duy nhất|the only)[ ,].*$/, "");
  };

  it("from the table's words, whatever language they are in", () => {
    const cases: [{ titles?: string[]; plan: string; actual: string }, string, string][] = [
      [
        { plan: "Chỉ tiêu giai đoạn 2021-2025", actual: "Lũy kế 2021-2023" },
        "Lũy kế giai đoạn 2021–2023",
        "In 2021–2023 (cumulative)",
      ],
      [
        { plan: "Target 2021-2025", actual: "Cumulative 2021-2023" },
        "Lũy kế giai đoạn 2021–2023",
        "In 2021–2023 (cumulative)",
      ],
      [
        { titles: ["(Số liệu đến 31/12/2023)"], plan: "Chỉ tiêu giai đoạn 2021-2025", actual: "Thực hiện" },
        "Tính đến 31/12/2023",
        "As of 31/12/2023",
      ],
      [
        { titles: ["Data as of 30/9/2024"], plan: "Plan 2024", actual: "Actual" },
        "Tính đến 30/9/2024",
        "As of 30/9/2024",
      ],
      [
        { plan: "Kế hoạch năm 2023", actual: "Ước thực hiện cả năm" },
        "Ước thực hiện cả năm 2023",
        "In 2023 (full-year estimate)",
      ],
      // A quarter's own figures are judged against the year's plan, and the opening says so.
      [
        { plan: "Kế hoạch năm 2024", actual: "Thực hiện Quý III/2024" },
        "Quý III năm 2024, so với kế hoạch năm",
        "In Q3 2024, against the year's plan",
      ],
      // The quarter to date is the nine months it covers; a title naming the quarter alone, the quarter's own.
      [
        { plan: "Kế hoạch năm 2024", actual: "Tính đến Quý III/2024" },
        "9 tháng năm 2024",
        "In the first 9 months of 2024",
      ],
      [{ plan: "Plan 2024", actual: "Q3 2024 YTD" }, "9 tháng năm 2024", "In the first 9 months of 2024"],
      [
        { titles: ["BÁO CÁO LŨY KẾ ĐẾN HẾT QUÝ III NĂM 2024"], plan: "Kế hoạch năm 2024", actual: "Thực hiện" },
        "9 tháng năm 2024",
        "In the first 9 months of 2024",
      ],
      [
        {
          titles: ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU QUÝ III NĂM 2024"],
          plan: "Kế hoạch năm 2024",
          actual: "Thực hiện",
        },
        "Quý III năm 2024, so với kế hoạch năm",
        "In Q3 2024, against the year's plan",
      ],
      [
        { titles: ["BÁO CÁO 6 THÁNG ĐẦU NĂM 2024"], plan: "Kế hoạch năm 2024", actual: "Thực hiện" },
        "6 tháng đầu năm 2024",
        "In the first half of 2024",
      ],
      [
        { titles: ["REPORT FOR THE FIRST HALF OF 2024"], plan: "Plan 2024", actual: "Actual" },
        "6 tháng đầu năm 2024",
        "In the first half of 2024",
      ],
      [
        { titles: ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2023"], plan: "Kế hoạch năm 2023", actual: "Năm 2023" },
        "Năm 2023",
        "In 2023",
      ],
    ];
    for (const [spec, vi, en] of cases) {
      expect(opening(spec, "vi"), spec.actual).toBe(vi);
      expect(opening(spec, "en"), spec.actual).toBe(en);
    }
  });

  it("opens one year's figures under a five-year plan with the year, against the whole period's plan", () => {
    // 2023 alone of the seed's 2021-2023: a third of 720.493 enrolled, against 225.000 a year for five years.
    const yearRows: CellValue[][] = [
      ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 1125000, 240164],
      ["2", "Tỷ lệ hộ nghèo", "%", "Dưới 0,5%", 0.0003],
    ];
    const header = [...VI_HEADER];
    header[3] = "Chỉ tiêu giai đoạn 2021-2025";
    header[4] = "Năm 2023";
    const analysis = analyzeSheet(sheet({ header: [header], rows: yearRows }));
    expect(meetingParagraph(analysis, "vi")).toBe(
      "Năm 2023, so với kế hoạch giai đoạn 2021–2025, 1/2 chỉ tiêu hoàn thành (50\u00a0%). 1 chỉ tiêu chưa hoàn " +
        "thành: Tuyển sinh giáo dục nghề nghiệp (240.164/1.125.000 người, đạt 21,35\u00a0% kế hoạch).",
    );
    expect(meetingParagraph(analysis, "en")).toMatch(
      /^In 2023, against the 2021–2025 plan, 1 of 2 indicators is achieved \(50%\)\. /,
    );
    expect(meetingParagraph(analysis, "en")).not.toMatch(/pace|ahead|behind|schedule/i);
  });

  it("opens a result column headed '2023' alone the same way as 'Năm 2023'", () => {
    const header = [...VI_HEADER];
    header[3] = "Chỉ tiêu giai đoạn 2021-2025";
    header[4] = "2023";
    const analysis = analyzeSheet(
      sheet({ header: [header], rows: [["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 1125000, 240164]] }),
    );
    expect(meetingParagraph(analysis, "vi")).toMatch(
      /^Năm 2023, so với kế hoạch giai đoạn 2021–2025, chỉ tiêu duy nhất, Tuyển sinh giáo dục nghề nghiệp \(240\.164\/1\.125\.000 người, đạt 21,35\u00a0% kế hoạch\)/,
    );
    expect(meetingParagraph(analysis, "en")).toMatch(/^In 2023, against the 2021–2025 plan, /);
  });

  it("names a five-year programme's full period as the whole period, not a year", () => {
    const full: Period = { label: "full", elapsed: 1, cell: null, source: "user" };
    const analysis = analyzeSheet(programme08(), { period: full });
    expect(meetingParagraph(analysis, "vi")).toMatch(/^Cả giai đoạn 2021–2025, 20\/27 chỉ tiêu hoàn thành/);
    expect(meetingParagraph(analysis, "en")).toMatch(/^Over the full period 2021–2025, 20 of 27 indicators/);
  });
});

describe("section titles typed in capitals, as a sentence reads them", () => {
  it.each([
    [
      "CHỈ TIÊU DO NGÀNH LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI CHỦ TRÌ",
      "Chỉ tiêu do ngành Lao động - Thương binh và Xã hội chủ trì",
    ],
    ["CHỈ TIÊU DO SỞ Y TẾ, SỞ NỘI VỤ CHỦ TRÌ", "Chỉ tiêu do Sở Y tế, Sở Nội vụ chủ trì"],
    ["CHỈ TIÊU DO SỞ GIÁO DỤC VÀ ĐÀO TẠO CHỦ TRÌ", "Chỉ tiêu do Sở Giáo dục và Đào tạo chủ trì"],
    ["CHỈ TIÊU DO NGÀNH LĐTB&XH CHỦ TRÌ", "Chỉ tiêu do ngành LĐTB&XH chủ trì"],
    // A facility, an official and a number are not agencies, though "số" folds to the letters of "sở".
    ["CHỈ TIÊU VỀ CƠ SỞ GIÁO DỤC NGHỀ NGHIỆP", "Chỉ tiêu về cơ sở giáo dục nghề nghiệp"],
    ["NÂNG CAO NĂNG LỰC CÁN BỘ LÀM CÔNG TÁC XÃ HỘI", "Nâng cao năng lực cán bộ làm công tác xã hội"],
    ["CHỈ TIÊU VỀ SỐ NGƯỜI ĐƯỢC HỖ TRỢ", "Chỉ tiêu về số người được hỗ trợ"],
    ["Chỉ tiêu do Sở LĐTB&XH chủ trì", "Chỉ tiêu do Sở LĐTB&XH chủ trì"],
  ])("%s", (typed, read) => {
    expect(sentenceCase(typed)).toBe(read);
  });
});

describe("a section title as the user reads it, and the agencies it names", () => {
  it("reads a title typed over two lines of its cell on one", () => {
    expect(sectionTitle("CHỈ TIÊU DO SỞ GIÁO DỤC\nVÀ ĐÀO TẠO  CHỦ TRÌ")).toBe(
      "Chỉ tiêu do Sở Giáo dục và Đào tạo chủ trì",
    );
    expect(sectionTitle("Nhóm I")).toBe("Nhóm I");
  });

  it.each([
    ["CHỈ TIÊU DO SỞ GIÁO DỤC VÀ ĐÀO TẠO CHỦ TRÌ", ["Sở Giáo dục và Đào tạo"]],
    ["Chỉ tiêu do Sở Giáo dục và Đào tạo chủ trì", ["Sở Giáo dục và Đào tạo"]],
    ["CHỈ TIÊU NGÀNH LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI PHỐI HỢP THỰC HIỆN", ["ngành Lao động - Thương binh và Xã hội"]],
    ["CHỈ TIÊU DO SỞ Y TẾ, SỞ NỘI VỤ CHỦ TRÌ", ["Sở Y tế", "Sở Nội vụ"]],
    ["CHỈ TIÊU DO SỞ LĐTB&XH CHỦ TRÌ", ["Sở LĐTB&XH"]],
    // No agency: a facility, and a title that names none.
    ["CHỈ TIÊU VỀ CƠ SỞ GIÁO DỤC NGHỀ NGHIỆP", []],
    ["CHỈ TIÊU KHÁC CỦA CHƯƠNG TRÌNH", []],
  ])("%s", (title, names) => {
    expect(agencyNamesIn(title)).toEqual(names);
  });
});
