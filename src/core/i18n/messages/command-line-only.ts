/**
 * Stands in for the command line's messages (cli.ts, cli-run.ts) in the add-in's bundle (webpack.config.js): no
 * add-in code reads them, and the page loads before the pane is shown, so every kilobyte it carries counts.
 */
const none = { vi: {}, en: {} };
export const cli = none;
export const cliRun = none;
