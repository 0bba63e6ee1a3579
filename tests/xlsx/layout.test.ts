import { describe, expect, it } from "vitest";
import type { PlanChart, SummaryPlan } from "../../src/core/summary/plan";
import { chartPageBreaks } from "../../src/xlsx/page-breaks";
import { wrappedRowHeights } from "../../src/xlsx/row-heights";

function plan(
  cells: SummaryPlan["cells"],
  charts: PlanChart[] = [],
  widths = [6, 52, 14, 14, 14, 16, 14, 17, 12],
): SummaryPlan {
  return {
    sheetName: "Tổng hợp",
    cells,
    merges: [],
    columnWidths: widths,
    headerRow: 3,
    charts,
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: 3, last: 3 } },
  };
}

function chart(row: number, heightRows: number): PlanChart {
  return {
    id: "attainment",
    kind: "bar",
    title: "",
    categories: { col: 2, firstRow: 4, lastRow: 30 },
    series: [],
    anchor: { row, col: 1, widthCols: 9, heightRows },
  };
}

describe("wrappedRowHeights", () => {
  it("grows a row only for wrapped text that needs more lines than its column holds", () => {
    const name = "Số xã, phường, thị trấn có mô hình hỗ trợ người sau cai nghiện dựa vào cộng đồng";
    const heights = wrappedRowHeights(
      plan([
        { row: 4, col: 2, value: "Tuyển sinh giáo dục nghề nghiệp", style: { wrap: true } },
        { row: 5, col: 2, value: name, style: { wrap: true } },
        { row: 6, col: 2, value: name, style: { wrap: false } },
        { row: 3, col: 9, value: "Mốc kế hoạch (100%)", style: { wrap: true, bold: true } },
        { row: 7, col: 1, value: "CHỈ TIÊU DO NGÀNH LAO ĐỘNG CHỦ TRÌ", style: { wrap: true } },
      ]),
    );
    expect(heights.get(4)).toBeUndefined();
    expect(heights.get(5)).toBe(30);
    expect(heights.has(6)).toBe(false);
    expect(heights.get(3)).toBe(45);
    expect(heights.get(7)).toBeGreaterThanOrEqual(75);
  });

  it("wraps a figure and its % sign, held together by a no-break space, as one word, as Excel does", () => {
    // Nine characters a line: "Đạt 78,41" fits, so only a breaking space would let "% KH" follow on line two.
    const heights = (text: string) =>
      wrappedRowHeights(plan([{ row: 4, col: 1, value: text, style: { wrap: true } }], [], [9])).get(4);
    expect(heights("Đạt 78,41 % KH")).toBe(30);
    expect(heights("Đạt 78,41\u00a0% KH")).toBe(45);
  });
});

describe("wrappedRowHeights of text that fits one line", () => {
  it("keeps a row one line high when its text fits, in either language", () => {
    // Each fits its column in Times New Roman: before, counted by letters, each was given a second line it did not
    // fill, and the English group header a third.
    const heights = wrappedRowHeights(
      plan(
        [
          { row: 4, col: 8, value: "Near target (≥ 90% of plan)", style: { wrap: true } },
          { row: 5, col: 8, value: "Gần đạt (≥ 90\u00a0% KH)", style: { wrap: true } },
          { row: 6, col: 2, value: "Số người tham gia bảo hiểm xã hội tự nguyện", style: { wrap: true } },
          { row: 7, col: 9, value: "Hoàn thành trước thời hạn", style: { wrap: true } },
          // Its marks typed apart, as pasted from a Mac: each was counted a digit and the row given a second line.
          {
            row: 8,
            col: 2,
            value: "Số người tham gia bảo hiểm xã hội tự nguyện".normalize("NFD"),
            style: { wrap: true },
          },
        ],
        [],
        [6, 52, 14, 14, 14, 23, 18, 24, 23],
      ),
    );
    expect([...heights]).toEqual([]);
  });

  it("gives a bold header the lines it takes and no more", () => {
    const header = (text: string) =>
      wrappedRowHeights(plan([{ row: 3, col: 5, value: text, style: { wrap: true, bold: true } }])).get(3);
    expect(header("Near target (≥ 90% of plan)")).toBe(30);
    expect(header("Gần đạt (≥ 90\u00a0% KH)")).toBe(30);
    expect(header("Not achieved")).toBeUndefined();
  });

  it("counts a meeting paragraph merged across the sheet by its lines at the sheet's width", () => {
    const paragraph =
      "Lũy kế giai đoạn 2021–2023, 18/27 chỉ tiêu hoàn thành (66,7\u00a0%), trong đó 11 chỉ tiêu hoàn thành trước thời hạn.";
    const row = (times: number) =>
      wrappedRowHeights({
        ...plan(
          [{ row: 4, col: 1, value: Array(times).fill(paragraph).join(" "), style: { wrap: true } }],
          [],
          [6, 52, 14, 14, 14, 23, 18, 24, 23],
        ),
        merges: [{ top: 4, left: 1, bottom: 4, right: 9 }],
      }).get(4);
    // About 90 digits a sentence in a line of 187: two sentences a line, where counted by letters it was one.
    expect(row(2)).toBeUndefined();
    expect(row(4)).toBe(30);
    expect(row(6)).toBe(45);
  });
});

