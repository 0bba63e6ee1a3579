import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const CORE = resolve(__dirname, "../../src/core");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("src/core knows nothing of its hosts", () => {
  it("imports only from src/core, zod and i18next", () => {
    for (const file of files(CORE)) {
      const source = readFileSync(file, "utf8");
      for (const [, spec] of source.matchAll(/from\s+"([^"]+)"/g)) {
        if (spec!.startsWith("."))
          expect(resolve(dirname(file), spec!).startsWith(CORE), `${file} → ${spec}`).toBe(true);
        else expect(["zod", "i18next"], `${file} → ${spec}`).toContain(spec);
      }
    }
  });
});
