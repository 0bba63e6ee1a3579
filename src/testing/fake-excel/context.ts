/**
 * The request/response cycle of Office.js, in memory: proxies queue commands, `sync()` runs them in order,
 * delivers loaded properties only when the whole batch succeeds, and counts round trips and payload bytes so
 * tests and benchmarks can assert what Excel on the web would see (its 5 MB request and response limits).
 */
import { jsonBytes } from "../../excel/payload";
import type { NumberLocale } from "./cell-text";
import { fail } from "./errors";
import type { WorkbookModel } from "./model";

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface FakeStats {
  /** Round trips, refused ones included. */
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  largestRequest: number;
  largestResponse: number;
  /** Syncs Excel refused for exceeding a payload limit. */
  refused: number;
}

export interface FakeHost {
  readonly model: WorkbookModel;
  readonly stats: FakeStats;
  /** The highest ExcelApi minor version the fake claims, e.g. 13 for "1.13". */
  readonly apiMinor: number;
  cellEditMode: boolean;
  /** Separators of the user's regional settings, used for `Range.text`. */
  readonly numberLocale: NumberLocale;
  /** The last cell or range the add-in selected. */
  selection: { sheet: string; address: string } | null;
  /** Called with the sync's number just before its commands run, so a test can change the workbook mid-run. */
  beforeSync?: (sync: number) => void;
}

interface Command {
  run(): void;
  bytes: number;
}

export const payloadBytes = jsonBytes;

/** Each command carries an envelope (object path, method or property name) besides its arguments. */
const COMMAND_OVERHEAD = 48;

export interface NullSettler {
  settleNull(): void;
}

export class FakeRequestContext {
  private queue: Command[] = [];
  private pathBytes = 0;
  private nullChecks: NullSettler[] = [];
  private staged: (() => void)[] = [];
  private responseBytes = 0;

  constructor(readonly host: FakeHost) {}

  enqueue(run: () => void, argumentBytes = 0): void {
    this.queue.push({ run, bytes: COMMAND_OVERHEAD + argumentBytes });
  }

  /** Arguments of methods that only name an object (`getRange(address)`): they travel in the request too. */
  countPath(bytes: number): void {
    this.pathBytes += bytes;
  }

  /** Called while a load command runs: the value reaches the proxy only if the whole sync succeeds. */
  stage(commit: () => void, bytes: number): void {
    this.staged.push(commit);
    this.responseBytes += bytes;
  }

  watchNull(object: NullSettler): void {
    this.nullChecks.push(object);
  }

  requireApi(minor: number, member: string): void {
    if (this.host.apiMinor < minor) {
      throw fail.apiNotFound(member, `ExcelApi 1.${minor}`);
    }
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const commands = this.queue;
    const checks = this.nullChecks;
    this.queue = [];
    this.nullChecks = [];
    if (commands.length === 0 && checks.length === 0) return;
    const { stats } = this.host;
    stats.syncs++;
    this.host.beforeSync?.(stats.syncs);
    if (this.host.cellEditMode) throw fail.cellEditMode();
    const requestBytes = commands.reduce((sum, c) => sum + c.bytes, this.pathBytes);
    this.pathBytes = 0;
    stats.requestBytes += requestBytes;
    if (requestBytes > PAYLOAD_LIMIT) {
      stats.refused++;
      throw fail.requestTooLarge();
    }
    stats.largestRequest = Math.max(stats.largestRequest, requestBytes);
    this.staged = [];
    this.responseBytes = 0;
    for (const command of commands) command.run();
    for (const check of checks) check.settleNull();
    if (this.responseBytes > PAYLOAD_LIMIT) {
      stats.refused++;
      throw fail.responseTooLarge();
    }
    stats.responseBytes += this.responseBytes;
    stats.largestResponse = Math.max(stats.largestResponse, this.responseBytes);
    for (const commit of this.staged) commit();
    this.staged = [];
  }
}
