/** Excel's limit on a sheet name. */
const MAX_LENGTH = 31;
/** Words and the separators after them: "Báo cáo_kết-quả" is "Báo ", "cáo_", "kết-", "quả". */
const WORDS = /[^\s_\-.]+[\s_\-.]*/gu;

function words(label: string): string[] {
  return label.match(WORDS) ?? [];
}

function commonLength(lists: string[][], at: (list: string[], i: number) => string | undefined): number {
  const shortest = Math.min(...lists.map((l) => l.length));
  let n = 0;
  while (n < shortest && lists.every((l) => at(l, n)?.trim() === at(lists[0]!, n)?.trim())) n++;
  return n;
}

/**
 * Tab names for units whose labels (file names) would not fit Excel's 31 characters: the words every label
 * shares at its start and at its end ("Báo cáo kết quả chỉ tiêu Công an …") are dropped, so each tab keeps the
 * part that tells the units apart. Labels that all fit are kept whole.
 */
export function distinguishingNames(labels: string[]): string[] {
  if (labels.length < 2 || labels.every((l) => [...l].length <= MAX_LENGTH)) return labels;
  const lists = labels.map(words);
  const head = commonLength(lists, (l, i) => l[i]);
  const rest = lists.map((l) => l.slice(head));
  const tail = commonLength(rest, (l, i) => l[l.length - 1 - i]);
  return labels.map((label, i) => {
    const kept = rest[i]!.slice(0, rest[i]!.length - tail)
      .join("")
      .replace(/[\s_\-.]+$/u, "");
    return kept || label;
  });
}
