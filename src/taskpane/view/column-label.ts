import { columnLetter } from "../../core/address";
import type { MessageParams } from "../../core/i18n";
import type { ColumnOption } from "./column-options";

type Translate = (key: string, params?: MessageParams) => string;

const MAX_HEADER = 48;

/** "G — Kết quả thực hiện / Lũy kế 2021-2023", or just "G" for a column without header text. */
export function optionLabel(t: Translate, option: ColumnOption): string {
  if (!option.header) return option.letter;
  const header = option.header.length > MAX_HEADER ? `${option.header.slice(0, MAX_HEADER - 1)}…` : option.header;
  return t("ui.table.column", { letter: option.letter, header });
}

export function columnLabel(t: Translate, options: ColumnOption[], col: number): string {
  const letter = columnLetter(col);
  return optionLabel(t, options.find((o) => o.letter === letter) ?? { letter, header: "" });
}
