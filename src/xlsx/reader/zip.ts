import AdmZip from "adm-zip";
import { inflateRawSync } from "node:zlib";
import { WorkbookReadError } from "../read-error";

/** What one file may inflate to, all parts read together: a 200,000-row sheet takes about a third of it. */
export const MAX_INFLATED_BYTES = 300 * 1024 * 1024;

const STORED = 0;
const DEFLATED = 8;

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/**
 * The parts of a zip archive, read lazily: listing costs only the central directory, not the inflation.
 * adm-zip reads the directory and hands over each part's compressed bytes; Node's own zlib inflates them, several
 * times quicker than a JavaScript inflater in a process that checks one file and exits before it is compiled.
 */
export class ZipParts {
  readonly names: ReadonlySet<string>;
  private readonly entries = new Map<string, AdmZip.IZipEntry>();
  private inflated = 0;

  constructor(
    bytes: Buffer,
    private readonly maxInflated = MAX_INFLATED_BYTES,
  ) {
    try {
      for (const entry of new AdmZip(bytes).getEntries()) this.entries.set(entry.entryName, entry);
    } catch {
      throw new WorkbookReadError("cli.read.corrupt");
    }
    this.names = new Set(this.entries.keys());
  }

  /**
   * The inflated parts, by name; absent names are left out. The sizes the archive declares are checked against
   * the cap before anything is inflated, and each part is inflated to at most its declared size, so an archive
   * that understates a part's size cannot grow past it: the part is called damaged.
   */
  read(names: string[]): Map<string, Uint8Array> {
    const wanted = [...new Set(names)].flatMap((name) => this.entries.get(name) ?? []);
    let declared = this.inflated;
    for (const entry of wanted) {
      declared += entry.header.size;
      if (declared > this.maxInflated)
        throw new WorkbookReadError("reader.tooLarge", { limit: megabytes(this.maxInflated) });
    }
    const parts = new Map<string, Uint8Array>();
    for (const entry of wanted) parts.set(entry.entryName, inflate(entry));
    this.inflated = declared;
    return parts;
  }

  readOne(name: string): Uint8Array | undefined {
    return this.read([name]).get(name);
  }
}

function inflate(entry: AdmZip.IZipEntry): Uint8Array {
  const { method, size } = entry.header;
  if (method !== STORED && method !== DEFLATED) throw new WorkbookReadError("cli.read.corrupt");
  try {
    const stored = entry.getCompressedData();
    // zlib refuses a limit of 0; a part declared empty still inflates to nothing within 1 byte.
    return method === STORED ? stored : inflateRawSync(stored, { maxOutputLength: Math.max(size, 1) });
  } catch {
    throw new WorkbookReadError("cli.read.corrupt");
  }
}
