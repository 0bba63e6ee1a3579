/**
 * Finding the indicator table in a sheet as officials keep it: title rows, "(Kèm theo …)" lines and blanks
 * above, a one- or two-level header (merged "Kết quả thực hiện" over "Năm 2021 | Năm 2022 | Lũy kế"),
 * then the body.
 */
import type { SheetView } from "./snapshot";
import { isBlank, isCellError } from "./snapshot";
import type {
  ColumnMap,
  CumulativeColumn,
  ResultColumn,
  Role,
  SamePeriodColumn,
  TableLayout,
  YearColumn,
} from "./types";
import { ROLES } from "./types";
import {
  isBarePeriodLabel,
  isBareYearLabel,
  isCumulativeLabel,
  isPartialPeriodLabel,
  looksLikeSubLabel,
  roleOfLabel,
  samePeriodOfLabel,
  yearNumberLabel,
  yearOfLabel,
  yearsOfLabel,
} from "./headers";
import { fold } from "./text";

/** Headers sit near the top; scanning further only finds body text that happens to look like labels. */
export const HEADER_SCAN_ROWS = 40;
/** A header needs this many distinct roles, so a title row mentioning "chỉ tiêu" is not taken for one. */
const MIN_HEADER_ROLES = 3;
const MAX_LABEL_LENGTH = 80;
const SECTION_LABEL = /^((phan|muc|part)\s+)?([ivxl]+|[a-d])[.)]?(\s|$)/;

export type Detection = { ok: true; layout: TableLayout } | { ok: false };

interface HeaderCell {
  col: number;
  label: string;
  role: Role | null;
  /** A same-period column ("Cùng kỳ năm 2023", "So với cùng kỳ (%)"), which plays no role of its own. */
  samePeriod?: "value" | "percent";
}

/** The label a header cell shows, reading a merged cell's text from its top-left corner; a year typed as a number too. */
function labelAt(view: SheetView, row: number, col: number): { text: string; ownRow: number } {
  const merge = view.mergeAt(row, col);
  const r = merge ? merge.top : row;
  const c = merge ? merge.left : col;
  const value = view.value(r, c);
  if (typeof value === "number") return { text: yearNumberLabel(value) ?? "", ownRow: r };
  if (isCellError(value) || typeof value === "boolean") return { text: "", ownRow: r };
  return { text: view.text(r, c).trim(), ownRow: r };
}

function rowLabels(view: SheetView, row: number): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (let col = view.firstCol; col <= view.lastCol; col++) {
    const { text, ownRow } = labelAt(view, row, col);
    const merge = view.mergeAt(row, col);
    if (!text || ownRow !== row || (merge && merge.left !== col)) continue;
    cells.push({ col, label: text, role: text.length <= MAX_LABEL_LENGTH ? roleOfLabel(text) : null });
  }
  return cells;
}

function headerScore(cells: HeaderCell[]): number {
  const roles = new Set(cells.map((c) => c.role).filter((r): r is Role => r !== null));
  const core = roles.has("name") || roles.has("plan") || roles.has("actual");
  return core ? roles.size : 0;
}

/** Words enough for a phrase: a sub-label under a name heading is a word or two ("Tên chỉ tiêu", "Năm 2024"). */
const NAME_WORDS = 4;

/**
 * Whether a cell under the header row holds an indicator's name rather than a sub-label: a phrase typed under a
 * "Chỉ tiêu" heading of its own column. A first indicator whose figures look like years (a plan of 2000 people, an
 * actual of 2025 households) is told from a row of years by it. A heading merged across columns ("Chỉ tiêu" over
 * "Tên chỉ tiêu | ĐVT") heads the labels under it, and a year typed as a number is a label.
 */
function isBodyCell(view: SheetView, row: number, cell: HeaderCell): boolean {
  if (typeof view.value(row + 1, cell.col) !== "string") return false;
  const merge = view.mergeAt(row, cell.col);
  if (merge !== undefined && merge.right > merge.left) return false;
  const heading = labelAt(view, row, cell.col).text;
  if (heading.length > MAX_LABEL_LENGTH || roleOfLabel(heading) !== "name") return false;
  if (cell.role === "name" || cell.role === "unit") return false;
  return cell.label.split(/\s+/).length >= NAME_WORDS;
}

