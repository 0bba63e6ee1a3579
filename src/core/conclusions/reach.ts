/**
 * How far a sheet is read for a summary of one's own: this many rows and columns from the top-left corner of its
 * used range. A summary is small; the rest of a large sheet is data. Kept apart from the reader so that a host can
 * bound what it fetches without bundling the engine with it.
 */
export const SUMMARY_ROWS = 200;
export const SUMMARY_COLS = 30;
