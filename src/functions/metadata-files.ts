/**
 * The two metadata files the build emits from the generated functions.json. The generator cannot set
 * `allowErrorForDataTypeAny` (Microsoft documents it for hand-written metadata only), so it is added here:
 * without it Excel does not call a function at all when any cell of an input range holds an error, and one
 * #DIV/0! in a column would turn the whole spilled result into that error instead of that row's own.
 */
import { localizeMetadata, type MetadataFile } from "./metadata-vi";

export function buildMetadataFiles(generated: MetadataFile): { english: MetadataFile; vietnamese: MetadataFile } {
  const english: MetadataFile = { ...generated, allowErrorForDataTypeAny: true };
  return { english, vietnamese: localizeMetadata(english) };
}
