import { describe, expect, it } from "vitest";
import { progress } from "../../src/cli/progress";
import type { CliIo } from "../../src/cli/io";

function io(terminal: boolean, clock: { ms: number }): CliIo & { stderr: string; stdout: string } {
  const out = {
    stdout: "",
    stderr: "",
    errIsTerminal: terminal,
    out: (text: string) => void (out.stdout += text),
    err: (text: string) => void (out.stderr += text),
    now: () => new Date(clock.ms),
  };
  return out;
}

describe("progress", () => {
  it("redraws one line on a terminal and clears it at the end, never touching stdout", () => {
    const clock = { ms: 0 };
    const term = io(true, clock);
    const bar = progress(term, "vi");
    bar.file(0, 30, "quan-ba-dinh.xlsx");
    bar.file(1, 30, "huyen-ba-vi.xlsx");
    bar.done();
    expect(term.stderr).toBe(
      "\r\x1b[KĐang kiểm tra 1/30: quan-ba-dinh.xlsx\r\x1b[KĐang kiểm tra 2/30: huyen-ba-vi.xlsx\r\x1b[K",
    );
    expect(term.stdout).toBe("");
  });

  it("on a log, stays quiet for a short run and writes a line per file once a run is long", () => {
    const clock = { ms: 0 };
    const log = io(false, clock);
    const bar = progress(log, "en");
    bar.file(0, 3, "a.xlsx");
    clock.ms = 1500;
    bar.file(1, 3, "b.xlsx");
    bar.file(2, 3, "c.xlsx");
    bar.done();
    expect(log.stderr).toBe("Checking 2/3: b.xlsx\nChecking 3/3: c.xlsx\n");
  });
});
