/**
 * Which Excel JavaScript API sets the adapter needs. ExcelApi 1.9 is the minimum (multi-area ranges, visible
 * special cells, page layout); it is what the manifest should declare. ExcelApi 1.13 is optional: without it the
 * snapshot has no merged areas (Range.getMergedAreasOrNullObject), which the engine treats as "unknown". ExcelApi
 * 1.18 is optional too: without it an issue about several cells apart selects its first (RangeAreas.select).
 */
import { HostError } from "../host/workbook-host";
import type { OfficeEnv } from "./office-env";

export const MINIMUM_API = "1.9";
export const MERGED_AREAS_API = "1.13";
export const SELECT_AREAS_API = "1.18";

export function requireMinimum(env: OfficeEnv): void {
  if (!env.isSetSupported("ExcelApi", MINIMUM_API))
    throw new HostError("excel.errors.unsupported", { version: MINIMUM_API });
}

export function supportsMergedAreas(env: OfficeEnv): boolean {
  return env.isSetSupported("ExcelApi", MERGED_AREAS_API);
}

export function supportsAreaSelection(env: OfficeEnv): boolean {
  return env.isSetSupported("ExcelApi", SELECT_AREAS_API);
}