/** Whether `row + 1` is the second level of a header starting at `row`. */
function hasSubHeader(view: SheetView, row: number): boolean {
  const next = row + 1;
  if (next > view.lastRow) return false;
  const subCells = rowLabels(view, next);
  // Header cells merged down over `next` ("TT", "Chỉ tiêu" … over two rows) make it part of the header.
  let mergedDown = false;
  for (let col = view.firstCol; col <= view.lastCol && !mergedDown; col++) {
    const merge = view.mergeAt(row, col);
    mergedDown = merge !== undefined && merge.top === row && merge.bottom >= next;
  }
  // A second header level has at least two labels, or one beside cells merged down over it ("Lũy kế 2021-2023"
  // under "Kết quả thực hiện"); a lone merged cell there is a section row ("I. CHỈ TIÊU …").
  if (subCells.length === 0 || (subCells.length < 2 && !mergedDown)) return false;
  if (subCells.some((c) => SECTION_LABEL.test(fold(c.label)))) return false;
  // A figure below the header is the body's first row; a year typed as a number is a label ("2021 | 2022").
  for (let col = view.firstCol; col <= view.lastCol; col++) {
    const value = view.value(next, col);
    if (typeof value === "number" && yearNumberLabel(value) === null) return false;
  }
  if (!subCells.every((c) => looksLikeSubLabel(c.label))) return false;
  if (subCells.some((c) => isBodyCell(view, row, c))) return false;
  if (mergedDown) return true;
  for (let col = view.firstCol; col <= view.lastCol; col++) {
    const merge = view.mergeAt(row, col);
    if (merge && merge.top === row && merge.right > merge.left) return true;
  }
  return subCells.some((c) => {
    const above = labelAt(view, row, c.col).text;
    return !above || yearOfLabel(c.label) !== null || isCumulativeLabel(c.label);
  });
}

function findHeaderRow(view: SheetView): { row: number; score: number } | null {
  let best: { row: number; score: number } | null = null;
  const last = Math.min(view.lastRow, view.firstRow + HEADER_SCAN_ROWS - 1);
  for (let row = view.firstRow; row <= last; row++) {
    const score = headerScore(rowLabels(view, row));
    if (score > 0 && (!best || score > best.score)) best = { row, score };
  }
  return best;
}

function columnLabels(view: SheetView, headerRows: number[]): HeaderCell[] {
  const [top, sub] = headerRows as [number, number | undefined];
  const out: HeaderCell[] = [];
  for (let col = view.firstCol; col <= view.lastCol; col++) {
    const upper = labelAt(view, top, col).text;
    const lowerCell = sub !== undefined ? labelAt(view, sub, col) : null;
    const lower = lowerCell && lowerCell.ownRow === sub ? lowerCell.text : "";
    if (!upper && !lower) continue;
    const label = upper && lower ? `${upper} / ${lower}` : upper || lower;
    // "Thực hiện cùng kỳ" is not this period's result, nor "So với cùng kỳ (%)" the attainment of plan.
    const samePeriod = label.length <= 2 * MAX_LABEL_LENGTH ? samePeriodOfLabel(label) : null;
    if (samePeriod) {
      out.push({ col, label, role: null, samePeriod });
      continue;
    }
    const upperRole = upper.length <= MAX_LABEL_LENGTH ? roleOfLabel(upper) : null;
    // Under "So sánh (%)" or "Tỷ lệ %", sub-labels such as "UTH 2024/KH 2024" are ratios, whatever they mention.
    let role = upperRole === "statedPercent" ? upperRole : ((lower ? roleOfLabel(lower) : null) ?? upperRole);
    // "Năm 2021 | Năm 2022 | Lũy kế" or "Quý III/2024" with no "Kết quả" above: a column headed by its period
    // alone holds that period's results.
    if (role === null && (isBareYearLabel(lower || upper) || isBarePeriodLabel(lower || upper))) role = "actual";
    out.push({ col, label, role });
  }
  return out;
}

/** Of several percent columns, the one against the plan ("UTH 2024/KH 2024", "% TH/KH") is the stated attainment. */
function againstPlan(cols: number[], labels: HeaderCell[]): number[] {
  const planned = cols.filter((col) =>
    /(\bkh\b|ke hoach|plan)/.test(fold(labels.find((l) => l.col === col)?.label ?? "")),
  );
  return planned.length === 1 ? planned : cols;
}

function chooseActual(results: ResultColumn[]): { col: number; choice: TableLayout["actualChoice"] } | null {
  if (results.length === 0) return null;
  if (results.length === 1) return { col: results[0]!.col, choice: "only" };
  const cumulative = results.filter((r) => r.cumulative);
  if (cumulative.length > 0) return { col: cumulative[cumulative.length - 1]!.col, choice: "cumulative" };
  let latest = results[results.length - 1]!;
  for (const r of results) if ((r.year ?? -1) >= (latest.year ?? -1)) latest = r;
  return { col: latest.col, choice: "latest" };
}

/**
 * The result columns of whole years, in year order. A part of a year ("9 tháng 2024") or a span ("2021-2023")
 * is not one year's figure; two columns naming one year leave no series (which of them is the year's?).
 */
