/**
 * Reading the table body row by row: section rows set the group, totals, remarks and signature rows are not
 * indicators, blank rows do not end the table, hidden rows still count. Kept apart from ./rows, which the rules and
 * the CHITIEU functions import, so that the page they load with does not carry the reader (its size is held to a
 * budget: tests/build/dist.test.ts).
 */
import type { SheetView } from "./snapshot";
import { isBlank, isCellError } from "./snapshot";
import type {
  Breakdown,
  Convention,
  Direction,
  Judging,
  Pace,
  Status,
  TableLayout,
  Target,
  YearlyChange,
} from "./types";
import { type CellRead, asFraction, CellSlot, formatDecimals, percentStyleOf, readCell } from "./cells";
import { isColumnNumberingRow, isHeaderLike } from "./detect";
import { isZeroPlan, parseTarget } from "./targets";
import { attainment, overPlanOf, statusOf } from "./compute";
import { bandOf, DEFAULT_NEAR, gapPoints, measureOf, paceOf } from "./judge";
import { fold, trimmed } from "./text";
import { paceShare } from "./period";
import { memoize } from "./memo";
import { a1 } from "./address";
import { unitMagnitude, wholeConvention } from "./numbers";
import { isCountUnit } from "./units";
import {
  type CellLookup,
  decidePercentScale,
  decisionOf,
  plainVote,
  type Scale,
  type ScaleBasis,
  type ScaleCell,
  type ScaleDecision,
  scaleOfTarget,
} from "./percent-scale";
import { type BodyRead, type BodyVisitor, type IndicatorRow, planOf, statedPercentOf } from "./rows";
import { changeAttainment, changeKind, changeStatus, type YearFigure, yearlyChange } from "./yearly-change";
import { IndicatorRecord } from "./records";

/** Roman numerals I to LXXXIX, the section numbers of long tables. */
const ROMAN = /^(?=[ivxl])(l?x{0,3}|xl)(i{0,3}|iv|v?i{0,3}|ix)\.?$/;
const SECTION_PREFIX = /^((phan|muc|part)\s+)?([ivx]+|[a-d])[.)]\s+/;
/**
 * "A", "B.", "C)" typed in the TT column of a row without figures: a section letter. Tested as typed, since
 * folded it is the "a)" of a sub-item; Đ follows D in the Vietnamese alphabet.
 */
