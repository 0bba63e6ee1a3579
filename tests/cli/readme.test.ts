/**
 * The README quotes what the command line prints for the bundled sample, the clean Programme 08 table and Hanoi's
 * 30 districts. Each quote is held to the real output of the same command on the same files, so the README cannot
 * go on promising a paragraph or a count the program no longer writes. "…" in a quote stands for text left out.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_INPUT } from "../../src/cli/demo";
import { runCli } from "../../src/cli/program";
import { ConsolidationReportSchema } from "../../src/core/consolidate";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { districtSheet, HANOI_DISTRICTS } from "../../src/samples/districts";
import { programme08 } from "../../src/samples/programme08";
import { addSnapshotSheet } from "../../src/xlsx/write-snapshot";
import { recordingIo, tempDir } from "./fixtures";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

function section(name: string): string {
  const body = new RegExp(`<!-- section:${name} -->([\\s\\S]*?)<!-- /section:${name} -->`).exec(README)?.[1];
  if (body === undefined) throw new Error(`README has no section ${name}`);
  return body;
}

/**
 * As a reader compares them: any run of spaces and line breaks (the README's wrapping, the terminal's) as one space.
 * `\s` takes in the no-break space ChiTieu puts before "%", which the README writes as a plain one.
 */
function plain(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Every piece of the quote between its "…" is in the output, in the quote's order. */
function expectQuoted(quote: string, output: string): void {
  const text = plain(output);
  let from = 0;
  for (const piece of plain(quote).split("…")) {
    const wanted = piece.trim();
    if (wanted === "") continue;
    expect(text.slice(from), `README quote ${JSON.stringify(quote)}`).toContain(wanted);
    from = text.indexOf(wanted, from) + wanted.length;
  }
}

/** The quotes in the text that open as the pattern says, up to their closing '"'. */
function quotes(text: string, opening: string): string[] {
  return [...text.matchAll(new RegExp(`"((?:${opening})[^"]*)"`, "g"))].map((m) => m[1] ?? "");
}

async function writeWorkbook(path: string, snapshot: SheetSnapshot): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  addSnapshotSheet(workbook, snapshot);
  await workbook.xlsx.writeFile(path);
  return path;
}

async function run(args: string[]): Promise<string> {
  const io = recordingIo();
  await runCli(args, io);
  return io.stdout;
}

describe("the README's command-line examples are what the command line prints", () => {
  // The path as the README's command gives it, so the report's first line names the file the same way.
  const SAMPLE = relative(process.cwd(), DEMO_INPUT);
  let sample: string;
  let clean: string;

  beforeAll(async () => {
    const dir = await tempDir("chitieu-readme-");
    sample = await run(["check", SAMPLE]);
    clean = await run(["check", await writeWorkbook(join(dir, "programme08-clean.xlsx"), programme08())]);
  });

  it("shows check's text report on the bundled sample as it is, cut only where it says so", () => {
    const block = /text report gives[\s\S]*?```\n([\s\S]*?)```/.exec(section("cli"))?.[1];
    expect(block).toContain("Tệp samples/programme08.xlsx");
    expectQuoted(block ?? "", sample);
  });

  it("quotes the sample's paragraph and pace line, and the clean table's paragraph, as check writes them", () => {
    const paragraphs = quotes(README, String.raw`Lũy kế giai đoạn 2021–2023, \d+/27 `);
    const ofSample = paragraphs.filter((q) => q.includes("18/27"));
    const ofClean = paragraphs.filter((q) => q.includes("20/27"));
    // The article's "11 of the 12" is the clean table's; the sample's faults leave 10.
    expect(ofClean.some((q) => plain(q).includes("chủ trì, 11 chỉ tiêu hoàn thành"))).toBe(true);
    expect(ofSample).not.toHaveLength(0);
    expect(ofSample.length + ofClean.length).toBe(paragraphs.length);
    for (const quote of ofSample) expectQuoted(quote, sample);
    for (const quote of ofClean) expectQuoted(quote, clean);
    const pace = quotes(section("cli"), String.raw`Tiến độ \(`);
    expect(pace).not.toHaveLength(0);
    for (const quote of pace) expectQuoted(quote, sample);
  });

  it("quotes the consolidation paragraph of Hanoi's 30 districts, in Vietnamese and English", async () => {
    const dir = await tempDir("chitieu-readme-districts-");
    const files = await Promise.all(
      HANOI_DISTRICTS.map((_, d) => writeWorkbook(join(dir, `bao-cao-${d + 1}.xlsx`), districtSheet(d))),
    );
    const paragraph = async (lang: string) =>
      ConsolidationReportSchema.parse(JSON.parse(await run(["consolidate", ...files, "--json", "--lang", lang])))
        .paragraph;
    const text = section("cli");
    const vi = quotes(text, String.raw`\d+/30 |Năm 2023, tổng hợp|; tổng cộng `);
    const en = quotes(text, String.raw`\d+ of 30 `);
    expect(vi.length).toBeGreaterThanOrEqual(3);
    expect(en).not.toHaveLength(0);
    for (const quote of vi) expectQuoted(quote, await paragraph("vi"));
    for (const quote of en) expectQuoted(quote, await paragraph("en"));
  });
});
