/**
 * A summary plan: the standard summary sheet as pure data. The Excel host applies it with Office.js
 * and the file host with an .xlsx writer, so both outputs have the same cells, formats and charts.
 * Coordinates are 1-based sheet coordinates on the summary sheet.
 */

import type { CellArea } from "../snapshot";
import type { Band } from "../types";
export type PlanColor = "achieved" | "ahead" | "near" | "notAchieved" | "noData" | "header" | "title" | "section";

/** The colour each band is drawn in, on every sheet a plan describes. */
export const BAND_COLOR: Record<Band, PlanColor> = {
  achieved: "achieved",
  near: "near",
  not_achieved: "notAchieved",
  no_data: "noData",
};

export interface PlanStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  fontSize?: number;
  /** Semantic fill; hosts map it to their palette (see SUMMARY_COLORS). */
  fill?: PlanColor;
  /** Semantic font colour. */
  fontColor?: PlanColor;
  horizontal?: "left" | "center" | "right";
  wrap?: boolean;
  border?: boolean;
}

/** A table's header cells, on every sheet a plan describes: white bold on the header colour, wrapped, boxed. */
export const HEADER_STYLE: PlanStyle = {
  bold: true,
  fill: "header",
  fontColor: "header",
  horizontal: "center",
  wrap: true,
  border: true,
};

export interface PlanCell {
  row: number;
  col: number;
  value: string | number | null;
  /** Excel number format code, e.g. "0.0%" or "#,##0". */
  format?: string;
  style?: PlanStyle;
  /**
   * A link to a cell of a sheet of the same workbook: A1 of a unit's sheet from its by-unit row, or the cell an
   * issue of the findings list is about.
   */
  link?: { sheet: string; cell?: string };
}

export interface PlanMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface PlanRange {
  /** Inclusive sheet rows and one column. */
  col: number;
  firstRow: number;
  lastRow: number;
}

export interface PlanSeries {
  name: string;
  values: PlanRange;
}

export interface PlanChart {
  id: "attainment" | "status" | "groups" | "ranking";
  kind: "bar" | "column" | "pie" | "stackedColumn";
  title: string;
  categories: PlanRange;
  series: PlanSeries[];
  /** A horizontal reference line at this value (the 100 % line), drawn as a line series over the bars. */
  referenceLine?: { name: string; values: PlanRange };
  /** Top-left cell the chart is anchored to, and its size in columns and rows. */
  anchor: { row: number; col: number; widthCols: number; heightRows: number };
  valueFormat?: string;
  /**
   * Upper bound of the value axis, set only when some value passes it: one lower-is-better rate far under its
   * ceiling (1 667 %) would otherwise flatten every other bar. Values above it are drawn cut at the bound; the
   * table keeps the figure.
   */
  axisMax?: number;
}

export interface SummaryPlan {
  sheetName: string;
  cells: PlanCell[];
  merges: PlanMerge[];
  /** Column widths in characters, index 0 is column A. */
  columnWidths: number[];
  /** Rows frozen and repeated on every printed page. */
  headerRow: number;
  charts: PlanChart[];
  /** The header row and the rows under it, filterable from the header (AutoFilter). */
  filter?: CellArea;
  print: { orientation: "landscape"; paper: "A4"; fitToWidth: true; repeatRows: { first: number; last: number } };
}

/** The palette every host uses for PlanColor, as RGB hex without '#'. */
export const SUMMARY_COLORS: Record<PlanColor, { fill: string; font: string }> = {
  achieved: { fill: "C6EFCE", font: "006100" },
  // A deeper green than on track: met in full before the period ends, which is more than keeping pace.
  ahead: { fill: "A9D08E", font: "375623" },
  near: { fill: "FFEB9C", font: "9C5700" },
  notAchieved: { fill: "FFC7CE", font: "9C0006" },
  noData: { fill: "EDEDED", font: "595959" },
  header: { fill: "1F4E78", font: "FFFFFF" },
  title: { fill: "FFFFFF", font: "1F4E78" },
  section: { fill: "DDEBF7", font: "1F4E78" },
};
