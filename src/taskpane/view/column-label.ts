import { columnLetter } from "../../core/address";
import type { MessageParams } from "../../core/i18n";
import type { ColumnOption } from "./column-options";

type Translate = (key: string, params?: MessageParams) => string;

/**
 * "G — Kết quả thực hiện / Lũy kế 2021-2023", or just "G" for a column without header text. Never shortened: the
 * part that tells two result columns apart is usually the end ("Năm 2022" against "Lũy kế"), so views wrap it.
 */
export function optionLabel(t: Translate, option: ColumnOption): string {
  if (!option.header) return option.letter;
  return t("ui.table.column", { letter: option.letter, header: option.header });
}

export function columnLabel(t: Translate, options: ColumnOption[], col: number): string {
  const letter = columnLetter(col);
  return optionLabel(t, options.find((o) => o.letter === letter) ?? { letter, header: "" });
}
