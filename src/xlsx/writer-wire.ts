/** What the writer's thread and the main thread say to each other; errors cross as plain data and are rebuilt. */
import { WorkbookWriteError } from "./write-error";

export interface WireError {
  message: string;
  messageKey?: string;
  params?: Record<string, string | number>;
  code?: string;
}

export type WriterReply =
  { kind: "ready" } | { kind: "written"; bytes: Uint8Array } | { kind: "failed"; error: WireError };

export function toWire(error: unknown): WireError {
  if (error instanceof WorkbookWriteError)
    return { message: error.message, messageKey: error.messageKey, params: error.params };
  const code = (error as { code?: unknown } | null)?.code;
  return {
    message: error instanceof Error ? error.message : String(error),
    ...(typeof code === "string" ? { code } : {}),
  };
}

export function fromWire(wire: WireError): Error {
  if (wire.messageKey) return new WorkbookWriteError(wire.messageKey, wire.params);
  return Object.assign(new Error(wire.message), wire.code ? { code: wire.code } : {});
}