const SECTION_LETTER = /^[A-ZĐ][.)]?$/;
/** "Tổng cộng", "Tổng số:", "Cộng", "Total (A+B)": the total word alone or followed by punctuation. */
const TOTAL = /^(tong cong|tong so|cong|total|grand total|tong)\s*($|[:(\-–])/;
/** "Tổng số lao động …" is an indicator; it is a total only when the row carries no row number. */
const TOTAL_WORD = /^(tong cong|tong so|cong|total|grand total)\b/;
const LABEL_PREFIX = 24;
/**
 * The labels matched below (Tổng cộng, Cộng, Total, Ghi chú, Lưu ý, Chú thích, Note, (*)) as they open a cell,
 * diacritics included: most names match none, and folding every unique name would cost more than the check.
 */
const LABEL_START = /^\s*(t[oôổ]ng|c[oộô]ng|total|grand|gh?i|l[uư]u|ch[uú]|note|\(|\*|[^\u0020-\u024f])/i;
/**
 * The visible ASCII characters a LABEL_START match may open with: a name opening with any other one needs no test.
 * A letter (2) opens a word, a sign (1) stands alone.
 */
const LABEL_OPENERS = new Uint8Array(127);
for (const c of "(*") LABEL_OPENERS[c.charCodeAt(0)] = 1;
for (const c of "tcglnTCGLN") LABEL_OPENERS[c.charCodeAt(0)] = 2;
/** The letters past ASCII that a LABEL_START word has second, either case: "Tổng", "Cộng", "Công", "Lưu". */
const LABEL_SECONDS = [..."ôổộưÔỔỘƯ"].map((c) => c.charCodeAt(0));

/**
 * LABEL_START.test, skipping the pattern for a name whose first characters already rule it out, as most do: names
 * open with other letters, or with "Tỷ lệ", whose second letter no label word has (the pattern cost 2 % of readBody).
 */
function mayBeLabel(name: string): boolean {
  const first = name.charCodeAt(0);
  if (first > 32 && first < 127) {
    const opener = LABEL_OPENERS[first];
    if (opener === 0) return false;
    const second = name.charCodeAt(1);
    if (opener === 2 && second > 127 && !LABEL_SECONDS.includes(second)) return false;
  }
  return LABEL_START.test(name);
}
const SIGNATURE =
  /(nguoi lap bieu|nguoi lap|giam doc|thu truong|chu tich|ky ten|ky, ghi ro|noi nhan|prepared by|approved by)/;
const REMARK = /^(ghi chu|luu y|chu thich|note|\(\*\)|\*|ket luan|nhan xet|ket qua\s*:|danh gia chung|tom tat)/;
/**
 * A conclusion typed in the name column ("Đến nay 20/27 chỉ tiêu hoàn thành", "17 of the 20 indicators led by … are
 * achieved"): a count of indicators, not one. Every branch but the last opens on a digit, which keeps the test cheap.
 */
const CONCLUSION =
  /\d\s*\/\s*\d+\s+(?:ch[iỉ] ti[eê]u|indicators?\b)|\d+\s+ch[iỉ] ti[eê]u\s+(?:đ[aạ]t|ho[aà]n th[aà]nh|ch[uư]a)|\d+ of (?:the )?\d+ indicators?\b|\d+\s+indicators?\s+(?:(?:is|are|was|were)\s+)?(?:achieved|met|completed|not)\b|\bnone of (?:the )?\d+ indicators?\b/i;
/**
 * A sentence typed in the name column under or between the rows ("Tỷ lệ hộ nghèo cuối năm 2023 còn 0,03% (tương
 * đương 690 hộ nghèo)."): several words with a figure, ending as a sentence ends. An indicator's name is a noun
 * phrase, and its figures stand in their own columns.
 */
const SENTENCE_END = /[.!?…]["”’)\]]*\s*$/;
const SENTENCE_WORDS = 6;

function isSentence(name: string): boolean {
  return SENTENCE_END.test(name) && /\d/.test(name) && name.split(/\s+/).length >= SENTENCE_WORDS;
}
/** A bullet opening a name or standing as its row number: "- Lao động nữ", "+ Khu vực thành thị". */
const BREAKDOWN_MARK = /^[-–—+•]/;
/** Words that open a split of the figure above; tested on the folded start only when the raw start may match. */
const BREAKDOWN_WORDS = /^(trong do|trong so|chia ra|bao gom|of which|in which)\b/;
const BREAKDOWN_START = /^\s*(trong|chia|bao|of|in)\s/i;

/** How many cells of the row hold something; error cells are collected on the way (one pass per row). */
function scanRow(view: SheetView, row: number, errorCols: number[]): number {
  let n = 0;
  // Setting the length is a call of its own; most rows have no error to forget.
  if (errorCols.length > 0) errorCols.length = 0;
  // The row's own values, read in one go: the cells past its end are blank.
  const line = view.line(row);
  for (let i = 0; i < line.length; i++) {
    const value = line[i];
    if (isBlank(value)) continue;
    n++;
    if (isCellError(value)) errorCols.push(view.firstCol + i);
  }
  return n;
}

function firstText(view: SheetView, row: number): string {
  for (let col = view.firstCol; col <= view.lastCol; col++)
    if (!isBlank(view.value(row, col))) return trimmed(view.text(row, col));
  return "";
}

function rowTexts(view: SheetView, row: number): string[] {
  const texts: string[] = [];
  for (let col = view.firstCol; col <= view.lastCol; col++) {
    const v = view.value(row, col);
    if (!isBlank(v)) texts.push(trimmed(view.text(row, col)));
  }
  return texts;
}

function stripSectionPrefix(title: string): string {
  const folded = fold(title);
  const m = SECTION_PREFIX.exec(folded);
  if (!m) return title.trim();
  return (
    title
      .trim()
      .slice(title.trim().length - folded.length + m[0].length)
      .trim() || title.trim()
  );
}

/** What a status cell says: a status ("Hoàn thành"), a pace ("Vượt tiến độ"), both, or neither. */
interface Stated {
  status: Status | null;
  pace: Pace | null;
}

const STATED_NOTHING: Stated = Object.freeze({ status: null, pace: null });

/** What a row states in words in its status column; nothing for a blank, a number or other words. */
function statedAt(view: SheetView, row: number, col: number | undefined): Stated {
  if (col === undefined) return STATED_NOTHING;
  if (typeof view.value(row, col) !== "string") return STATED_NOTHING;
  const text = view.label(row, col);
  return text === "" ? STATED_NOTHING : statedOfText(text);
}

// Behind is tested first: "không đạt tiến độ" holds "đạt tiến độ".
const PACE_BEHIND =
  /\b(cham|tre|khong dat|chua dat|khong kip|chua kip|khong dam bao|chua dam bao)( so voi)? tien do\b|\bbehind( schedule)?\b|\b(off|not on) (track|schedule|pace)\b/;
const PACE_ON = /\b(vuot|dung|kip|dat|dam bao|truoc|theo) tien do\b|\bahead of schedule\b|\bon (track|schedule|pace)\b/;
const STATUS_NOT = /(chua|khong|not)\s*(yet\s*)?(hoan thanh|dat|achieved|completed|met)/;
const STATUS_ACHIEVED = /(hoan thanh|^dat\b|vuot|achieved|completed|^met\b)/;

/**
 * Memoised: a status column repeats a few words ("Hoàn thành", "Chưa hoàn thành") down every row. A pace is no
 * status: "Vượt tiến độ" after 9 months is ahead of the elapsed share, not over the year's plan, so its words are
 * taken out before the status is read ("Chưa hoàn thành, đúng tiến độ" states both).
 */
const statedOfText = memoize((text: string): Stated => {
  const f = fold(text);
  let pace: Pace | null = null;
  let rest = f;
  const behind = PACE_BEHIND.exec(f);
  const on = behind ? null : PACE_ON.exec(f);
  const found = behind ?? on;
  if (found) {
    pace = behind ? "behind" : "on_track";
    rest = f.slice(0, found.index) + " " + f.slice(found.index + found[0].length);
  }
  const status = STATUS_NOT.test(rest) ? "not_achieved" : STATUS_ACHIEVED.test(rest.trim()) ? "achieved" : null;
  return status === null && pace === null ? STATED_NOTHING : { status, pace };
});

function nonEmpty(cell: CellRead | null): boolean {
  return cell !== null && cell.kind !== "blank";
}

function anyNonEmpty(cells: CellRead[]): boolean {
  for (const cell of cells) if (cell.kind !== "blank") return true;
  return false;
}

/** A header needs this many filled cells before a body row is worth testing as another table's header. */
const MIN_HEADER_CELLS = 3;

/**
 * A row number folded, whether it numbers a sub-item (1.1, 2.3.1, a), b., -, +, •) and whether it says total
 * ("Tổng cộng" typed in the TT column). Memoised as one: row numbers repeat from section to section.
 */
const rowNumberOf = memoize((label: string): { folded: string; child: boolean; total: boolean } => {
  const folded = fold(label);
  const child = /^\d+\.\d/.test(folded) || /^[a-z]\s*[.)]?$/.test(folded) || /^[-+*•–]$/.test(folded);
  return { folded, child, total: TOTAL.test(folded) };
});

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The text of a merged cell seen from a covered cell (a name merged over two rows). */
function mergedLabel(view: SheetView, row: number, col: number | undefined): string {
  if (col === undefined) return "";
  const merge = view.mergeAt(row, col);
  if (!merge || (merge.top === row && merge.left === col)) return "";
  return labelAt(view, merge.top, merge.left);
}

/** A label cell's shown text, trimmed; "" for a blank cell or a missing column. */
function labelAt(view: SheetView, row: number, col: number | undefined): string {
  return col === undefined ? "" : view.label(row, col);
}

/**
 * The lead agency as typed. Only text names an agency (a number or a date there is something else), and a cell
 * merged down over an agency's indicators, as lead columns often are, names each of them.
 */
function leadAt(view: SheetView, row: number, col: number | undefined): string {
  if (col === undefined) return "";
  let value = view.value(row, col);
  // Merged down the lead column only: a merge reaching in from another column holds that column's text.
  const found = isBlank(value) ? view.mergeAt(row, col) : undefined;
  const merge = found?.left === col ? found : undefined;
  if (merge) value = view.value(merge.top, merge.left);
  if (typeof value !== "string") return "";
  return merge ? labelAt(view, merge.top, merge.left) : labelAt(view, row, col);
}

/**
 * Scales a target written without a % sign in a percent row: 95, ">= 95" or "Dưới 0,5" under "%" mean 95 %,
 * ≥ 95 % and < 0,5 %, on the same scale as the row's whole-number figures.
 */
function scaleTarget(
  target: Target,
  cell: CellRead,
  percentRow: boolean,
  plain: Scale | null,
  context: TableContext,
): Target {
  if (cell.percentMark && target.text === null) return percentOf(target, context);
  // A plain number plan in a row whose evidence says fractions (0,95 beside 97 % formatted) is one already.
  if (percentRow && target.text === null && cell.number !== null && asFraction(cell, true, plain) === cell.number)
    return percentOf(target, context);
  if (target.percent || cell.percentMark || !percentRow) return target;
  let scaled = context.hundredths.get(target);
  if (scaled === undefined) {
    scaled = {
      ...target,
      value: target.value / 100,
      upper: target.upper === null ? null : target.upper / 100,
      percent: true,
    };
    context.hundredths.set(target, scaled);
  }
  return scaled;
}

/**
 * A value cell read in the sheet's convention, except a count's text that reads whole only the other way: "720.493"
 * people in a sheet of English figures is 720 493, as no count has a fraction (the ambiguous-number rule says so).
 */
function readFigure(
  slot: CellSlot,
  view: SheetView,
  row: number,
  col: number | undefined,
  convention: Convention,
  magnitude: number,
  count: boolean,
): CellRead | null {
  const cell = slot.read(view, row, col, convention, magnitude);
  if (!count || cell?.kind !== "text-number" || Number.isInteger(cell.number)) return cell;
  const whole = wholeConvention(cell.text);
  return whole !== null && whole !== convention ? slot.read(view, row, col, whole, magnitude) : cell;
}

/** The target read as a fraction already; shared, as the target itself is, by every row of its text. */
function percentOf(target: Target, context: TableContext): Target {
  let scaled = context.percents.get(target);
  if (scaled === undefined) {
    scaled = { ...target, percent: true };
    context.percents.set(target, scaled);
  }
  return scaled;
}

const NO_JUDGING: Judging = { near: DEFAULT_NEAR, period: null };

export function readBody(
  view: SheetView,
  layout: TableLayout,
  convention: Convention,
  judging: Judging = NO_JUDGING,
  visit?: BodyVisitor,
): BodyRead {
  const { columns } = layout;
  const out: BodyRead = {
    indicators: [],
    totals: [],
    sections: [],
    breakdowns: [],
    lastRow: layout.firstRow - 1,
    errorCells: [],
    unnamed: [],
    remarks: [],
  };
  let group: string | null = null;
  let sectionRow: number | null = null;
  /** The latest top-level row (numbered 1, 2, …): the parent of the 1.1, a), - rows under it. */
  let parentRow: number | null = null;
  /** The indicator a breakdown row belongs to: the last one read in the current section, before any total. */
  let above: IndicatorRow | null = null;
  const resultCols = layout.resultColumns.map((r) => r.col);
  const nameCol = columns.name;
  const firstCol = view.firstCol;
  const context: TableContext = {
    convention,
    targets: new Map(),
    percents: new Map(),
    hundredths: new Map(),
    judging,
    view,
    lookup: lookupIn(view),
    years: yearSlotsOf(layout, resultCols),
  };

  const errorCols: number[] = [];
  // One row's cells, its result list and value-cell record, and the row the rules see, filled afresh for each row:
  // the rules keep what they need of a row, never the row, so one of each serves the whole table.
  const results = new Array<CellRead>(resultCols.length);
  const cells: IndicatorRow["cells"] = { plan: null, actual: null, statedPercent: null, results };
  let current: IndicatorRow | null = null;
  const slots = {
    plan: new CellSlot(),
    actual: new CellSlot(),
    statedPercent: new CellSlot(),
    results: resultCols.map(() => new CellSlot()),
  };
  // Filled afresh for each indicator row and read at once: one for the table rather than one per row.
  const read: RowRead = {
    number: "",
    name: "",
    unit: "",
    lead: "",
    magnitude: 0,
    stated: STATED_NOTHING,
    foldedNumber: "",
    group: null,
    sectionRow: null,
    parentRow: null,
  };
  for (let row = layout.firstRow; row <= view.lastRow; row++) {
    const filled = scanRow(view, row, errorCols);
    if (filled === 0) continue;
    if (row === layout.firstRow && isColumnNumberingRow(view, row)) continue;
    const texts = filled <= 4 ? rowTexts(view, row) : null;
    if (texts && SIGNATURE.test(fold(texts.join(" ")))) break;

    const numberLabel = labelAt(view, row, columns.number);
    const nameText = labelAt(view, row, nameCol) || mergedLabel(view, row, nameCol);
    const unitText = labelAt(view, row, columns.unit);
    const magnitude = unitMagnitude(unitText);
    const count = isCountUnit(unitText);
    const plan = readFigure(slots.plan, view, row, columns.plan, convention, magnitude, count);
    const actual = readFigure(slots.actual, view, row, columns.actual, convention, magnitude, count);
    const statedPercent = slots.statedPercent.read(view, row, columns.statedPercent, convention);
    // The stated status and pace are kept normalised: their cell is read again only where one disagrees.
    const stated = statedAt(view, row, columns.statedStatus);
    // Another table's header ("Thực hiện" where a figure belongs) ends this table; only text there is tested.
    if (actual?.kind === "text" && filled >= MIN_HEADER_CELLS && isHeaderLike(view, row)) break;
    for (let i = 0; i < resultCols.length; i++) {
      const col = resultCols[i]!;
      results[i] =
        col === actual?.col ? actual : readFigure(slots.results[i]!, view, row, col, convention, magnitude, count)!;
    }
    for (const col of errorCols) out.errorCells.push(readCell(view, row, col, convention)!);

    // Most row numbers are plain digits, which fold to themselves and number neither a sub-item nor a total.
    const numbering = isDigits(numberLabel) ? null : rowNumberOf(numberLabel);
    const foldedNumber = numbering ? numbering.folded : numberLabel;
    const child = numbering ? numbering.child : false;
    const totalNumber = numbering ? numbering.total : false;
    // Labels that matter (totals, remarks) open the cell, so only its start is folded.
    const foldedName = mayBeLabel(nameText) ? fold(nameText.slice(0, LABEL_PREFIX)) : "";
    const hasValues = nonEmpty(plan) || nonEmpty(actual) || unitText !== "" || anyNonEmpty(results);
    // The row number most often opens the row, and is folded already.
    const opening =
      firstCol === columns.number && numberLabel !== "" && numberLabel.length <= LABEL_PREFIX
        ? foldedNumber
        : fold(firstText(view, row).slice(0, LABEL_PREFIX));

    const totalRow =
      (foldedName !== "" && TOTAL.test(foldedName)) ||
      totalNumber ||
      (!numberLabel && TOTAL_WORD.test(foldedName)) ||
      (!nameText && TOTAL.test(opening));
    if (totalRow) {
      // Kept with the body: its cells are read again for it, out of the slots the next row reads into.
      const total = {
        row,
        sectionRow,
        plan: readCell(view, row, columns.plan, convention, true, magnitude),
        actual: readCell(view, row, columns.actual, convention, true, magnitude),
      };
      visit?.total(total);
      out.totals.push(total);
      above = null;
      out.lastRow = row;
      continue;
    }
    if (
      !hasValues &&
      (REMARK.test(opening) || REMARK.test(foldedName) || CONCLUSION.test(nameText) || isSentence(nameText))
    ) {
      out.remarks.push(row);
      continue;
    }

    const isSection =
      !hasValues &&
      (ROMAN.test(foldedNumber) ||
        SECTION_LETTER.test(numberLabel) ||
        SECTION_PREFIX.test(opening) ||
        (filled === 1 && (view.mergeAt(row, view.firstCol) !== undefined || nameText === nameText.toUpperCase())));
    if (isSection) {
      const all = texts ?? rowTexts(view, row);
      const raw = nameText || all.find((t) => fold(t) !== foldedNumber) || all[0] || "";
      group = stripSectionPrefix(raw);
      sectionRow = row;
      parentRow = null;
      above = null;
      out.sections.push({ row, title: group });
      out.lastRow = row;
      continue;
    }
    if (!nameText) {
      if (hasValues) out.unnamed.push(row);
      continue;
    }
    // "Trong đó:", "Chia ra:": a lead-in to the rows below, not an indicator.
    if (!hasValues && /:\s*$/.test(nameText)) continue;
    if (above && isBreakdown(nameText, foldedNumber, plan)) {
      const breakdown = breakdownOf(row, nameText, unitText, actual, columns.name ?? view.firstCol, above);
      const { indicator } = above;
      if (indicator.breakdowns === undefined || indicator.breakdowns === NO_BREAKDOWNS) indicator.breakdowns = [];
      indicator.breakdowns.push(breakdown);
      out.breakdowns.push({ ...breakdown, parentRow: above.indicator.row });
      out.lastRow = row;
      continue;
    }
    if (!child) parentRow = row;
    if (!hasValues && isParentHeading(view, row, foldedNumber, layout, convention)) continue;

    cells.plan = plan;
    cells.actual = actual;
    cells.statedPercent = statedPercent;
    read.number = numberLabel;
    read.name = nameText;
    read.unit = unitText;
    read.lead = leadAt(view, row, columns.lead);
    read.magnitude = magnitude;
    read.stated = stated;
    read.foldedNumber = foldedNumber;
    read.group = group;
    read.sectionRow = sectionRow;
    read.parentRow = child ? parentRow : null;
    above = current = buildIndicator(row, cells, read, context, current);
    visit?.row(above);
    out.indicators.push(above.indicator);
    out.lastRow = row;
  }
  return out;
}

/**
 * A row that splits the figure above rather than stating an indicator: named or numbered as a breakdown, with no
 * plan of its own. A bullet alone says so only where the table has a plan column to leave blank; in a table
 * without one, bullets may mark every indicator.
 */
function isBreakdown(name: string, foldedNumber: string, plan: CellRead | null): boolean {
  if (plan !== null && plan.kind !== "blank") return false;
  if (BREAKDOWN_START.test(name) && BREAKDOWN_WORDS.test(fold(name.slice(0, LABEL_PREFIX)))) return true;
  return plan !== null && (BREAKDOWN_MARK.test(name.trimStart()) || BREAKDOWN_MARK.test(foldedNumber));
}

/** The breakdown's figure is read as its own unit says, else as the indicator's ("%" rows split into "%" rows). */
function breakdownOf(
  row: number,
  label: string,
  unit: string,
  actual: CellRead | null,
  nameCol: number,
  above: IndicatorRow,
): Breakdown {
  const own = unit.trim();
  const percentRow = own ? isPercentUnit(own) : above.percentRow;
  return {
    row,
    label,
    unit: own || above.indicator.unit,
    actual: actual ? asFraction(actual, percentRow) : null,
    cell: a1(row, actual?.col ?? nameCol),
  };
}

function isPercentUnit(unit: string): boolean {
  return unit === "%" || (unit.length === 9 && fold(unit) === "phan tram");
}

/** "1. Giáo dục nghề nghiệp" with no figures, followed by 1.1, 1.2: a heading, not an indicator. */
function isParentHeading(
  view: SheetView,
  row: number,
  foldedNumber: string,
  layout: TableLayout,
  convention: Convention,
): boolean {
  if (!foldedNumber) return false;
  for (let next = row + 1; next <= view.lastRow; next++) {
    const cell = readCell(view, next, layout.columns.number, convention);
    if (!cell || cell.kind === "blank") continue;
    const prefix = foldedNumber.replace(/[.)]+$/, "");
    return fold(cell.text).startsWith(`${prefix}.`) || /^[a-z]\)?$/.test(fold(cell.text));
  }
  return false;
}

