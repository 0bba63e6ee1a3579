import { stat } from "node:fs/promises";
import { WorkbookReadError } from "../xlsx/read-error";

/**
 * Refuses an input that is not a regular file before anything reads it: reading a named pipe blocks until a
 * writer comes (and the process can no longer be stopped), and a device such as /dev/zero never ends. A path
 * that does not exist or cannot be opened is left to the reader, which names those cases itself.
 */
export async function assertRegularFile(path: string): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return;
  }
  if (info.isFile()) return;
  if (info.isDirectory()) throw new WorkbookReadError("cli.read.directory");
  if (info.isFIFO()) throw new WorkbookReadError("cliRun.input.fifo");
  if (info.isCharacterDevice() || info.isBlockDevice()) throw new WorkbookReadError("cliRun.input.device");
  if (info.isSocket()) throw new WorkbookReadError("cliRun.input.socket");
  throw new WorkbookReadError("cliRun.input.special");
}
