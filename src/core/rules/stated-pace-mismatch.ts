import { readCell } from "../cells";
import { paceShare } from "../period";
import { NO_PASS, seenText, type Rule } from "./rule";

/**
 * "Vượt tiến độ" or "Chậm tiến độ" in the status column against the pace the figures give in a partial period. A
 * warning, not an error as a wrong status is: a pace rests on the share of the period elapsed, which the reporting
 * period's words only approximate (the period-found note says which share was read). Ahead and on pace are one pace
 * here, as paceOf judges them: an indicator ahead of the elapsed share is on track. A quarter's own figures have no
 * pace (paceShare), so a pace stated beside them contradicts nothing.
 */
export const statedPaceMismatch: Rule = {
  code: "stated-pace-mismatch",
  severity: "warning",
  title: { vi: "Tiến độ ghi không khớp số liệu", en: "Stated pace differs" },
  messages: {
    vi: 'Ô {{cell}} ghi "{{text}}" nhưng chỉ tiêu "{{name}}" đạt {{attainment, share}} kế hoạch khi đã qua {{elapsed, share}} thời gian kế hoạch, tức là "$t(common.pace.{{computed}})".',
    en: 'Cell {{cell}} says "{{text}}" but "{{name}}" is at {{attainment, share}} of plan with {{elapsed, share}} of the plan period elapsed, which is "$t(common.pace.{{computed}})".',
  },
  values: seenText("text"),
  rows: ({ view, layout, convention, period }, out) => {
    const col = layout.columns.statedStatus;
    const elapsed = paceShare(period);
    if (col === undefined || elapsed === null || !(elapsed < 1)) return NO_PASS;
    return {
      row: (r) => {
        const stated = r.statedPace;
        if (stated === null) return;
        const { pace, attainment } = r.indicator;
        if (pace === null || pace === stated || attainment === null) return;
        const cell = readCell(view, r.indicator.row, col, convention, false)!;
        out.push({
          row: cell.row,
          col: cell.col,
          params: { text: cell.text, name: r.indicator.name, attainment, elapsed, computed: pace },
        });
      },
    };
  },
};
