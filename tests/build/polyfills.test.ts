import { afterEach, expect, it, vi } from "vitest";

const native = Object.hasOwn;

afterEach(() => {
  Object.defineProperty(Object, "hasOwn", { value: native, configurable: true, writable: true });
});

it("gives Object.hasOwn to a browser without it (Safari before 15.4), with the standard's answers", async () => {
  Reflect.deleteProperty(Object, "hasOwn");
  expect(Object.hasOwn).toBeUndefined();
  vi.resetModules();
  await import("../../src/polyfills");
  const record = Object.create({ inherited: 1 }) as Record<string, number>;
  record.own = 0;
  expect(Object.hasOwn(record, "own")).toBe(true);
  expect(Object.hasOwn(record, "inherited")).toBe(false);
  expect(Object.hasOwn(Object.create(null) as object, "own")).toBe(false);
});
