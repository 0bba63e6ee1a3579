/**
 * The one message catalogue: every user-facing text in Vietnamese and English.
 * Each area keeps its messages in its own file under messages/; each validation rule carries its own
 * messages (src/core/rules), which join the catalogue under `issues.<code>` and `rules.<code>` when the rules are
 * loaded (addRuleMessages in ./index).
 */
import { cli } from "./messages/cli";
import { cliRun } from "./messages/cli-run";
import { common } from "./messages/common";
import { consolidate } from "./messages/consolidate";
import { conclusions } from "./messages/conclusions";
import { excel } from "./messages/excel";
import { findings } from "./messages/findings";
import { functions } from "./messages/functions";
import { gap } from "./messages/gap";
import { narrative } from "./messages/narrative";
import { reader } from "./messages/reader";
import { summary } from "./messages/summary";
import { ui } from "./messages/ui";

export type Messages = { [key: string]: string | Messages };

/** Why a result column was chosen, for the result-column-chosen message. */
const why = {
  vi: {
    cumulative: "cột lũy kế",
    latest: "kỳ gần nhất",
    only: "cột duy nhất",
    mapping: "do người dùng chọn",
    none: "",
  },
  en: {
    cumulative: "the cumulative column",
    latest: "the latest period",
    only: "the only one",
    mapping: "chosen by the user",
    none: "",
  },
};

/** Why a text figure that reads two ways was read as it was, for the ambiguous-number message. */
const reading = {
  vi: {
    count: 'vì đơn vị "{{unit}}" đếm số nguyên, không có phần lẻ',
    headers:
      "theo tiêu đề bảng viết bằng tiếng Anh, vì các số trong bảng không cho biết cách viết số; nếu sai, hãy gõ lại số không có dấu ngăn cách hàng nghìn",
    default:
      "theo cách viết số tiếng Việt (mặc định), vì các số trong bảng không cho biết cách viết số; nếu sai, hãy gõ lại số không có dấu ngăn cách hàng nghìn",
  },
  en: {
    count: 'as "{{unit}}" counts whole things, with no fraction',
    headers:
      "by the table's English headings, as its figures do not show how numbers are written; if that is wrong, retype the number without a thousands separator",
    default:
      "the Vietnamese way (the default), as the table's figures do not show how numbers are written; if that is wrong, retype the number without a thousands separator",
  },
};

/**
 * Why a plain number in a percent row was read as it was, for the percent-scale-guessed message: of the one such
 * cell of its row, or of the first of several (`{{cells}}`), the others read the same way.
 */
const percentReading = {
  vi: {
    cell: {
      target:
        "vì chỉ tiêu {{target, pct}} cho thấy hàng ghi tỷ lệ dạng số thập phân; hãy định dạng ô là % để khỏi phải đoán",
      small:
        "vì chỉ tiêu {{target, pct}} cũng là tỷ lệ nhỏ, ghi bằng số phần trăm; nếu ý là {{other, pct}}, hãy định dạng ô là %",
      default:
        "theo mặc định (số thường ở hàng tỷ lệ là số phần trăm), vì hàng không cho biết cách ghi tỷ lệ; nếu ý là {{other, pct}}, hãy định dạng ô là %",
      conflict: "theo mặc định, vì các ô của hàng ghi tỷ lệ theo hai cách; hãy thống nhất cách ghi",
    },
    cells: {
      target:
        "và các số thường khác trong {{cells}} cũng đọc như vậy, vì chỉ tiêu {{target, pct}} cho thấy hàng ghi tỷ lệ dạng số thập phân; hãy định dạng các ô này là % để khỏi phải đoán",
      small:
        "và các số thường khác trong {{cells}} cũng đọc như vậy, vì chỉ tiêu {{target, pct}} cũng là tỷ lệ nhỏ, ghi bằng số phần trăm; nếu ý là {{other, pct}}, hãy định dạng các ô này là %",
      default:
        "và các số thường khác trong {{cells}} cũng đọc như vậy, theo mặc định (số thường ở hàng tỷ lệ là số phần trăm), vì hàng không cho biết cách ghi tỷ lệ; nếu ý là {{other, pct}}, hãy định dạng các ô này là %",
      conflict:
        "và các số thường khác trong {{cells}} cũng đọc như vậy, theo mặc định, vì các ô của hàng ghi tỷ lệ theo hai cách; hãy thống nhất cách ghi",
    },
  },
  en: {
    cell: {
      target:
        "as the target of {{target, pct}} shows the row writes rates as fractions; format the cell as a percent so that nothing is guessed",
      small:
        "as the target of {{target, pct}} is a small rate written in percent too; if {{other, pct}} was meant, format the cell as a percent",
      default:
        "by default (a plain number in a rate row is a percent), as the row does not show how it writes rates; if {{other, pct}} was meant, format the cell as a percent",
      conflict: "by default, as the row's cells write rates two ways; use one scale",
    },
    cells: {
      target:
        "and the other plain numbers in {{cells}} likewise, as the target of {{target, pct}} shows the row writes rates as fractions; format these cells as percents so that nothing is guessed",
      small:
        "and the other plain numbers in {{cells}} likewise, as the target of {{target, pct}} is a small rate written in percent too; if {{other, pct}} was meant, format these cells as percents",
      default:
        "and the other plain numbers in {{cells}} likewise, by default (a plain number in a rate row is a percent), as the row does not show how it writes rates; if {{other, pct}} was meant, format these cells as percents",
      conflict:
        "and the other plain numbers in {{cells}} likewise, by default, as the row's cells write rates two ways; use one scale",
    },
  },
};

