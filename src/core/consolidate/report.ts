/**
 * The consolidation as JSON (`chitieu consolidate --json`), version 1: a contract for other tools, so its shape
 * is a zod schema. Per indicator `{ name, units, achieved, sumActual, sumPlan }` and per unit `{ unit, file,
 * sheet, indicators, achieved }`, with the rest of the consolidation beside them.
 */
import { z } from "zod";
import type { Lang, Period } from "../types";
import type { ConsolidationResult } from "./consolidate";
import { excludedReason, periodText, periodWarning } from "./plan";

const Band = z.enum(["achieved", "near", "not_achieved", "no_data"]);
const Place = { unit: z.string(), file: z.string().nullable(), sheet: z.string().nullable() };
/** A period named in the reader's language (`label`), the table's own words and the share of the plan elapsed. */
const PeriodJson = z.object({ label: z.string(), words: z.string(), elapsed: z.number() });

export const ConsolidationReportSchema = z.object({
  version: z.literal(1),
  /** The meeting's paragraph, in the reader's language, as the workbook's first sheet opens with it. */
  paragraph: z.string(),
  units: z.array(
    z.object({
      ...Place,
      indicators: z.number().int(),
      achieved: z.number().int(),
      near: z.number().int(),
      notAchieved: z.number().int(),
      noData: z.number().int(),
      share: z.number().nullable(),
      /** Among units of the same period only, when `periods.differ`. */
      rank: z.number().int().positive(),
      /** Null when the unit's table names no period. */
      period: PeriodJson.nullable(),
    }),
  ),
  indicators: z.array(
    z.object({
      name: z.string(),
      /** The unit every figure of the indicator is in; `scaled` lists the units whose figures were converted. */
      unit: z.string(),
      scaled: z.array(z.object({ unit: z.string(), from: z.string(), factor: z.number() })),
      variants: z.array(z.string()),
      kind: z.enum(["rate", "quantity", "level"]),
      /** Units whose table has the indicator. */
      units: z.number().int(),
      reporting: z.number().int(),
      achieved: z.number().int(),
      near: z.number().int(),
      notAchieved: z.number().int(),
      noData: z.number().int(),
      sumActual: z.number().nullable(),
      sumPlan: z.number().nullable(),
      stated: z
        .object({
          actual: z.number().nullable(),
          plan: z.number().nullable(),
          actualAgrees: z.boolean().nullable(),
          planAgrees: z.boolean().nullable(),
        })
        .nullable(),
      /** The units with this indicator report different periods: its sums add them together. */
      periodsDiffer: z.boolean(),
      /** One per unit, in the order of `units`; null where the unit lacks the indicator. */
      values: z.array(
        z
          .object({
            band: Band,
            actual: z.number().nullable(),
            plan: z.number().nullable(),
            attainment: z.number().nullable(),
            gapPoints: z.number().nullable(),
          })
          .nullable(),
      ),
    }),
  ),
  excluded: z.array(z.object({ ...Place, reason: z.enum(["unreadable", "duplicate", "whole"]), message: z.string() })),
  whole: z.object(Place).nullable(),
  /** The units' periods (the whole's with them); `message` warns, naming them, when they differ. */
  periods: z.object({
    differ: z.boolean(),
    groups: z.array(z.object({ period: PeriodJson.nullable(), units: z.array(z.string()) })),
    message: z.string().nullable(),
  }),
  partial: z.array(z.object({ name: z.string(), missing: z.array(z.string()) })),
  /** Tables naming the same unit with different figures: all counted, each named after its file or sheet too. */
  namedApart: z.array(z.object({ name: z.string(), units: z.array(z.object(Place)) })),
  unmatched: z.array(
    z.object({
      unit: z.string(),
      name: z.string(),
      row: z.number().int(),
      nearest: z.string().nullable(),
      similarity: z.number().min(0).max(1),
      why: z.enum(["wording", "unit", "whole"]),
    }),
  ),
});

export type ConsolidationReport = z.infer<typeof ConsolidationReportSchema>;

/** Non-finite figures (an attainment over a zero plan) have no JSON form: they become null. */
function finite(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}

function periodOf(period: Period | null, lang: Lang): z.infer<typeof PeriodJson> | null {
  return period && { label: periodText(period, lang), words: period.label, elapsed: period.elapsed };
}

/** `paragraph` is consolidationParagraph's, made once by the caller for every output that shows it. */
export function consolidationReport(result: ConsolidationResult, lang: Lang, paragraph: string): ConsolidationReport {
  return {
    version: 1,
    paragraph,
    units: result.units.map((u) => ({ ...u, share: finite(u.share), period: periodOf(u.period, lang) })),
    indicators: result.indicators.map((i) => ({
      name: i.name,
      unit: i.unit,
      scaled: i.scaled,
      variants: i.variants,
      kind: i.kind,
      units: i.units,
      reporting: i.reporting,
      achieved: i.achieved,
      near: i.near,
      notAchieved: i.notAchieved,
      noData: i.noData,
      sumActual: finite(i.sumActual),
      sumPlan: finite(i.sumPlan),
      stated: i.stated ? { ...i.stated, actual: finite(i.stated.actual), plan: finite(i.stated.plan) } : null,
      periodsDiffer: i.periodsDiffer,
      values: i.cells.map((c) =>
        c
          ? {
              band: c.band,
              actual: finite(c.actual),
              plan: finite(c.plan),
              attainment: finite(c.attainment),
              gapPoints: finite(c.gapPoints),
            }
          : null,
      ),
    })),
    excluded: result.excluded.map((u) => ({
      unit: u.unit,
      file: u.file,
      sheet: u.sheet,
      reason: u.reason,
      message: excludedReason(u, lang),
    })),
    whole: result.whole,
    periods: {
      differ: result.periodsDiffer,
      groups: result.periods.map((g) => ({ period: periodOf(g.period, lang), units: g.units })),
      message: periodWarning(result, lang),
    },
    partial: result.partial.map((p) => ({ name: result.indicators[p.indicator]!.name, missing: p.missing })),
    unmatched: result.unmatched,
    namedApart: result.namedApart,
  };
}
