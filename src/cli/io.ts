/** Where the command line writes, and its clock; tests pass a recording double. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal, so progress can redraw a single line. */
  readonly errIsTerminal: boolean;
  now(): Date;
}

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  errIsTerminal: Boolean(process.stderr.isTTY),
  now: () => new Date(),
};
