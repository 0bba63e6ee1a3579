import { extname, resolve } from "node:path";
import { inputsThatAreOutput } from "./same-file";
import { UsageError } from "./usage-error";

/**
 * The output file's absolute path, refused before any reading when it does not end in one of `extensions` (an
 * .xlsx unless told) or when it is one of the inputs (by path, or the same file through a link).
 */
export async function checkedOutputPath(
  files: string[],
  output: string,
  extensions: readonly string[] = [".xlsx"],
  wrongExtension = "cli.usage.outputExtension",
): Promise<string> {
  const path = resolve(output);
  if (!extensions.includes(extname(path).toLowerCase())) throw new UsageError(wrongExtension, { file: output });
  const clash = (await inputsThatAreOutput(files, path))[0];
  if (clash !== undefined) {
    if (resolve(clash) === path) throw new UsageError("cli.usage.outputIsInput", { file: output });
    throw new UsageError("cliRun.output.sameAsInput", { file: output, input: clash });
  }
  return path;
}
