/**
 * The .xlsx writer, started before the inputs are read. excelize's WebAssembly compiles each function the first
 * time it runs, which made the first write of a run take seconds (2,1 s for a consolidation of 30 units, 0,4 s
 * once warm). On its own thread it loads and writes warm-up plans on the machine's other core while this thread
 * reads the inputs, so the real write finds it warm. Where no thread can start, it writes on this thread.
 */
import type { Worker } from "node:worker_threads";
import type { SummaryPlan } from "../core/summary/plan";
import { excelize } from "./excelize";
import { summaryWorkbook } from "./write-summary";
import { spawnWriterThread } from "./writer-thread";
import { fromWire, type WriterReply } from "./writer-wire";

export interface WorkbookWriter {
  /** Null once the writer can write, or the error that keeps it from loading. Never rejects. */
  ready: Promise<unknown>;
  /** The workbook's bytes; rejects with the writer's error (a WorkbookWriteError keeps its catalogue key). */
  write(plans: SummaryPlan[]): Promise<Uint8Array>;
}

function inThisThread(): WorkbookWriter {
  return {
    ready: excelize().then(
      () => null,
      (error: unknown) => error,
    ),
    write: (plans) => summaryWorkbook(plans),
  };
}

type Answer = WriterReply | { kind: "crashed"; message: string };

/** The thread's next reply, or its crash or exit. */
function answer(worker: Worker): Promise<Answer> {
  return new Promise((resolve) => {
    const done = (a: Answer) => {
      worker.off("message", done);
      worker.off("error", crashed);
      worker.off("exit", exited);
      resolve(a);
    };
    const crashed = (error: Error) => done({ kind: "crashed", message: error.message });
    const exited = (code: number) => done({ kind: "crashed", message: `the writer's thread stopped (${code})` });
    worker.on("message", done);
    worker.on("error", crashed);
    worker.on("exit", exited);
  });
}

function onThread(worker: Worker, loaded: Promise<Answer>): WorkbookWriter {
  return {
    ready: loaded.then((a) => (a.kind === "failed" ? fromWire(a.error) : null)),
    write: async (plans) => {
      const first = await loaded;
      if (first.kind === "failed") throw fromWire(first.error);
      const written = answer(worker);
      worker.postMessage(plans);
      const a = await written;
      await worker.terminate();
      if (a.kind === "written") return a.bytes;
      if (a.kind === "failed") throw fromWire(a.error);
      throw new Error(a.kind === "crashed" ? a.message : "the writer's thread answered out of turn");
    },
  };
}

export function startWriter(): WorkbookWriter {
  const worker = spawnWriterThread();
  if (!worker) return inThisThread();
  const loaded = answer(worker);
  // A thread that dies before it answers (no tsx, no bundle beside the bin) leaves the writing to this thread.
  const writer = loaded.then((a) => (a.kind === "crashed" ? inThisThread() : onThread(worker, loaded)));
  return {
    ready: writer.then((w) => w.ready),
    write: async (plans) => (await writer).write(plans),
  };
}
