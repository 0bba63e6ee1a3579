/**
 * Starts the writer's thread (write-worker.ts). The bundled bin starts the bundle beside it (scripts/build-cli.ts
 * writes both); from the sources (tsx, the tests) a thread does not inherit tsx's loader, so a two-line stub
 * registers it there before importing the TypeScript entry.
 */
import { Worker } from "node:worker_threads";

export const WRITER_BUNDLE = "chitieu-writer.js";

function fromSources(entry: URL): Worker {
  const stub = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(stub, { eval: true });
}

export function spawnWriterThread(): Worker | null {
  const self = import.meta.url;
  try {
    const worker = self.endsWith(".ts")
      ? fromSources(new URL("./write-worker.ts", self))
      : new Worker(new URL(`./${WRITER_BUNDLE}`, self));
    // A writer that is never asked to write must not keep the process alive.
    worker.unref();
    return worker;
  } catch {
    return null;
  }
}
