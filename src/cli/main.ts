/** `npm run cli -- check|summarize ...`: the command line over the engine. */
import { endQuietlyWhenReaderCloses, invokedAs, processIo } from "./io";
import { runCli } from "./program";

endQuietlyWhenReaderCloses();
process.exitCode = await runCli(process.argv.slice(2), processIo, invokedAs());
