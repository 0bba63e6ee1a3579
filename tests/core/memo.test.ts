import { describe, expect, it } from "vitest";
import { memoize } from "../../src/core/memo";

/** A function that counts how often it is really called. */
function counted<T>(fn: (text: string) => T): { calls: string[]; memo: (text: string) => T } {
  const calls: string[] = [];
  return {
    calls,
    memo: memoize((text) => {
      calls.push(text);
      return fn(text);
    }, 3),
  };
}

describe("memoize", () => {
  it("works each text out once, from the first ask on, whatever order they come in", () => {
    const { calls, memo } = counted((text) => text.length);
    const asked = ["%", "người", "%", "người", "người", "hộ", "%", "hộ", "người"];
    expect(asked.map(memo)).toEqual(asked.map((text) => text.length));
    expect(calls).toEqual(["%", "người", "hộ"]);
  });

  it("keeps an answer of undefined as an answer", () => {
    const { calls, memo } = counted((text) => (text === "x" ? undefined : text));
    expect([memo("x"), memo("y"), memo("z"), memo("x")]).toEqual([undefined, "y", "z", undefined]);
    expect(calls).toEqual(["x", "y", "z"]);
  });

  it("starts afresh past its limit, still answering right", () => {
    const { calls, memo } = counted((text) => text.toUpperCase());
    const asked = ["a", "b", "c", "d", "a", "b"];
    expect(asked.map(memo)).toEqual(["A", "B", "C", "D", "A", "B"]);
    // Three kept: the fourth text clears them, so "a" and "b" are worked out again.
    expect(calls).toEqual(["a", "b", "c", "d", "a", "b"]);
  });

  it("keeps nothing of a text whose answer could not be worked out", () => {
    let fail = true;
    const memo = memoize((text: string) => {
      if (fail) throw new Error(`cannot read ${text}`);
      return text.length;
    });
    expect(() => memo("95%")).toThrow("cannot read 95%");
    fail = false;
    expect(memo("95%")).toBe(3);
  });
});
