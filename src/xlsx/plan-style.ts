import type ExcelJS from "exceljs";
import { SUMMARY_COLORS, type PlanCell } from "../core/summary/plan";

const BORDER_COLOR = "FFBFBFBF";
/** Vietnamese administrative documents are set in Times New Roman (Decree 30/2020/NĐ-CP); readers expect it. */
export const SUMMARY_FONT = "Times New Roman";

const argb = (rgb: string) => `FF${rgb}`;

/** The ExcelJS style of a plan cell: its semantic style mapped to SUMMARY_COLORS, and its number format. */
export function cellStyle(cell: Pick<PlanCell, "style" | "format">): Partial<ExcelJS.Style> {
  const style = cell.style ?? {};
  const out: Partial<ExcelJS.Style> = {
    font: {
      name: SUMMARY_FONT,
      bold: style.bold ?? false,
      italic: style.italic ?? false,
      size: style.fontSize ?? 11,
      ...(style.fontColor ? { color: { argb: argb(SUMMARY_COLORS[style.fontColor].font) } } : {}),
    },
    alignment: {
      vertical: "middle",
      wrapText: style.wrap ?? false,
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
    },
  };
  if (style.fill) {
    out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(SUMMARY_COLORS[style.fill].fill) } };
  }
  if (style.border) {
    const side = { style: "thin", color: { argb: BORDER_COLOR } } as const;
    out.border = { left: side, top: side, right: side, bottom: side };
  }
  if (cell.format) out.numFmt = cell.format;
  return out;
}

/**
 * One style object per distinct plan style, shared by every cell that has it, so a 20,000-row summary does not
 * build 20,000 objects for the writer to compare.
 */
export class StyleCache {
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();

  styleFor(cell: Pick<PlanCell, "style" | "format">): Partial<ExcelJS.Style> {
    const key = JSON.stringify([cell.style ?? null, cell.format ?? null]);
    let style = this.styles.get(key);
    if (!style) {
      style = cellStyle(cell);
      this.styles.set(key, style);
    }
    return style;
  }
}
