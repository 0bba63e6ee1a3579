/**
 * Writes samples/programme08.xlsx: the Programme 08 table with the faults district submissions really have
 * (src/samples/programme08.ts), formatted as the department would format it, plus a notes sheet that is not an
 * indicator table. `npm run demo` checks it; the output is committed so the demo needs no build step.
 */
import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { programme08Workbook } from "./sample-workbook";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const target = resolve(root, "samples/programme08.xlsx");
await mkdir(dirname(target), { recursive: true });
await programme08Workbook().xlsx.writeFile(target);
console.log(target);
