import { extname, resolve } from "node:path";
import { inputsThatAreOutput } from "./same-file";
import { UsageError } from "./usage-error";

/**
 * The output workbook's absolute path, refused before any reading when it is not an .xlsx or when it is one of
 * the inputs (by path, or the same file through a link).
 */
export async function checkedOutputPath(files: string[], output: string): Promise<string> {
  const path = resolve(output);
  if (extname(path).toLowerCase() !== ".xlsx") throw new UsageError("cli.usage.outputExtension", { file: output });
  const clash = (await inputsThatAreOutput(files, path))[0];
  if (clash !== undefined) {
    if (resolve(clash) === path) throw new UsageError("cli.usage.outputIsInput", { file: output });
    throw new UsageError("cliRun.output.sameAsInput", { file: output, input: clash });
  }
  return path;
}