describe("wrappedRowHeights of a cell merged down over rows", () => {
  const note = "Kỳ báo cáo: lũy kế giai đoạn 2021–2023, đã qua 60 % thời gian kế hoạch; chỉ xét chỉ tiêu cộng dồn.";
  const heights = (widths: number[]) =>
    wrappedRowHeights({
      ...plan([{ row: 10, col: 1, value: note, style: { wrap: true, italic: true } }], [], widths),
      merges: [{ top: 10, left: 1, bottom: 11, right: 2 }],
    });

  it("leaves its rows alone when its lines fit the rows it spans", () => {
    // Two lines in a width of 50: one a row, not both on the top row beside the status block's "Chưa có số liệu".
    expect([...heights([25, 25])]).toEqual([]);
  });

  it("shares the lines it needs beyond them between its rows", () => {
    // Past two lines in a width of 30, so each of its two rows takes two lines rather than the top row all of them.
    expect([...heights([15, 15])]).toEqual([
      [10, 30],
      [11, 30],
    ]);
  });
});

describe("wrappedRowHeights of a target in words in the summary's plan column", () => {
  it("gives a target mostly of figures and signs the lines it takes, as LibreOffice does not grow the row", () => {
    // The poverty rate's "Giảm 1-1,5%/năm" is 15 characters, 11 of them digits, signs or capitals: in the plan
    // column 14 digits wide it wraps after "Giảm", as a name of as many lower-case letters would not.
    const heights = (text: string) =>
      wrappedRowHeights(plan([{ row: 4, col: 4, value: text, style: { wrap: true, horizontal: "right" } }])).get(4);
    expect(heights("Giảm 1-1,5%/năm")).toBe(30);
    expect(heights("Mỗi năm giảm 2.000 hộ nghèo")).toBe(30);
    expect(heights("Dưới 0,5%")).toBeUndefined();
    expect(heights("hộ nghèo còn ít")).toBeUndefined();
  });
});

describe("chartPageBreaks", () => {
  it("adds no break when the charts fit on the page they start on", () => {
    expect(chartPageBreaks(plan([], [chart(12, 12)], [6, 30, 16, 12, 12, 15, 15, 15, 8, 10, 44]), new Map())).toEqual(
      [],
    );
  });

  it("starts a band of charts on a new page when it would cross a page boundary", () => {
    const tall = chart(45, 33);
    const band = [chart(79, 16), { ...chart(79, 16), anchor: { row: 79, col: 3, widthCols: 7, heightRows: 16 } }];
    expect(chartPageBreaks(plan([], [tall, ...band]), new Map())).toEqual([45, 79]);
  });

  describe("at the English summary's widths, where LibreOffice without Times New Roman scales the sheet further", () => {
    // A page holds 44.77 rows of 15 pt in Excel and 59 in LibreOffice, where the sheet is set in DejaVu Serif.
    const widths = [6, 52, 14, 14, 14, 23, 18, 24, 23];
    const breaks = (row: number) => chartPageBreaks(plan([], [chart(row, 18)], widths), new Map());

    it("breaks before a band Excel would cut, and under a short table before none", () => {
      expect(breaks(44)).toEqual([44]);
      expect(breaks(45)).toEqual([45]);
      expect(breaks(12)).toEqual([]);
    });

    it("costs no Excel page for LibreOffice's sake: a band just past an Excel page's top stays under its rows", () => {
      // A chart at row 46 starts Excel's page two (row 45 is already on it) and fits there, while LibreOffice's page
      // one cuts it. A break before it left Excel's page two the repeated header and row 45, and the chart on page
      // three; so for every band on page two with under a quarter of its rows above it.
      for (let row = 46; row <= 56; row++) expect(breaks(row), `${row}`).toEqual([]);
    });

    it("keeps the band whole in LibreOffice too when Excel's page above it is a quarter full or more", () => {
      // Row 57 has 11.8 of Excel's 43.8 rows below the header above it on page two; LibreOffice's page one ends
      // within the band until row 60 starts its page two.
      for (let row = 57; row <= 59; row++) expect(breaks(row), `${row}`).toEqual([row]);
      expect(breaks(60)).toEqual([]);
    });
  });
});
