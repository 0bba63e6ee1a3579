import { unzipSync } from "fflate";
import { WorkbookReadError } from "../read-error";

/** What one file may inflate to, all parts read together: a 200,000-row sheet takes about a third of it. */
export const MAX_INFLATED_BYTES = 300 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** The parts of a zip archive, read lazily: listing costs only the central directory, not the inflation. */
export class ZipParts {
  readonly names: ReadonlySet<string>;
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly maxInflated = MAX_INFLATED_BYTES,
  ) {
    const names = new Set<string>();
    try {
      unzipSync(bytes, {
        filter: (file) => {
          names.add(file.name);
          return false;
        },
      });
    } catch {
      throw new WorkbookReadError("cli.read.corrupt");
    }
    this.names = names;
  }

  /**
   * The inflated parts, by name; absent names are left out. The sizes the archive declares are checked against
   * the cap before anything is inflated, and fflate inflates into buffers of exactly those sizes, so an archive
   * that understates a part's size cannot grow past them: its part comes out cut short, and fails to parse.
   */
  read(names: string[]): Map<string, Uint8Array> {
    const wanted = new Set(names.filter((n) => this.names.has(n)));
    if (wanted.size === 0) return new Map();
    let declared = this.inflated;
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(this.bytes, {
        filter: (file) => {
          if (!wanted.has(file.name)) return false;
          declared += file.originalSize;
          if (declared > this.maxInflated)
            throw new WorkbookReadError("reader.tooLarge", { limit: megabytes(this.maxInflated) });
          return true;
        },
      });
    } catch (error) {
      if (error instanceof WorkbookReadError) throw error;
      throw new WorkbookReadError("cli.read.corrupt");
    }
    this.inflated = declared;
    return new Map(Object.entries(files));
  }

  readOne(name: string): Uint8Array | undefined {
    return this.read([name]).get(name);
  }
}
