/**
 * The consolidation as JSON (`chitieu consolidate --json`), version 1: a contract for other tools, so its shape
 * is a zod schema. Per indicator `{ name, units, achieved, sumActual, sumPlan }` and per unit `{ unit, file,
 * sheet, indicators, achieved }`, with the rest of the consolidation beside them.
 */
import { z } from "zod";
import type { Lang } from "../types";
import type { ConsolidationResult } from "./consolidate";
import { excludedReason } from "./plan";

const Band = z.enum(["achieved", "near", "not_achieved", "no_data"]);
const Place = { unit: z.string(), file: z.string().nullable(), sheet: z.string().nullable() };

export const ConsolidationReportSchema = z.object({
  version: z.literal(1),
  units: z.array(
    z.object({
      ...Place,
      indicators: z.number().int(),
      achieved: z.number().int(),
      near: z.number().int(),
      notAchieved: z.number().int(),
      noData: z.number().int(),
      share: z.number().nullable(),
      rank: z.number().int().positive(),
    }),
  ),
  indicators: z.array(
    z.object({
      name: z.string(),
      unit: z.string(),
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
  excluded: z.array(z.object({ ...Place, reason: z.enum(["unreadable", "duplicate"]), message: z.string() })),
  whole: z.object(Place).nullable(),
  partial: z.array(z.object({ name: z.string(), missing: z.array(z.string()) })),
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

export function consolidationReport(result: ConsolidationResult, lang: Lang): ConsolidationReport {
  return {
    version: 1,
    units: result.units.map((u) => ({ ...u, share: finite(u.share) })),
    indicators: result.indicators.map((i) => ({
      name: i.name,
      unit: i.unit,
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
    partial: result.partial.map((p) => ({ name: result.indicators[p.indicator]!.name, missing: p.missing })),
    unmatched: result.unmatched,
  };
}
