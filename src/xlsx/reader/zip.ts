import AdmZip from "adm-zip";
import { unzipSync } from "fflate";
import { crc32, inflateRawSync } from "node:zlib";
import { WorkbookReadError } from "../read-error";

/** What one file may inflate to, all parts read together: a 200,000-row sheet takes about a third of it. */
export const MAX_INFLATED_BYTES = 300 * 1024 * 1024;

/**
 * adm-zip makes an entry for every folder above every name as it opens an archive, at a cost that grows with the
 * square of a name's depth: a 120 KB file naming "a/a/a/…" 30,000 folders deep takes seconds and gigabytes. An
 * .xlsx part is a few folders deep, so names past these bounds are refused before adm-zip sees them.
 */
const MAX_NAME_LENGTH = 1024;
const MAX_NAME_DEPTH = 32;
const MAX_ENTRIES = 100_000;

const STORED = 0;
const DEFLATED = 8;

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

const corrupt = () => new WorkbookReadError("cli.read.corrupt");

/** The archive's names, from its central directory alone (fflate lists without inflating). */
function listNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  unzipSync(bytes, {
    filter: (file) => {
      if (names.push(file.name) > MAX_ENTRIES) throw corrupt();
      if (file.name.length > MAX_NAME_LENGTH || file.name.split("/").length > MAX_NAME_DEPTH) throw corrupt();
      return false;
    },
  });
  return names;
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
    bytes: Uint8Array,
    private readonly maxInflated = MAX_INFLATED_BYTES,
  ) {
    try {
      listNames(bytes);
      // adm-zip takes any other kind of bytes for an empty archive.
      const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (const entry of new AdmZip(buffer).getEntries()) this.entries.set(entry.entryName, entry);
    } catch {
      throw corrupt();
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

/**
 * A part as its declared size and checksum say it is, or damaged. Not adm-zip's own getData(), which checks the
 * checksum a byte at a time in JavaScript: zlib's is native.
 */
function inflate(entry: AdmZip.IZipEntry): Uint8Array {
  const { method, size, crc } = entry.header;
  if (method !== STORED && method !== DEFLATED) throw corrupt();
  let part: Buffer;
  try {
    const packed = entry.getCompressedData();
    // zlib refuses a limit of 0; a part declared empty and inflating to a byte is caught below.
    part = method === STORED ? packed : inflateRawSync(packed, { maxOutputLength: Math.max(size, 1) });
  } catch {
    throw corrupt();
  }
  if (part.length !== size || crc32(part) !== crc) throw corrupt();
  return part;
}
