/** A workbook that cannot be read, with a catalogue key (namespace `cli.read`) and the values its message needs. */
export class WorkbookReadError extends Error {
  constructor(
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(messageKey);
    this.name = "WorkbookReadError";
  }
}
