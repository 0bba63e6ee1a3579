import { createRequire } from "node:module";
import { init } from "excelize-wasm";
import { WorkbookWriteError } from "./write-error";

export type Excelize = Awaited<ReturnType<typeof init>>;
export type ExcelizeFile = ReturnType<Excelize["NewFile"]>;

let loading: Promise<Excelize> | null = null;

/** The excelize WebAssembly module, compiled once per process (it takes about half a second). */
export function excelize(): Promise<Excelize> {
  if (!loading) {
    const wasm = createRequire(import.meta.url).resolve("excelize-wasm/excelize.wasm.gz");
    loading = init(wasm);
  }
  return loading;
}

/** excelize reports failures as `{ error }` results; this turns one into an exception with a catalogue key. */
export function must<T extends { error: string | null }>(result: T): T {
  if (result.error) throw new WorkbookWriteError("cli.write.excelize", { detail: result.error });
  return result;
}