/** What every row of a table is read with. */
interface TableContext {
  convention: Convention;
  /**
   * Targets repeat down a column ("≥ 95%", 1000); each is parsed once per table and its Target shared, which
   * also spares holding one per row.
   */
  targets: Map<string | number, Target | null>;
  /** Each shared target scaled to a percent row, so that its rows share the scaled one as well. */
  percents: Map<Target, Target>;
  hundredths: Map<Target, Target>;
  judging: Judging;
  /** For the formulas a percent row's scale may be read from. */
  view: SheetView;
  /** The sheet's numbers outside a row's values, which a row's formulas may name. */
  lookup: CellLookup;
  /** Where the figures of whole years sit in a row's results, for a target of a change a year. */
  years: YearSlots;
}

/** Positions in a row's result cells of the year columns, in year order, and of a cumulative that ends later. */
interface YearSlots {
  years: { index: number; year: number }[];
  /** The cumulative column with the year it runs to, when that is past every year column. */
  cumulative: { index: number; year: number } | null;
}

function yearSlotsOf(layout: TableLayout, resultCols: number[]): YearSlots {
  const years = layout.years.flatMap(({ col, year }) => {
    const index = resultCols.indexOf(col);
    return index < 0 ? [] : [{ index, year }];
  });
  const lastYear = years.length > 0 ? years[years.length - 1]!.year : null;
  const { cumulative } = layout;
  const index = cumulative ? resultCols.indexOf(cumulative.col) : -1;
  const to = cumulative?.to ?? null;
  return {
    years,
    cumulative: index >= 0 && to !== null && (lastYear === null || to > lastYear) ? { index, year: to } : null,
  };
}

