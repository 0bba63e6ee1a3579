import { a1, columnLetter } from "../core/address";
import { FINDING_COLUMNS, FINDING_WIDTHS, findingCells, findingHeaders, type FindingRow } from "../core/findings";
import { FINDINGS_HEADER_STYLE } from "../core/findings-plan";
import { t } from "../core/i18n";
import type { Lang } from "../core/types";
import { fitCellText } from "./excel-limits";
import { excelize, must } from "./excelize";
import { excelizeStyle, SUMMARY_FONT } from "./plan-style";

/**
 * The findings as a workbook of one sheet: a header row frozen and filterable, a row per issue, texts only and no
 * hyperlinks (the file goes to the unit that made the table, whose copy may have other sheet names or none).
 */
export async function findingsWorkbook(rows: FindingRow[], lang: Lang): Promise<Uint8Array> {
  const ex = await excelize();
  const file = ex.NewFile();
  const sheet = t(lang, "findings.sheetName");
  must(file.SetDefaultFont(SUMMARY_FONT));
  must(file.SetSheetName("Sheet1", sheet));
  const last = columnLetter(FINDING_COLUMNS.length);
  must(file.SetSheetRow(sheet, "A1", findingHeaders(lang)));
  const header = must(file.NewStyle(excelizeStyle({ style: FINDINGS_HEADER_STYLE })));
  must(file.SetCellStyle(sheet, "A1", `${last}1`, header.style));
  rows.forEach((row, i) => must(file.SetSheetRow(sheet, a1(i + 2, 1), findingCells(row).map(fitCellText))));
  FINDING_COLUMNS.forEach((column, i) => {
    const letter = columnLetter(i + 1);
    must(file.SetColWidth(sheet, letter, letter, FINDING_WIDTHS[column]));
  });
  must(file.SetPanes(sheet, { Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft" }));
  must(file.AutoFilter(sheet, `A1:${last}${rows.length + 1}`, []));
  const { buffer } = must(file.WriteToBuffer());
  return buffer as Uint8Array;
}