/** How a cumulative figure relates to the years, for the cumulative-mismatch message. */
const relation = {
  vi: {
    sum: "tổng các năm {{years}} là",
    latest: "số năm {{last}} là",
    average: "trung bình các năm {{years}} là",
  },
  en: {
    sum: "the years {{years}} add up to",
    latest: "{{last}} shows",
    average: "the years {{years}} average",
  },
};

/** What makes a year's figure stand out, and its neighbours, for the series-outlier message. */
const outlier = {
  vi: {
    magnitudeUp: "gấp {{ratio, num}} lần các năm bên cạnh, có thể gõ thừa một chữ số 0",
    magnitudeDown: "chỉ bằng 1/{{inverse, num}} các năm bên cạnh, có thể gõ thiếu một chữ số 0",
    extreme:
      "bất thường nghiêm trọng, cách xu hướng của các năm khác (khoảng {{expected, num}}{{unit}}, gấp {{ratio, num}} lần) {{deviations, num}} độ lệch chuẩn",
    moderate:
      "bất thường, cách xu hướng của các năm khác (khoảng {{expected, num}}{{unit}}, gấp {{ratio, num}} lần) {{deviations, num}} độ lệch chuẩn",
    jumpUp: "tăng {{points, num}} điểm % so với năm trước, khác hẳn mức thay đổi thường thấy",
    jumpDown: "giảm {{points, num}} điểm % so với năm trước, khác hẳn mức thay đổi thường thấy",
  },
  en: {
    magnitudeUp: "{{ratio, num}} times the years beside it, perhaps a zero typed too many",
    magnitudeDown: "1/{{inverse, num}} of the years beside it, perhaps a zero left out",
    extreme:
      "an extreme outlier, {{deviations, num}} standard deviations from the trend of the other years (about {{expected, num}}{{unit}}; ratio {{ratio, num}})",
    moderate:
      "a moderate outlier, {{deviations, num}} standard deviations from the trend of the other years (about {{expected, num}}{{unit}}; ratio {{ratio, num}})",
    jumpUp: "up {{points, num}} percentage points on the year before, far beyond its usual change",
    jumpDown: "down {{points, num}} percentage points on the year before, far beyond its usual change",
  },
};

const neighbours = {
  vi: {
    both: "năm {{beforeYear}}: {{before, num}}{{unit}}; năm {{afterYear}}: {{after, num}}{{unit}}",
    before: "năm {{beforeYear}}: {{before, num}}{{unit}}",
    after: "năm {{afterYear}}: {{after, num}}{{unit}}",
  },
  en: {
    both: "{{beforeYear}}: {{before, num}}{{unit}}; {{afterYear}}: {{after, num}}{{unit}}",
    before: "{{beforeYear}}: {{before, num}}{{unit}}",
    after: "{{afterYear}}: {{after, num}}{{unit}}",
  },
};

/** What a cell without a figure holds, for the missing-plan and missing-actual messages; see figureAbsence. */
const absence = {
  vi: {
    blank: "trống",
    placeholder: 'ghi "{{text}}", không phải số liệu',
  },
  en: {
    blank: "is blank",
    placeholder: 'holds "{{text}}", not a figure',
  },
};

