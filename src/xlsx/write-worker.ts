/**
 * The .xlsx writer's thread (see writer.ts). It loads excelize and writes the warm-up plans while the main
 * thread reads the inputs, then writes the real plans it is sent, one message each.
 */
import { parentPort } from "node:worker_threads";
import type { SummaryPlan } from "../core/summary/plan";
import { excelize } from "./excelize";
import { warmUpPlans } from "./warm-up-plans";
import { summaryWorkbook } from "./write-summary";
import { toWire, type WriterReply } from "./writer-wire";

const port = parentPort!;
const post = (reply: WriterReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);

try {
  await excelize();
  post({ kind: "ready" });
} catch (error) {
  post({ kind: "failed", error: toWire(error) });
  process.exit(0);
}
// A warm-up that fails only leaves the real write cold; the real write reports its own failure.
await summaryWorkbook(warmUpPlans()).catch(() => {});

port.on("message", (plans: SummaryPlan[]) => {
  summaryWorkbook(plans).then(
    (bytes) => {
      const copy = bytes.slice();
      post({ kind: "written", bytes: copy }, [copy.buffer as ArrayBuffer]);
    },
    (error: unknown) => post({ kind: "failed", error: toWire(error) }),
  );
});
