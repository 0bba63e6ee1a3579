/**
 * Groups queued commands into as few syncs as the payload allows: a command is queued after `reserve`, which
 * syncs first when the command would push the pending request over the budget. Sync count then grows with the
 * size of what is written, never with the number of cells or ranges.
 */
import { SYNC_BUDGET } from "./payload";

/** Office.js describes each command with object paths and ids besides its arguments. */
export const COMMAND_BYTES = 200;

export class SyncBudget {
  private pending = 0;
  private syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly onSync: (syncs: number) => void = () => {},
    private readonly budget = SYNC_BUDGET,
  ) {}

  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.flush();
    this.pending += bytes;
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    await this.context.sync();
    this.pending = 0;
    this.onSync(++this.syncs);
  }
}