/**
 * What a reporting period means for pace, for the period-found message; `elapsed` is a share of the plan period, which
 * a quarter's own figures are not measured against.
 */
const periodShare = {
  vi: {
    partial:
      "đã qua {{elapsed, share}} thời gian kế hoạch; chỉ tiêu cộng dồn (số lượng, kinh phí) được xét tiến độ theo tỷ lệ này",
    full: "trọn kỳ kế hoạch nên không xét tiến độ",
    quarter: "số liệu được đọc là của riêng quý này, không lũy kế từ đầu năm, nên không so với tiến độ kế hoạch",
  },
  en: {
    partial:
      "{{elapsed, share}} of the plan period; cumulative indicators (counts, money) are paced against that share",
    full: "the whole plan period, so there is no pace to judge",
    quarter:
      "figures read as this quarter's own, not cumulated from the start of the year, so not compared with the plan's pace",
  },
};

/**
 * Why no indicator has a plan figure, for the no-numeric-plan message, ending on what its cell is: the plan column
 * holds none (`column`), or the table has none (`missing`, said at the name column); of its one indicator or all.
 */
const planless = {
  vi: {
    column: {
      one: "Kế hoạch của chỉ tiêu duy nhất trong bảng (ô {{cells}}) để trống, ghi bằng lời hoặc không đọc được: không có số nào trong cột kế hoạch",
      many: "Kế hoạch của cả {{count, num}} chỉ tiêu trong bảng (ô {{cells}}) đều để trống, ghi bằng lời hoặc không đọc được: không có số nào trong cột kế hoạch",
    },
    missing: {
      one: "Bảng không có cột kế hoạch (tiêu đề như Kế hoạch, KH, Mục tiêu hay Chỉ tiêu giai đoạn 2021-2025; nếu kế hoạch ở cột có tiêu đề khác, hãy chỉ định cột bằng tay) cho chỉ tiêu duy nhất ở cột tên chỉ tiêu",
      many: "Bảng không có cột kế hoạch (tiêu đề như Kế hoạch, KH, Mục tiêu hay Chỉ tiêu giai đoạn 2021-2025; nếu kế hoạch ở cột có tiêu đề khác, hãy chỉ định cột bằng tay) cho {{count, num}} chỉ tiêu ở cột tên chỉ tiêu",
    },
  },
  en: {
    column: {
      one: "The plan of the table's only indicator (cell {{cells}}) is blank, in words or unreadable: there is no figure in the plan column",
      many: "The plans of all {{count, num}} indicators in the table (cells {{cells}}) are blank, in words or unreadable: there is no figure in the plan column",
    },
    missing: {
      one: "The table has no plan column (headed such as Plan, Target, Kế hoạch or KH; if the plans are under another heading, map the column by hand) for the only indicator in its name column",
      many: "The table has no plan column (headed such as Plan, Target, Kế hoạch or KH; if the plans are under another heading, map the column by hand) for the {{count, num}} indicators in its name column",
    },
  },
};

/** Rule titles, `rules.<code>`, added with the rules. */
const rules: { vi: Messages; en: Messages } = { vi: {}, en: {} };

const issues = {
  vi: {
    why: why.vi,
    reading: reading.vi,
    percentReading: percentReading.vi,
    relation: relation.vi,
    outlier: outlier.vi,
    neighbours: neighbours.vi,
    periodShare: periodShare.vi,
    absence: absence.vi,
    planless: planless.vi,
  },
  en: {
    why: why.en,
    reading: reading.en,
    percentReading: percentReading.en,
    relation: relation.en,
    outlier: outlier.en,
    neighbours: neighbours.en,
    periodShare: periodShare.en,
    absence: absence.en,
    planless: planless.en,
  },
};

const parts: Record<string, { vi: Messages; en: Messages }> = {
  issues,
  rules,
  common,
  conclusions,
  gap,
  summary,
  ui,
  functions,
  cli,
  cliRun,
  consolidate,
  excel,
  reader,
  narrative,
  findings,
};

function pick(lang: "vi" | "en"): Messages {
  const out: Messages = {};
  for (const [ns, messages] of Object.entries(parts)) out[ns] = messages[lang];
  return out;
}

export const catalog = { vi: pick("vi"), en: pick("en") };
