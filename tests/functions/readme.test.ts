/**
 * The README's example tables are what users copy: every example with literal arguments is evaluated and must
 * give the result the README shows, to the decimals it shows.
 */
import { readFileSync } from "node:fs";
import { parseNumber } from "../../src/core/numbers";
import {
  attainmentCell,
  gapCell,
  isFunctionError,
  metCell,
  numberCell,
  overPlanCell,
  paceCell,
  statusCell,
  setExcelConvention,
  type Output,
} from "../../src/functions/evaluate";

// A Vietnamese Excel (decimal comma), as the people who keep these workbooks use: "720.493" is 720 493 there.
setExcelConvention("vi");

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const SECTION = /<!-- section:functions -->([\s\S]*?)<!-- \/section:functions -->/.exec(README)?.[1] ?? "";

const CELLS: Record<string, (...args: unknown[]) => Output> = {
  ATTAINMENT: attainmentCell,
  OVERPLAN: overPlanCell,
  STATUS: (a, t, l, n) => statusCell(a, t, l, n),
  GAP: gapCell,
  MET: metCell,
  NUMBER: numberCell,
  PACE: (a, p, s, e, d) => paceCell(a, p, s, e, d, new Date()),
};

const LITERAL = /\s*(?:"([^"]*)"|(-?\d+(?:\.\d+)?))\s*(?:,|$)/y;

/** The arguments of a formula made only of literals; null when it refers to cells or other functions. */
function literals(args: string): unknown[] | null {
  const out: unknown[] = [];
  LITERAL.lastIndex = 0;
  while (LITERAL.lastIndex < args.length) {
    const m = LITERAL.exec(args);
    if (!m) return null;
    out.push(m[1] ?? Number(m[2]));
  }
  return out;
}

interface Example {
  formula: string;
  fn: string;
  args: unknown[];
  shown: string;
}

function examples(): Example[] {
  const out: Example[] = [];
  // Prettier pads the README's table cells to the column's width.
  for (const m of SECTION.matchAll(/^\| `=CHITIEU\.([A-Z]+)\((.*)\)` +\| (.+?) +\|$/gm)) {
    const args = literals(m[2] ?? "");
    if (args) out.push({ formula: `CHITIEU.${m[1]}(${m[2]})`, fn: m[1] ?? "", args, shown: m[3] ?? "" });
  }
  return out;
}

function matches(result: Output, shown: string): boolean {
  const value = shown
    .replace(/`/g, "")
    .replace(/\s*\(.*$/, "")
    .trim();
  if (isFunctionError(result)) return result.code === value;
  if (typeof result === "boolean") return String(result).toUpperCase() === value;
  // A band's words carry their own brackets ("Gần đạt (≥ 90 % KH)"), so a text result is compared whole too; the
  // no-break space the function puts before "%" reads as the README's plain one.
  if (typeof result === "string") {
    const read = result.replace(/\u00a0/g, " ");
    return read === value || read === shown.replace(/`/g, "").trim();
  }
  const number = parseNumber(value, "vi");
  if (!number) return false;
  const decimals = value.split(",")[1]?.length ?? 0;
  return Math.abs(result - number.value) <= 0.5 * 10 ** -decimals;
}

describe("README examples", () => {
  const cases = examples();

  it("has literal examples for every function", () => {
    expect(new Set(cases.map((c) => c.fn))).toEqual(new Set(Object.keys(CELLS)));
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases.map((c) => [c.formula, c] as const))("%s", (_formula, example) => {
    const cell = CELLS[example.fn];
    if (!cell) throw new Error(`unknown function ${example.fn}`);
    const result = cell(...example.args);
    expect(matches(result, example.shown), `got ${JSON.stringify(result)}, README shows ${example.shown}`).toBe(true);
  });
});
