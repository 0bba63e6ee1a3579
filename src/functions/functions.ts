/**
 * The CHITIEU.* custom functions as Excel calls them. Every argument may be a cell or a range, and every function
 * returns a matrix, so one formula spills over a whole column. The per-cell work is in ./evaluate (pure, tested in
 * Node); this layer broadcasts ranges and turns failures into Excel errors with a message in the display language.
 *
 * The JSDoc below is the English metadata (functions.json is generated from it at build); the Vietnamese metadata
 * is src/core/i18n/messages/functions.ts. The build appends the CustomFunctions.associate calls. Each description
 * stays on one line: a line break would show in Excel's function tooltip.
 */
import { langFromLocale } from "../core/i18n";
import type { Lang } from "../core/types";
import { broadcast } from "./broadcast";
import { readExcelConvention } from "./culture";
import {
  attainmentCell,
  errorMessage,
  gapCell,
  isFunctionError,
  metCell,
  numberCell,
  overPlanCell,
  paceCell,
  statusCell,
  type Output,
} from "./evaluate";

export type CellResult = number | string | boolean | CustomFunctions.Error;

void readExcelConvention();

// Spelled out in each signature too: the metadata generator cannot resolve type aliases.
/** Excel shows a custom message only with these codes; #DIV/0! speaks for itself. */
const MESSAGE_CODES = new Set(["#VALUE!", "#N/A"]);

/**
 * Error tooltips follow Office's display language. Outside Office (tests) or before Office has started, Vietnamese,
 * the language of the people who use these functions.
 */
function displayLang(): Lang {
  const locale = typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
  return locale ? langFromLocale(locale) : "vi";
}

function toExcel(results: Output[][]): CellResult[][] {
  let lang: Lang | null = null;
  for (const row of results) {
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (!isFunctionError(value)) continue;
      const code = value.code as CustomFunctions.ErrorCode;
      if (!MESSAGE_CODES.has(value.code)) {
        row[c] = new CustomFunctions.Error(code) as unknown as Output;
        continue;
      }
      lang ??= displayLang();
      row[c] = new CustomFunctions.Error(code, errorMessage(value, lang)) as unknown as Output;
    }
  }
  return results as CellResult[][];
}

/**
 * Attainment of plan as a fraction (1.0674 = 106.74%): actual ÷ plan, or plan ÷ actual for a lower-is-better indicator. Give whole columns to fill a whole column in one formula.
 * @customfunction ATTAINMENT
 * @helpurl https://github.com/chitieu/chitieu#chitieuattainment
 * @param actual Actual result: a number, a text number such as "720.493", or a range.
 * @param plan Plan: a number, or a target text such as "≥ 95%" or "Dưới 0,5%" (which also sets the direction).
 * @param direction Optional: "higher" (default) or "lower" is better; Vietnamese "tăng" and "giảm" work too.
 * @returns Attainment as a fraction; format the cells as %.
 */
export function ATTAINMENT(
  actual: unknown[][],
  plan: unknown[][],
  direction?: unknown[][],
): Array<Array<number | string | boolean | CustomFunctions.Error>> {
  return toExcel(broadcast([actual, plan, direction], attainmentCell));
}

/**
 * How far above plan, as a fraction (0.0674 = 6.74% for 720,493 against 675,000); 0 when not above plan.
 * @customfunction OVERPLAN
 * @helpurl https://github.com/chitieu/chitieu#chitieuoverplan
 * @param actual Actual result: a number, a text number, or a range.
 * @param plan Plan: a number, or a target text such as "≥ 95%" or "Dưới 0,5%".
 * @param direction Optional: "higher" (default) or "lower" is better; Vietnamese "tăng" and "giảm" work too.
 * @returns The share above plan as a fraction; format the cells as %.
 */
export function OVERPLAN(
  actual: unknown[][],
  plan: unknown[][],
  direction?: unknown[][],
): Array<Array<number | string | boolean | CustomFunctions.Error>> {
  return toExcel(broadcast([actual, plan, direction], overPlanCell));
}

