import { z } from "zod";
import { ColumnMappingSchema, type ColumnMapping } from "../core/mapping";
import { ROLES, type Lang, type Period, type Role } from "../core/types";
import { parseNearInput, parsePeriodInput } from "../core/judging-input";
import { columnIndex } from "../core/address";
import { parseOutlierInput } from "../core/series/outlier-input";
import type { OutlierOptions } from "../core/series/outliers";
import { UsageError } from "./usage-error";

/** Excel's last column, XFD. */
const MAX_COLUMN = 16384;

/**
 * Parses `--map "actual=G,plan=D"` into a ColumnMapping. Roles are the engine's (number, name, unit, plan,
 * actual, statedPercent, statedStatus, lead, remarks), matched without regard to case.
 */
export function parseMapping(text: string): ColumnMapping {
  const mapping: Partial<Record<Role, string>> = {};
  for (const item of text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const match = /^([A-Za-z]+)\s*=\s*(\S+)$/.exec(item);
    if (!match) throw new UsageError("cli.usage.mapItem", { item });
    const role = ROLES.find((r) => r.toLowerCase() === match[1]!.toLowerCase());
    if (!role) throw new UsageError("cli.usage.mapRole", { role: match[1]!, roles: ROLES.join(", ") });
    const column = match[2]!.toUpperCase();
    if (!/^[A-Z]{1,3}$/.test(column) || columnIndex(column) > MAX_COLUMN) {
      throw new UsageError("cli.usage.mapColumn", { column: match[2]! });
    }
    if (mapping[role]) throw new UsageError("cli.usage.mapDuplicate", { role });
    const taken = ROLES.find((r) => mapping[r] === column);
    if (taken) throw new UsageError("cliRun.map.sameColumn", { column, first: taken, second: role });
    mapping[role] = column;
  }
  if (Object.keys(mapping).length === 0) throw new UsageError("cli.usage.mapItem", { item: text });
  return ColumnMappingSchema.parse(mapping);
}

const LangOption = z.enum(["vi", "en"], { error: "cli.usage.lang" });
const Mapping = z
  .string()
  .optional()
  .transform((text) => (text === undefined ? undefined : parseMapping(text)));

/** `--period 9m`, "9 tháng", "Quý III", 0.75, 75%, or none (no pace); left out, each table's own words decide. */
export function parsePeriodOption(text: string): Period | null {
  const read = parsePeriodInput(text);
  if (!read.ok) throw new UsageError("cli.usage.period", { value: text });
  return read.period;
}

/** `--near 0.9` or 90%: the share of the target at or above which a not-achieved indicator is near. */
export function parseNearOption(text: string): number {
  const near = parseNearInput(text);
  if (near === null) throw new UsageError("cli.usage.near", { value: text });
  return near;
}

/** `--outliers "extreme=3,moderate=2,jump=15"`: the thresholds of the outlier check over the years to change. */
export function parseOutliersOption(text: string): Partial<OutlierOptions> {
  const read = parseOutlierInput(text);
  if (read.ok) return read.options;
  switch (read.reason) {
    case "item":
      throw new UsageError("cli.usage.outliers.item", { item: read.item });
    case "key":
      throw new UsageError("cli.usage.outliers.key", { key: read.key });
    case "value":
      throw new UsageError(`cli.usage.outliers.value.${read.key}`, { value: read.value });
    case "order":
      throw new UsageError("cli.usage.outliers.order", { extreme: read.extreme, moderate: read.moderate });
  }
}

/** Options every command shares: which sheet, how its columns map, how indicators are judged, which language. */
export const SourceOptionsSchema = z.object({
  sheet: z.string().min(1).optional(),
  map: Mapping,
  period: z
    .string()
    .optional()
    .transform((text) => (text === undefined ? undefined : parsePeriodOption(text))),
  near: z
    .string()
    .optional()
    .transform((text) => (text === undefined ? undefined : parseNearOption(text))),
  outliers: z
    .string()
    .optional()
    .transform((text) => (text === undefined ? undefined : parseOutliersOption(text))),
  lang: LangOption.default("vi"),
});

export const CheckOptionsSchema = SourceOptionsSchema.extend({
  json: z.boolean().default(false),
  findings: z.string().min(1).optional(),
});

export const SummarizeOptionsSchema = SourceOptionsSchema.extend({ output: z.string().min(1) });

export const ConsolidateOptionsSchema = SourceOptionsSchema.extend({
  output: z.string().min(1).optional(),
  json: z.boolean().default(false),
});

export interface SourceOptions {
  sheet?: string;
  map?: ColumnMapping;
  /** The user's reporting period; null for none; left out, each table's own words decide. */
  period?: Period | null;
  near?: number;
  /** Outlier thresholds the user changed; the rest keep their defaults. */
  outliers?: Partial<OutlierOptions>;
  lang: Lang;
}
export interface CheckOptions extends SourceOptions {
  json: boolean;
  /** An .xlsx or .csv file to write the findings to, one row per issue. */
  findings?: string;
}
export interface SummarizeOptions extends SourceOptions {
  output: string;
}
export interface ConsolidateOptions extends SourceOptions {
  output?: string;
  json: boolean;
}

/**
 * Validates raw commander options; a mistake becomes a UsageError with a catalogue key naming the option, never
 * zod's own (English) wording.
 */
export function parseOptions<T extends z.ZodType>(schema: T, raw: unknown): z.output<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue?.message === "cli.usage.lang") throw new UsageError("cli.usage.lang");
  const option = `--${issue?.path.join(".") || "?"}`;
  throw new UsageError(issue?.code === "too_small" ? "cli.usage.emptyOption" : "cli.usage.invalidOption", { option });
}
