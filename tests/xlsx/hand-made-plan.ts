import type { SummaryPlan } from "../../src/core/summary/plan";

/** A small plan as a host would get it: a header row, three indicators, and one chart of each kind. */
export function handMadePlan(sheetName = "Tổng hợp"): SummaryPlan {
  const header = { bold: true, fill: "header", fontColor: "header", border: true } as const;
  return {
    sheetName,
    cells: [
      { row: 1, col: 1, value: "BÁO CÁO TỔNG HỢP", style: { bold: true, fontSize: 14, fontColor: "title" } },
      { row: 3, col: 1, value: "Chỉ tiêu", style: header },
      { row: 3, col: 2, value: "Tỷ lệ đạt (%)", style: header },
      { row: 3, col: 3, value: "Mốc kế hoạch (100%)", style: { ...header, wrap: true } },
      { row: 3, col: 4, value: "Số chỉ tiêu", style: header },
      { row: 4, col: 1, value: "Hoàn thành", style: { fill: "achieved", fontColor: "achieved" } },
      { row: 5, col: 1, value: "Chưa hoàn thành", style: { fill: "notAchieved", fontColor: "notAchieved" } },
      { row: 6, col: 1, value: "Tỷ lệ hộ nghèo", style: { border: true } },
      { row: 4, col: 2, value: 1.0674, format: "0.0%" },
      { row: 5, col: 2, value: 0.7841, format: "0.0%" },
      { row: 6, col: 2, value: 16.6667, format: "0.0%" },
      ...[4, 5, 6].map((row) => ({ row, col: 3, value: 1, format: "0%" })),
      { row: 4, col: 4, value: 20, format: "#,##0" },
      { row: 5, col: 4, value: 7, format: "#,##0" },
      { row: 6, col: 4, value: 0, format: "#,##0" },
    ],
    merges: [{ top: 1, left: 1, bottom: 1, right: 4 }],
    columnWidths: [30, 14, 12, 12],
    headerRow: 3,
    charts: [
      {
        id: "attainment",
        kind: "bar",
        title: "Tỷ lệ thực hiện so với kế hoạch",
        categories: { col: 1, firstRow: 4, lastRow: 6 },
        series: [{ name: "Tỷ lệ đạt (%)", values: { col: 2, firstRow: 4, lastRow: 6 } }],
        referenceLine: { name: "Kế hoạch (100%)", values: { col: 3, firstRow: 4, lastRow: 6 } },
        anchor: { row: 8, col: 1, widthCols: 4, heightRows: 12 },
        valueFormat: "0%",
        axisMax: 2,
      },
      {
        id: "groups",
        kind: "column",
        title: "Theo nhóm",
        categories: { col: 1, firstRow: 4, lastRow: 6 },
        series: [{ name: "Tỷ lệ đạt (%)", values: { col: 2, firstRow: 4, lastRow: 6 } }],
        referenceLine: { name: "Kế hoạch (100%)", values: { col: 3, firstRow: 4, lastRow: 6 } },
        anchor: { row: 21, col: 1, widthCols: 2, heightRows: 10 },
      },
      {
        id: "status",
        kind: "pie",
        title: "Cơ cấu",
        categories: { col: 1, firstRow: 4, lastRow: 5 },
        series: [{ name: "Số chỉ tiêu", values: { col: 4, firstRow: 4, lastRow: 5 } }],
        anchor: { row: 21, col: 3, widthCols: 2, heightRows: 10 },
      },
    ],
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: 3, last: 3 } },
  };
}
