import type { SheetSnapshot } from "../../src/core/snapshot";
import { multiYear } from "./years";

/**
 * Yearly rates typed as plain numbers in General format, figures from the seed article: health insurance at 92,1 %,
 * 93,6 % and 98,9 % as fractions beside a target of 95 %, and the near-poor rate of 0,99 % as a whole percent
 * beside its ceiling of 1,5 %, not reported for 2022. Each row's reading is guessed once, by one issue at its first
 * such cell naming the others: "E3:H3" side by side, "E4, G4, H4" around the gap.
 */
export function guessedRates(name = "Bieu 01"): SheetSnapshot {
  const table = multiYear(["Năm 2021", "Năm 2022", "Năm 2023"], "Lũy kế 2021-2023", [
    ["1", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "≥ 95%", 0.921, 0.936, 0.989, 0.989, null],
    ["2", "Tỷ lệ hộ cận nghèo", "%", "Dưới 1,5%", 0.99, null, 0.99, 0.99, null],
  ]);
  return { ...table, name };
}
