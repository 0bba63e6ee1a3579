/**
 * The JSON report, version 2: the command line's `--json` output and any other machine reader's contract.
 *
 * Changes from version 1: each indicator has `measure`, `band`, `pace` and `gapPoints`; each sheet has `period`
 * and `near` (the threshold the bands used); `summary` counts `near`, `onTrack` and `behind` and lists `byGroup`.
 * `summary.notAchieved` now counts the not-achieved band only, so achieved + near + notAchieved + noData is the
 * number of indicators (in version 1 near indicators counted as not achieved). Each indicator lists its
 * \`breakdowns\`: the rows under it that split its figure ("- Trong đó: lao động nữ"), which version 1 reported as
 * indicators of their own.
 *
 * Added within version 2 (a new field, so readers of version 2 keep working): each sheet's `narrative`, the meeting
 * paragraph in the report's language ("Đến nay, 20/27 chỉ tiêu hoàn thành (74,1 %). …"), null for a skipped sheet.
 * A period is labelled in the report's language from what it means, as the paragraph names it: the user's "9m" is
 * "9 tháng" or "the first 9 months", a table's "Lũy kế 2021-2023" "lũy kế giai đoạn 2021–2023" or "cumulative
 * 2021–2023" (the period-found issue quotes the table's own words). Each summary says by what its
 * `byGroup` is grouped (`groupedBy`): the table's section rows, or, in a table without any, its lead-agency column,
 * whose agency is then each indicator's `group`. A period says whether its figures are one quarter's own
 * (`quarterOnly`: a result column headed "Quý III/2024"), which no indicator's pace is judged against. An indicator
 * judged by a target of a change a year ("Giảm 1-1,5%/năm", "Giảm 2.000 hộ/năm") has its `change`: the first and
 * last years the row gives, their figures and the average change a year (`kind`: in points of a rate, relative, or
 * in the row's unit); no other indicator has the field.
 *
 * The counts of `summary` and of each `byGroup`: `indicators`; by band `achieved`, `near`, `notAchieved` and
 * `noData`, which add up to `indicators`; by pace, in a partial period paced against the plan, `ahead` (achieved
 * already, ahead of time: added within version 2), `onTrack` (not achieved yet but on pace) and `behind`, which add
 * up to the indicators with a pace, and are 0 where none has one. Before `ahead`, `onTrack` counted the achieved
 * too; it now says what the pane, the text report, the summary sheet and the paragraph say (paceCounts).
 */
import { z } from "zod";
import type { Lang, SheetAnalysis } from "./types";
import { ROLES } from "./types";
import { columnLetter } from "./address";
import { issueMessage } from "./issues";
import { periodLabel } from "./judging-input";
import { meetingParagraph } from "./narrative/write";

const Status = z.enum(["achieved", "not_achieved", "no_data"]);
const Band = z.enum(["achieved", "near", "not_achieved", "no_data"]);

const CountsSchema = z.object({
  indicators: z.number().int(),
  achieved: z.number().int(),
  near: z.number().int(),
  notAchieved: z.number().int(),
  noData: z.number().int(),
  ahead: z.number().int(),
  onTrack: z.number().int(),
  behind: z.number().int(),
});

export const PeriodReportSchema = z.object({
  label: z.string(),
  elapsed: z.number().gt(0).lte(1),
  cell: z.string().nullable(),
  source: z.enum(["detected", "user"]),
  quarterOnly: z.boolean(),
});