/**
 * The row's change a year between the first and the last year it has a figure for. A rate's cumulative column
 * ("Lũy kế 2021-2023") holds its level at the end of the years it names, so it stands for its last year; a
 * quantity's cumulative is a sum, no year's figure.
 */
function changeOf(
  results: CellRead[],
  slots: YearSlots,
  percentRow: boolean,
  plain: Scale | null,
  target: Target,
): YearlyChange | null {
  let first: YearFigure | null = null;
  let last: YearFigure | null = null;
  const figure = (index: number, year: number) => {
    const cell = results[index];
    const value = cell ? asFraction(cell, percentRow, plain) : null;
    if (value === null) return;
    first ??= { year, value };
    last = { year, value };
  };
  for (const { index, year } of slots.years) figure(index, year);
  if (percentRow && slots.cumulative) figure(slots.cumulative.index, slots.cumulative.year);
  return first && last ? yearlyChange(first, last, changeKind(percentRow, target)) : null;
}

/**
 * What was read of a row besides its value cells: its labels, trimmed as labelAt reads them, what was worked out
 * from them, and where it sits (its section and, for a sub-item, its numbered row).
 */
interface RowRead {
  number: string;
  name: string;
  unit: string;
  lead: string;
  /** The magnitude the unit carries ("tỷ đồng": 9). */
  magnitude: number;
  stated: Stated;
  foldedNumber: string;
  group: string | null;
  sectionRow: number | null;
  parentRow: number | null;
}

