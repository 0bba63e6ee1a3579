/** `npm run cli -- check|summarize ...`: the command line over the engine. */
import { processIo } from "./io";
import { runCli } from "./program";

process.exitCode = await runCli(process.argv.slice(2), processIo);
