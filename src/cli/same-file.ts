import { stat } from "node:fs/promises";
import { resolve } from "node:path";

async function identity(path: string): Promise<string | null> {
  try {
    const info = await stat(path, { bigint: true });
    return `${info.dev}:${info.ino}`;
  } catch {
    return null;
  }
}

/**
 * The inputs that are the output file itself, compared by identity (device and inode after following links),
 * so a symbolic link, a hard link or another spelling of the name on a case-insensitive file system is caught
 * as well as the same path. An output that does not exist yet is the same as an input only by its path.
 */
export async function inputsThatAreOutput(inputs: string[], output: string): Promise<string[]> {
  const target = resolve(output);
  const outputId = await identity(target);
  const same = await Promise.all(
    inputs.map(async (input) => {
      if (resolve(input) === target) return true;
      return outputId !== null && (await identity(input)) === outputId;
    }),
  );
  return inputs.filter((_, i) => same[i]);
}
