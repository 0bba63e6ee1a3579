import { z } from "zod";
import { ROLES, type ColumnMap, type Role } from "./types";
import { columnIndex } from "./address";

/**
 * A user's column mapping: role to column letter, e.g. `{ "actual": "G", "plan": "D" }`.
 * Hosts store it (in the workbook, on the command line) and pass it to `analyzeSheet`.
 */
export const ColumnMappingSchema = z
  .object(
    Object.fromEntries(
      ROLES.map((role) => [
        role,
        z
          .string()
          .regex(/^[A-Za-z]{1,3}$/)
          .optional(),
      ]),
    ) as {
      [K in Role]: z.ZodOptional<z.ZodString>;
    },
  )
  .strict();

export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

export function mappingToColumns(mapping: ColumnMapping): ColumnMap {
  const out: ColumnMap = {};
  for (const role of ROLES) {
    const letter = mapping[role];
    if (letter) out[role] = columnIndex(letter);
  }
  return out;
}
