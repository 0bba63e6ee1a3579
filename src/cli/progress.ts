import { t } from "../core/i18n";
import type { Lang } from "../core/types";
import type { CliIo } from "./io";

/** A run shorter than this shows no progress on a log; a terminal always gets the redrawn line. */
const QUIET_MS = 1000;

export interface Progress {
  file(index: number, count: number, file: string): void;
  /** A stage after reading (building the summary, writing it), with the same rules as a file's line. */
  step(text: string): void;
  done(): void;
}

/**
 * Progress on stderr, never on stdout. On a terminal one line is redrawn and cleared at the end; on a log,
 * a line per file once the run has taken longer than a second.
 */
export function progress(io: CliIo, lang: Lang, started = io.now().getTime()): Progress {
  let drawn = false;
  const show = (text: string) => {
    if (io.errIsTerminal) {
      io.err(`\r\x1b[K${text}`);
      drawn = true;
    } else if (io.now().getTime() - started > QUIET_MS) {
      io.err(`${text}\n`);
    }
  };
  return {
    file(index, count, file) {
      show(t(lang, "cli.progress.reading", { index: index + 1, count, file }));
    },
    step: show,
    done() {
      if (drawn) io.err("\r\x1b[K");
    },
  };
}
