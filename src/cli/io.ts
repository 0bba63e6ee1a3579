export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal, so progress can redraw a single line. */
  readonly errIsTerminal: boolean;
  now(): Date;
}

/** Streams whose reader has gone away (`check … | head`): what would still go there is dropped. */
const closed = new Set<NodeJS.WriteStream>();

function write(stream: NodeJS.WriteStream, text: string): void {
  if (!closed.has(stream)) stream.write(text);
}

export const processIo: CliIo = {
  out: (text) => write(process.stdout, text),
  err: (text) => write(process.stderr, text),
  errIsTerminal: Boolean(process.stderr.isTTY),
  now: () => new Date(),
};

/**
 * The command a user runs this program with, for the hints that point to its help: the `chitieu` bin, or the
 * source through this package's `npm run cli` script, which npm marks in the environment of what it runs.
 */
export function invokedAs(env: NodeJS.ProcessEnv = process.env): string {
  return env.npm_lifecycle_event === "cli" && env.npm_package_name === "chitieu" ? "npm run cli --" : "chitieu";
}

const GONE = new Set(["EPIPE", "ERR_STREAM_DESTROYED"]);

/**
 * Makes a reader that stops early (`check *.xlsx | head`) end the output quietly instead of with Node's stack
 * trace for EPIPE: the run finishes and exits with its own code, as if the rest had been read.
 */
export function endQuietlyWhenReaderCloses(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (!GONE.has(error.code ?? "")) throw error;
      closed.add(stream);
    });
  }
}
