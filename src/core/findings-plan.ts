/**
 * The findings as a sheet of the workbook they came from (the add-in's "Kết quả kiểm tra"): the columns and rows of
 * the command line's findings file, each cell address a link to that cell, the header frozen and filterable. Unlike
 * the file, the sheet sits beside the checked sheet, so its links always lead somewhere.
 */
import { splitReference } from "./address";
import { FINDING_COLUMNS, FINDING_WIDTHS, findingCells, findingHeaders, type FindingRow } from "./findings";
import { t } from "./i18n";
import type { PlanCell, PlanStyle, SummaryPlan } from "./summary/plan";
import type { Lang } from "./types";

export const FINDINGS_HEADER_STYLE: PlanStyle = { bold: true, fill: "header", fontColor: "header" };

const CELL_COLUMN = FINDING_COLUMNS.indexOf("cell");

/** An issue raised on another sheet names it in its address ("'Tổng hợp'!C5"); the link then goes there. */
function linkOf(row: FindingRow): NonNullable<PlanCell["link"]> {
  const { sheet, cell } = splitReference(row.cell);
  return { sheet: sheet ?? row.sheet, cell };
}

export function findingsPlan(rows: FindingRow[], lang: Lang): SummaryPlan {
  const header: PlanCell[] = findingHeaders(lang).map((value, i) => ({
    row: 1,
    col: i + 1,
    value,
    style: FINDINGS_HEADER_STYLE,
  }));
  const body = rows.flatMap((row, r) =>
    findingCells(row).flatMap((value, c): PlanCell[] => {
      if (value === "") return [];
      const cell: PlanCell = { row: r + 2, col: c + 1, value };
      return [c === CELL_COLUMN ? { ...cell, link: linkOf(row) } : cell];
    }),
  );
  return {
    sheetName: t(lang, "findings.sheetName"),
    cells: [...header, ...body],
    merges: [],
    columnWidths: FINDING_COLUMNS.map((column) => FINDING_WIDTHS[column]),
    headerRow: 1,
    charts: [],
    filter: { top: 1, left: 1, bottom: rows.length + 1, right: FINDING_COLUMNS.length },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: 1, last: 1 } },
  };
}
