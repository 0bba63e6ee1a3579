/** A workbook that cannot be written, with a catalogue key (namespace `cli.write`) and the values its message needs. */
export class WorkbookWriteError extends Error {
  constructor(
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(messageKey);
    this.name = "WorkbookWriteError";
  }
}