function targetOf(cell: CellRead, context: TableContext, magnitude: number): Target | null {
  const raw = cell.raw;
  // A map does not tell 0 from -0, so a zero plan is parsed each time rather than shared.
  const shared = typeof raw === "string" || (typeof raw === "number" && raw !== 0);
  if (!shared) return parseTarget(raw, { convention: context.convention, unitMagnitude: magnitude });
  // "20 nghìn" is 20 000 people but 20 "nghìn người": a worded text is shared only among rows of one magnitude.
  const key = magnitude !== 0 && typeof raw === "string" ? `${magnitude}\u0000${raw}` : raw;
  const known = context.targets.get(key);
  if (known !== undefined) return known;
  const target = parseTarget(raw, { convention: context.convention, unitMagnitude: magnitude });
  context.targets.set(key, target);
  return target;
}

/**
 * The breakdowns of an indicator that has none, shared by all of them (most have none, and a list each is garbage
 * for the collector); frozen, so a breakdown is never pushed onto it: the first one replaces it with a list of its own.
 */
const NO_BREAKDOWNS: Breakdown[] = Object.freeze([]) as unknown as Breakdown[];

/** The row's indicator, and the row as the rules see it: `into` filled afresh, or a new one for the table's first. */
function buildIndicator(
  row: number,
  cells: IndicatorRow["cells"],
  read: RowRead,
  context: TableContext,
  into: IndicatorRow | null,
): IndicatorRow {
  const { group, sectionRow, parentRow, magnitude, stated, foldedNumber } = read;
  const unitText = read.unit;
  const hasPlan = cells.plan !== null && cells.plan.kind !== "blank" && cells.plan.kind !== "error";
  let target = hasPlan ? targetOf(cells.plan!, context, magnitude) : null;
  // A yearly change in % is points of a rate or a relative change of a quantity: the row says which, not the target.
  const perYear = target?.perYear === true;
  const percentRow =
    isPercentUnit(unitText) || (perYear ? cells.actual?.percentMark === true : (target?.percent ?? false));
  const decision = percentRow ? plainScaleOf(cells, context) : UNDECIDED;
  let plain = decision.scale;
  if (target && cells.plan) target = scaleTarget(target, cells.plan, percentRow, plain, context);
  const plan = perYear ? null : planOf(target);
  let basis: ScaleBasis = plain !== null ? "cells" : decision.conflict ? "conflict" : "default";
  // Only a target typed as text tells a scale the row's plain numbers do not: a plain number plan is one of them.
  if (basis === "default" && percentRow && target !== null && target.text !== null) {
    plain = scaleOfTarget(plan);
    if (plain !== null) basis = "target";
  }

  const actual = cells.actual ? asFraction(cells.actual, percentRow, plain) : null;

  const statedPercent = statedPercentOf(cells.statedPercent);
  const direction: Direction = target?.direction ?? "higher";
  const change = perYear ? changeOf(cells.results, context.years, percentRow, plain, target!) : null;
  const attained = perYear ? change && changeAttainment(change, target!) : attainment(actual, plan, direction);
  // A plan of 0 or less never filled in gives nothing to judge by (the zero-plan error says so): never "achieved".
  const unjudgeable = plan !== null && plan <= 0 && isZeroPlan(target!);
  const status = perYear ? changeStatus(change, target!) : unjudgeable ? "no_data" : statusOf(actual, target);
  const measure = measureOf(unitText, perYear ? null : target, percentRow);
  const { near, period } = context.judging;
  const indicator = new IndicatorRecord(
    row,
    read.number,
    read.name,
    unitText,
    group,
    read.lead || null,
    target,
    plan,
    actual,
    statedPercent,
    stated.status,
    direction,
    attained,
    overPlanOf(attained),
    status,
    measure,
    bandOf(status, attained, near),
    // A yearly change is judged over the years the row gives, which no share of the period elapsed adds to.
    perYear ? null : paceOf(measure, attained, status, paceShare(period), direction),
    measure === "rate" && !unjudgeable && !perYear ? gapPoints(actual, target) : null,
    NO_BREAKDOWNS,
    plan !== null && cells.plan!.kind === "number" ? planDecimalsOf(cells.plan!, percentRow, plain) : undefined,
  );
  if (change) indicator.change = change;
  const textCells = hasText(cells);
  if (into === null)
    return {
      indicator,
      sectionRow,
      parentRow,
      foldedNumber,
      cells,
      percentRow,
      textCells,
      plainScale: plain,
      statedPace: stated.pace,
      plainBasis: basis,
    };
  into.indicator = indicator;
  into.sectionRow = sectionRow;
  into.parentRow = parentRow;
  into.foldedNumber = foldedNumber;
  into.percentRow = percentRow;
  into.textCells = textCells;
  into.plainScale = plain;
  into.statedPace = stated.pace;
  into.plainBasis = basis;
  return into;
}

