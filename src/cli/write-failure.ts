import { statSync } from "node:fs";
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
  ENAMETOOLONG: "nameTooLong",
  EBUSY: "busy",
};

/**
 * Why the output could not be written, in the language asked and about the output the user named: the
 * temporary file the write goes through (`out.xlsx.24282.tmp`) and the system's English never show.
 */
export function writeFailureReason(error: unknown, output: string, lang: Lang): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const folder = dirname(output);
  // Making the folders gives EEXIST or ENOTDIR for a file in the way, and a folder that takes no file (/proc) gives
  // ENOENT as a missing one does: only the disk tells which it was.
  if (code === "EEXIST" || code === "ENOTDIR" || code === "ENOENT") {
    const found = nearestExisting(folder);
    if (found && !found.folder) return t(lang, "cliRun.write.fileInPath", { file: found.path });
    if (found?.path === folder) return t(lang, "cliRun.write.noNewFile", { folder });
    return t(lang, "cliRun.write.badFolder", { folder });
  }
  const key = typeof code === "string" ? REASONS[code] : undefined;
  if (key) return t(lang, `cliRun.write.${key}`, { folder });
  if (typeof code === "string" && /^E[A-Z]+$/.test(code)) return t(lang, "cliRun.write.system", { code });
  return errorReason(error, lang);
}

/** The path, or the nearest folder above it, that is on the disk, and whether it is a folder. */
function nearestExisting(path: string): { path: string; folder: boolean } | null {
  for (let at = path; ; at = dirname(at)) {
    try {
      return { path: at, folder: statSync(at).isDirectory() };
    } catch {
      if (dirname(at) === at) return null;
    }
  }
}
