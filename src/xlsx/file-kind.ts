/**
 * What a file is, from its first bytes, so a bad input gets a precise reason instead of a zip library's error.
 * An encrypted .xlsx is not a zip at all: Excel wraps it in an OLE compound file (the same container as an
 * old .xls), whose directory names the stream "EncryptionInfo".
 */
export type FileKind = "zip" | "encrypted" | "legacy-xls" | "empty" | "other";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function fileKind(bytes: Buffer): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP)) return "zip";
  if (startsWith(bytes, OLE)) return bytes.includes(ENCRYPTION_INFO) ? "encrypted" : "legacy-xls";
  return "other";
}