/**
 * Achieved, near target (not achieved but at or above 90% of it), or not achieved, by comparing the actual with a target such as ≥ 95% or Dưới 0,5%; no data when the actual or the target is blank. The words are the summary sheet's, in Office's display language unless given.
 * @customfunction STATUS
 * @helpurl https://github.com/chitieu/chitieu#chitieustatus
 * @param actual Actual result: a number, a text number, or a range.
 * @param target Target: a number (at least that much) or a text such as "≥ 95%", "Trên 90%", "Dưới 0,5%", "1-1,5%".
 * @param language Optional: "vi" or "en", the language of the result; Office's display language when omitted.
 * @param near Optional: the share of the target from which an indicator not achieved is near it; 90% when omitted.
 * @returns The band's words.
 */
export function STATUS(
  actual: unknown[][],
  target: unknown[][],
  language?: unknown[][],
  near?: unknown[][],
): Array<Array<number | string | boolean | CustomFunctions.Error>> {
  const lang = displayLang();
  return toExcel(broadcast([actual, target, language, near], (a, t, l, n) => statusCell(a, t, l, n, lang)));
}

/**
 * How far from the target: percentage points for a rate against a rate target, positive when better (0.03% under "Dưới 0,5%" is 0.47); otherwise the share over plan (positive) or short of it (negative), as a fraction.
 * @customfunction GAP
 * @helpurl https://github.com/chitieu/chitieu#chitieugap
 * @param actual Actual result: a number, a text number, or a range.
 * @param target Target: a number (the plan) or a text such as "≥ 95%" or "Dưới 0,5%".
 * @returns Points for a rate; otherwise a fraction (format the cells as %).
 */
export function GAP(
  actual: unknown[][],
  target: unknown[][],
): Array<Array<number | string | boolean | CustomFunctions.Error>> {
  return toExcel(broadcast([actual, target], gapCell));
}

/**
 * TRUE when the actual meets the target (≥ and ≤ include the threshold, > and < do not), FALSE when it does not; for use inside IF and COUNTIF.
 * @customfunction MET
 * @helpurl https://github.com/chitieu/chitieu#chitieumet
 * @param actual Actual result: a number, a text number, or a range.
 * @param target Target: a number (at least that much) or a text such as "≥ 95%" or "Dưới 0,5%".
 * @returns TRUE or FALSE.
 */
export function MET(
  actual: unknown[][],
  target: unknown[][],
): Array<Array<number | string | boolean | CustomFunctions.Error>> {
  return toExcel(broadcast([actual, target], metCell));
}

/**
 * Reads a number written as text, Vietnamese style ("2.975,42", "78,41%" is 0.7841) or English style ("2,975.42").
 * @customfunction NUMBER
 * @helpurl https://github.com/chitieu/chitieu#chitieunumber
 * @param text The text to read, or a range of texts.
 * @param convention Optional: "vi" (dot groups thousands, comma marks decimals) or "en"; it only decides texts that read both ways, such as "1.234". Blank: Excel's own number settings.
 * @returns The number.
 */
export function NUMBER(
  text: unknown[][],
  convention?: unknown[][],
): Array<Array<number | string | boolean | CustomFunctions.Error>> {
  return toExcel(broadcast([text, convention], numberCell));
}

/**
 * Progress against time: attainment ÷ share of the period gone. 1 is on track, above 1 ahead, below 1 behind (60% of plan with 3 of 5 years gone is 1). Recalculates every time, as it depends on today's date.
 * @customfunction PACE
 * @volatile
 * @helpurl https://github.com/chitieu/chitieu#chitieupace
 * @param actual Actual result to date: a number, a text number, or a range.
 * @param plan Plan for the whole period: a number, or a target text.
 * @param start Start of the period: a year (2021) or a date.
 * @param end End of the period: a year (2025, counted to its end) or a date.
 * @param as_of Optional: results up to this year (counted to its end) or this date; today when omitted.
 * @returns Pace: 1 is on track.
 */
export function PACE(
  actual: unknown[][],
  plan: unknown[][],
  start: unknown[][],
  end: unknown[][],
  as_of?: unknown[][],
): Array<Array<number | string | boolean | CustomFunctions.Error>> {
  const now = new Date();
  return toExcel(broadcast([actual, plan, start, end, as_of], (a, p, s, e, d) => paceCell(a, p, s, e, d, now)));
}
