/** A command-line mistake, with a catalogue key (namespace `cli.usage`); the command exits with code 2. */
export class UsageError extends Error {
  constructor(
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(messageKey);
    this.name = "UsageError";
  }
}