/**
 * The decimals the plan cell shows, counted on the plan as read: a percent row's fraction shown without a % sign
 * (0.9 formatted "0.00") shows its percent, 90, with two fewer. The row's scale, not the plan's value, tells a
 * fraction: a zero reads alike either way, and a zero plan among whole percents shows its decimals as theirs do.
 */
function planDecimalsOf(cell: CellRead, percentRow: boolean, plain: Scale | null): number | undefined {
  const decimals = formatDecimals(cell);
  if (decimals === null) return undefined;
  if (!percentRow || cell.percentMark || percentStyleOf(cell, true, plain) !== "fraction") return decimals;
  return Math.max(0, decimals - 2);
}

/** Whether a cell forEachNumericCell visits (plan, results or else the actual, stated percent) holds text. */
function hasText(cells: IndicatorRow["cells"]): boolean {
  const { plan, results, actual, statedPercent } = cells;
  if (isText(plan) || isText(statedPercent)) return true;
  if (results.length === 0) return isText(actual);
  for (const cell of results) if (isText(cell)) return true;
  return false;
}

function isText(cell: CellRead | null): boolean {
  if (cell === null) return false;
  const kind = cell.kind;
  return kind === "text" || kind === "text-number";
}

/** The decision of a row that is no percent row, whose numbers have no percent scale. */
const UNDECIDED = decisionOf(0);

