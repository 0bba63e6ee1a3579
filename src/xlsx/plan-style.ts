import type { Style } from "excelize-wasm";
import { SUMMARY_COLORS, type PlanCell } from "../core/summary/plan";

const BORDER_COLOR = "BFBFBF";
/** Vietnamese administrative documents are set in Times New Roman (Decree 30/2020/NĐ-CP); readers expect it. */
export const SUMMARY_FONT = "Times New Roman";

/** The excelize style of a plan cell: its semantic style mapped to SUMMARY_COLORS, and its number format. */
export function excelizeStyle(cell: Pick<PlanCell, "style" | "format">): Style {
  const style = cell.style ?? {};
  const out: Style = {
    Font: {
      Family: SUMMARY_FONT,
      Bold: style.bold ?? false,
      Italic: style.italic ?? false,
      Size: style.fontSize ?? 11,
      ...(style.fontColor ? { Color: SUMMARY_COLORS[style.fontColor].font } : {}),
    },
    Alignment: {
      Vertical: "center",
      WrapText: style.wrap ?? false,
      ...(style.horizontal ? { Horizontal: style.horizontal } : {}),
    },
  };
  if (style.fill) out.Fill = { Type: "pattern", Pattern: 1, Color: [SUMMARY_COLORS[style.fill].fill] };
  if (style.border) {
    out.Border = ["left", "top", "right", "bottom"].map((side) => ({ Type: side, Color: BORDER_COLOR, Style: 1 }));
  }
  if (cell.format) out.CustomNumFmt = cell.format;
  return out;
}

/** One excelize style id per distinct style, so a 20,000-row summary does not create 20,000 styles. */
export class StyleCache {
  private readonly ids = new Map<string, number>();
  constructor(private readonly create: (style: Style) => number) {}

  idFor(cell: Pick<PlanCell, "style" | "format">): number {
    const key = JSON.stringify([cell.style ?? null, cell.format ?? null]);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.create(excelizeStyle(cell));
      this.ids.set(key, id);
    }
    return id;
  }
}
