import { columnLetter } from "../core/address";
import { FINDING_COLUMNS, FINDING_WIDTHS, findingCells, findingHeaders, type FindingRow } from "../core/findings";
import { FINDINGS_HEADER_STYLE } from "../core/findings-plan";
import { t } from "../core/i18n";
import type { Lang } from "../core/types";
import { fitCellText } from "./excel-limits";
import { injectParts } from "./inject-parts";
import { cellStyle, SUMMARY_FONT } from "./plan-style";
import { filterName, newWorkbook, storedPackage, writerFailure } from "./write-summary";

/**
 * The findings as a workbook of one sheet: a header row frozen and filterable, a row per issue, texts only and no
 * hyperlinks (the file goes to the unit that made the table, whose copy may have other sheet names or none).
 */
export async function findingsWorkbook(rows: FindingRow[], lang: Lang): Promise<Uint8Array> {
  try {
    const workbook = await newWorkbook();
    const sheet = workbook.addWorksheet(t(lang, "findings.sheetName"), {
      views: [{ state: "frozen", ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
    });
    const header = sheet.addRow(findingHeaders(lang));
    const style = cellStyle({ style: FINDINGS_HEADER_STYLE });
    header.eachCell((cell) => {
      cell.style = style;
    });
    for (const row of rows) sheet.addRow(findingCells(row).map(fitCellText));
    const filter = { top: 1, left: 1, bottom: rows.length + 1, right: FINDING_COLUMNS.length };
    sheet.autoFilter = `A1:${columnLetter(filter.right)}${filter.bottom}`;
    const extras = {
      charts: [],
      links: [],
      names: [filterName(sheet.name, filter)],
      fixedRowHeight: false,
      columnWidths: FINDING_COLUMNS.map((column) => FINDING_WIDTHS[column]),
    };
    return injectParts(await storedPackage(workbook), [extras], SUMMARY_FONT);
  } catch (error) {
    throw writerFailure(error);
  }
}