/** The row's own evidence of how its plain numbers write percents: formats, magnitudes, the sheet's formulas. */
function plainScaleOf(cells: IndicatorRow["cells"], context: TableContext): ScaleDecision {
  const { view } = context;
  const stated = cells.statedPercent;
  // Most rows have no formula among their cells: decidePercentScale then votes by formats and magnitudes alone,
  // which is worked out here without building its cells.
  if (!hasFormula(cells, view) && (!stated || view.formula(stated.row, stated.col) === null)) {
    let votes = vote(cells.plan);
    for (const cell of cells.results) votes |= vote(cell);
    if (cells.results.length === 0) votes |= vote(cells.actual);
    return decisionOf(votes);
  }
  const values: ScaleCell[] = [];
  addScaleCell(values, cells.plan, view);
  for (const cell of cells.results) addScaleCell(values, cell, view);
  if (cells.results.length === 0) addScaleCell(values, cells.actual, view);
  const formulas = stated ? [view.formula(stated.row, stated.col)] : [];
  return decidePercentScale(values, formulas, context.lookup);
}

/** What a cell without a formula says of its scale, as decidePercentScale counts it. */
function vote(cell: CellRead | null): number {
  return !cell || cell.number === null ? 0 : plainVote(cell.number, cell.percentMark);
}

function hasFormula(cells: IndicatorRow["cells"], view: SheetView): boolean {
  if (cells.plan && cells.plan.number !== null && view.formula(cells.plan.row, cells.plan.col) !== null) return true;
  for (const cell of cells.results) if (cell.number !== null && view.formula(cell.row, cell.col) !== null) return true;
  const { actual } = cells;
  return (
    cells.results.length === 0 &&
    actual !== null &&
    actual.number !== null &&
    view.formula(actual.row, actual.col) !== null
  );
}

function addScaleCell(values: ScaleCell[], cell: CellRead | null, view: SheetView): void {
  if (!cell || cell.number === null) return;
  const { row, col, number, percentMark } = cell;
  values.push({ row, col, number, percentMark, formula: view.formula(row, col) });
}

/** A number of the sheet as a scale cell, for a formula naming a cell outside the row (a target typed once). */
function lookupIn(view: SheetView): CellLookup {
  return (row, col) => {
    const value = view.value(row, col);
    if (typeof value !== "number") return null;
    return { row, col, number: value, percentMark: view.format(row, col).includes("%"), formula: null };
  };
}