export const IndicatorReportSchema = z.object({
  row: z.number().int(),
  number: z.string(),
  name: z.string(),
  unit: z.string(),
  group: z.string().nullable(),
  lead: z.string().nullable(),
  plan: z.number().nullable(),
  actual: z.number().nullable(),
  target: z.string().nullable(),
  direction: z.enum(["higher", "lower"]),
  attainment: z.number().nullable(),
  overPlan: z.number().nullable(),
  status: Status,
  measure: z.enum(["rate", "quantity", "level"]),
  band: Band,
  pace: z.enum(["on_track", "behind"]).nullable(),
  gapPoints: z.number().nullable(),
  change: z
    .object({
      from: z.number().int(),
      to: z.number().int(),
      first: z.number(),
      last: z.number(),
      perYear: z.number(),
      kind: z.enum(["points", "relative", "absolute"]),
    })
    .optional(),
  breakdowns: z.array(
    z.object({
      row: z.number().int(),
      label: z.string(),
      unit: z.string(),
      actual: z.number().nullable(),
      cell: z.string().regex(/^[A-Z]{1,3}\d+$/),
    }),
  ),
});

export const IssueReportSchema = z.object({
  code: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  cell: z.string().regex(/^[A-Z]{1,3}\d+$/),
  row: z.number().int(),
  message: z.string(),
});

export const TableReportSchema = z.object({
  headerRows: z.array(z.number().int()),
  firstRow: z.number().int(),
  lastRow: z.number().int(),
  columns: z.partialRecord(z.enum(ROLES), z.string().regex(/^[A-Z]{1,3}$/)),
});

export const SheetReportSchema = z.object({
  name: z.string(),
  skipped: z.string().nullable(),
  table: TableReportSchema.nullable(),
  indicators: z.array(IndicatorReportSchema),
  issues: z.array(IssueReportSchema),
  period: PeriodReportSchema.nullable(),
  near: z.number(),
  narrative: z.string().nullable(),
  summary: CountsSchema.extend({
    byGroup: z.array(CountsSchema.extend({ group: z.string().nullable() })),
    groupedBy: z.enum(["section", "lead"]).nullable(),
  }),
});

export const FileReportSchema = z.object({
  file: z.string(),
  error: z.string().nullable(),
  sheets: z.array(SheetReportSchema),
});

export const ReportSchema = z.object({ version: z.literal(2), files: z.array(FileReportSchema) });

export type Report = z.infer<typeof ReportSchema>;
export type FileReport = z.infer<typeof FileReportSchema>;
export type SheetReport = z.infer<typeof SheetReportSchema>;

/** One analysed sheet as the report writes it. */
export function sheetReport(analysis: SheetAnalysis, lang: Lang): SheetReport {
  const table = analysis.table;
  const columns: Record<string, string> = {};
  if (table)
    for (const role of ROLES) if (table.columns[role] !== undefined) columns[role] = columnLetter(table.columns[role]!);
  return {
    name: analysis.sheet,
    skipped: null,
    table: table ? { headerRows: table.headerRows, firstRow: table.firstRow, lastRow: table.lastRow, columns } : null,
    indicators: analysis.indicators.map((i) => ({
      row: i.row,
      number: i.number,
      name: i.name,
      unit: i.unit,
      group: i.group,
      lead: i.lead,
      plan: i.plan,
      actual: i.actual,
      target: i.target?.text ?? null,
      direction: i.direction,
      attainment: i.attainment,
      overPlan: i.overPlan,
      status: i.status,
      measure: i.measure,
      band: i.band,
      pace: i.pace,
      gapPoints: i.gapPoints,
      // Only where there is one, so reports of tables without a yearly-change target read as they did.
      ...(i.change && { change: i.change }),
      breakdowns: i.breakdowns ?? [],
    })),
    issues: analysis.issues.map((issue) => ({
      code: issue.code,
      severity: issue.severity,
      cell: issue.cell,
      row: issue.row,
      message: issueMessage(issue, lang),
    })),
    period: analysis.period && {
      label: periodLabel(analysis.period, lang),
      elapsed: analysis.period.elapsed,
      cell: analysis.period.cell,
      source: analysis.period.source,
      quarterOnly: analysis.period.quarterOnly === true,
    },
    near: analysis.near,
    narrative: analysis.table ? meetingParagraph(analysis, lang) : null,
    summary: analysis.summary,
  };
}