function yearColumnsOf(results: ResultColumn[]): YearColumn[] {
  const years: YearColumn[] = [];
  for (const r of results) {
    if (r.cumulative || isPartialPeriodLabel(r.label)) continue;
    const named = yearsOfLabel(r.label);
    if (named.length === 1) years.push({ col: r.col, year: named[0]!, label: r.label });
  }
  if (new Set(years.map((y) => y.year)).size !== years.length) return [];
  return years.sort((a, b) => a.year - b.year);
}

function cumulativeOf(results: ResultColumn[]): CumulativeColumn | null {
  const cumulative = results.filter((r) => r.cumulative);
  const last = cumulative[cumulative.length - 1];
  if (!last) return null;
  const named = yearsOfLabel(last.label);
  return {
    col: last.col,
    label: last.label,
    from: named.length >= 2 ? named[0]! : null,
    to: named.length >= 1 ? named[named.length - 1]! : null,
  };
}

/** The same-period columns; of two stated comparisons, the one marked "%" (the other is the difference). */
function samePeriodColumns(labels: HeaderCell[]): Pick<TableLayout, "samePeriod" | "samePeriodPercent"> {
  const value = labels.find((l) => l.samePeriod === "value");
  const percents = labels.filter((l) => l.samePeriod === "percent");
  const percent = percents.find((l) => l.label.includes("%")) ?? percents[0];
  const column = (cell: HeaderCell | undefined): SamePeriodColumn | null =>
    cell ? { col: cell.col, label: cell.label } : null;
  return { samePeriod: column(value), samePeriodPercent: column(percent) };
}

/**
 * Finds the header and the role of every column. `mapped` roles override detection.
 * The body's `lastRow` is provisional (the sheet's last row); the row reader narrows it.
 */
export function detectTable(view: SheetView, mapped: ColumnMap = {}): Detection {
  const header = findHeaderRow(view);
  if (!header || header.score < MIN_HEADER_ROLES) {
    const mappedEnough = mapped.name !== undefined && (mapped.plan !== undefined || mapped.actual !== undefined);
    if (!header || !mappedEnough) return { ok: false };
  }
  const headerRows = hasSubHeader(view, header.row) ? [header.row, header.row + 1] : [header.row];
  const labels = columnLabels(view, headerRows);

  const columns: ColumnMap = {};
  const claims = new Map<Role, number[]>();
  const resultColumns: ResultColumn[] = [];
  for (const cell of labels) {
    if (!cell.role) continue;
    if (cell.role === "actual") {
      resultColumns.push({
        col: cell.col,
        label: cell.label,
        cumulative: isCumulativeLabel(cell.label),
        year: yearOfLabel(cell.label),
      });
      continue;
    }
    claims.set(cell.role, [...(claims.get(cell.role) ?? []), cell.col]);
  }
  const conflicts: TableLayout["conflicts"] = [];
  for (const [role, all] of claims) {
    const cols = role === "statedPercent" ? againstPlan(all, labels) : all;
    columns[role] = cols[0];
    if (cols.length > 1 && mapped[role] === undefined) conflicts.push({ role, cols });
  }
  const chosen = chooseActual(resultColumns);
  let actualChoice: TableLayout["actualChoice"] = chosen?.choice ?? "none";
  if (chosen) columns.actual = chosen.col;

  const mappedRoles: Role[] = [];
  for (const role of ROLES) {
    const col = mapped[role];
    if (col === undefined) continue;
    columns[role] = col;
    mappedRoles.push(role);
    if (role === "actual") actualChoice = "mapping";
  }

  const lastHeader = headerRows[headerRows.length - 1]!;
  return {
    ok: true,
    layout: {
      headerRows,
      firstRow: lastHeader + 1,
      lastRow: view.lastRow,
      columns,
      resultColumns,
      actualChoice,
      years: yearColumnsOf(resultColumns),
      cumulative: cumulativeOf(resultColumns),
      ...samePeriodColumns(labels),
      conflicts,
      mapped: mappedRoles,
    },
  };
}

/** Whether a body row is the header of another table below the first (two tables on one sheet). */
export function isHeaderLike(view: SheetView, row: number): boolean {
  return headerScore(rowLabels(view, row)) >= MIN_HEADER_ROLES;
}

/** Whether a row is the "(1) (2) (3)" column-numbering row some tables put under the header. */
export function isColumnNumberingRow(view: SheetView, row: number): boolean {
  let filled = 0;
  for (let col = view.firstCol; col <= view.lastCol; col++) {
    const v = view.value(row, col);
    if (isBlank(v)) continue;
    filled++;
    const f = fold(view.text(row, col));
    if (!/^\(?(\d{1,2}|[a-z])\)?([=*/+-].*)?$/.test(f)) return false;
  }
  return filled >= 3;
}
