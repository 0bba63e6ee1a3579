import { checkedSheets, type FileResult } from "./inspect";

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNUSABLE = 2;

/**
 * 2 when no sheet could be checked at all (every file unreadable or without an indicator table); 1 when some
 * checked sheet has an error-severity issue or some file could not be read; 0 otherwise.
 */
export function checkExitCode(results: FileResult[]): number {
  const checked = checkedSheets(results);
  if (checked.length === 0) return EXIT_UNUSABLE;
  const unreadable = results.some((r) => r.error !== null);
  const errors = checked.some(({ analysis }) => analysis.issues.some((i) => i.severity === "error"));
  return unreadable || errors ? EXIT_ERRORS : EXIT_OK;
}
