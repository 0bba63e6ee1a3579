import { columnLetter } from "../../core/address";
import { viewOf, type SheetSnapshot } from "../../core/snapshot";

export interface ColumnOption {
  letter: string;
  /** The column's header text across the header rows ("Kết quả thực hiện / Lũy kế 2021-2023"); may be empty. */
  header: string;
}

/**
 * The columns a user can assign to a role, each with the header text they see in the sheet. A cell under a
 * merged header takes the merged cell's text, so grouped headers read as "group / column".
 */
export function columnOptions(snapshot: SheetSnapshot, headerRows: number[]): ColumnOption[] {
  const view = viewOf(snapshot);
  const options: ColumnOption[] = [];
  for (let col = view.firstCol; col <= view.lastCol; col++) {
    const parts: string[] = [];
    for (const row of headerRows) {
      const merge = view.mergeAt(row, col);
      const text = clean(merge ? view.text(merge.top, merge.left) : view.text(row, col));
      if (text && !parts.includes(text)) parts.push(text);
    }
    options.push({ letter: columnLetter(col), header: parts.join(" / ") });
  }
  return options;
}

function clean(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
