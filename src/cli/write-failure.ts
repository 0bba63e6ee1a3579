import { dirname } from "node:path";
import { t } from "../core/i18n";
import type { Lang } from "../core/types";
import { errorReason } from "./error-reason";

const REASONS: Record<string, string> = {
  EACCES: "denied",
  EPERM: "denied",
  EROFS: "readOnly",
  ENOSPC: "noSpace",
  EDQUOT: "noSpace",
  EISDIR: "isFolder",
  ENOTDIR: "badFolder",
  ENOENT: "badFolder",
  ENAMETOOLONG: "nameTooLong",
  EBUSY: "busy",
};

/**
 * Why the output could not be written, in the language asked and about the output the user named: the
 * temporary file the write goes through (`out.xlsx.24282.tmp`) and the system's English never show.
 */
export function writeFailureReason(error: unknown, output: string, lang: Lang): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const key = typeof code === "string" ? REASONS[code] : undefined;
  if (key) return t(lang, `cliRun.write.${key}`, { folder: dirname(output) });
  if (typeof code === "string" && /^E[A-Z]+$/.test(code)) return t(lang, "cliRun.write.system", { code });
  return errorReason(error, lang);
}
