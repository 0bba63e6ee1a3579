import { z } from "zod";

/**
 * How a user asked one sheet to be judged, as hosts store it beside the column mapping: the near threshold and the
 * reporting period. A field left out means automatic (DEFAULT_NEAR; the period the table's own words give), so
 * the settings spread straight into `analyzeSheet`'s options. `period: null` is the user saying there is none;
 * a period is always the user's own (a UserPeriod), never one read from a table.
 */
export const JudgingSettingsSchema = z
  .object({
    near: z.number().gt(0).lte(1).optional(),
    period: z
      .object({
        label: z.string().min(1),
        elapsed: z.number().gt(0).lte(1),
        cell: z.null(),
        source: z.literal("user"),
      })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();

export type JudgingSettings = z.infer<typeof JudgingSettingsSchema>;
