/**
 * The metadata Excel reads: functions.json as the build generates it from the JSDoc (same generator as
 * CustomFunctionsMetadataPlugin), and functions.vi.json as the build derives it.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { functionsMetadataVi } from "../../src/core/i18n/messages/functions";
import * as excelFunctions from "../../src/functions/functions";
import { buildMetadataFiles } from "../../src/functions/metadata-files";
import { localizeMetadata, type MetadataFile } from "../../src/functions/metadata-vi";

const SOURCE = fileURLToPath(new URL("../../src/functions/functions.ts", import.meta.url));
const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const WEBPACK_CONFIG = readFileSync(new URL("../../webpack.config.js", import.meta.url), "utf8");
/** Where each function's help lives: the README on the project's repository. */
const REPOSITORY = "https://github.com/chitieu/chitieu";

/** Parameter names and whether each is optional, in order. */
const SIGNATURES: Record<string, [string, boolean][]> = {
  ATTAINMENT: [
    ["actual", false],
    ["plan", false],
    ["direction", true],
  ],
  OVERPLAN: [
    ["actual", false],
    ["plan", false],
    ["direction", true],
  ],
  STATUS: [
    ["actual", false],
    ["target", false],
    ["language", true],
    ["near", true],
  ],
  GAP: [
    ["actual", false],
    ["target", false],
  ],
  MET: [
    ["actual", false],
    ["target", false],
  ],
  NUMBER: [
    ["text", false],
    ["convention", true],
  ],
  PACE: [
    ["actual", false],
    ["plan", false],
    ["start", false],
    ["end", false],
    ["as_of", true],
  ],
};

const VIETNAMESE_LETTER = /[ăâđêôơưạảãàáậầấẩẫắằặẳẵẹẻẽèéếềệểễịỉĩìíọỏõòóốồộổỗớờợởỡụủũùúứừựửữỵỷỹỳý]/i;

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function readmeAnchors(): Set<string> {
  const section = /<!-- section:functions -->([\s\S]*?)<!-- \/section:functions -->/.exec(README)?.[1] ?? "";
  return new Set([...section.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => anchor(m[1] ?? "")));
}

let generated: Awaited<ReturnType<typeof generateCustomFunctionsMetadata>>;
let english: MetadataFile;

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(SOURCE, false);
  english = JSON.parse(generated.metadataJson) as MetadataFile;
});

describe("functions.json (English, from JSDoc)", () => {
  it("generates without errors", () => {
    expect(generated.errors).toEqual([]);
  });

  it("declares the seven functions under their names", () => {
    expect(english.functions.map((f) => f.id)).toEqual(Object.keys(SIGNATURES));
    for (const fn of english.functions) expect(fn.name).toBe(fn.id);
  });

  it("gives every parameter its name, optional flag, and matrix 'any' type, and returns a matrix", () => {
    for (const fn of english.functions) {
      const signature = fn.parameters.map((p) => [p.name, p.optional === true]);
      expect(signature, fn.id).toEqual(SIGNATURES[fn.id]);
      for (const p of fn.parameters)
        expect([p.type, p.dimensionality], `${fn.id}(${p.name})`).toEqual(["any", "matrix"]);
      expect(fn.result?.dimensionality, fn.id).toBe("matrix");
    }
  });

  it("describes every function and parameter", () => {
    for (const fn of english.functions) {
      expect(fn.description?.length, fn.id).toBeGreaterThan(30);
      expect(fn.description, fn.id).not.toContain("\n");
      for (const p of fn.parameters) expect(p.description?.length, `${fn.id}(${p.name})`).toBeGreaterThan(10);
    }
  });

  it("marks PACE, and only PACE, volatile (its default as_of is today)", () => {
    const volatile = english.functions.filter((f) => f.options?.volatile).map((f) => f.id);
    expect(volatile).toEqual(["PACE"]);
  });

  it("points every function's help at its README section", () => {
    const anchors = readmeAnchors();
    for (const fn of english.functions) {
      expect(fn.helpUrl, fn.id).toBe(`${REPOSITORY}#chitieu${fn.id.toLowerCase()}`);
      const fragment = fn.helpUrl?.split("#")[1] ?? "";
      expect(anchors.has(fragment), `README heading for #${fragment}`).toBe(true);
    }
  });

  it("associates each id with an exported function of the same name", () => {
    expect(generated.associate.map((a) => a.id)).toEqual(Object.keys(SIGNATURES));
    for (const { functionName } of generated.associate) {
      expect(typeof (excelFunctions as Record<string, unknown>)[functionName], functionName).toBe("function");
    }
  });
});

describe("the metadata files as the build emits them", () => {
  it("let error cells reach the functions in both languages, so each row gets its own error", () => {
    const files = buildMetadataFiles(english);
    expect(english.allowErrorForDataTypeAny).toBeUndefined();
    expect(files.english.allowErrorForDataTypeAny).toBe(true);
    expect(files.vietnamese.allowErrorForDataTypeAny).toBe(true);
    expect(files.english.functions).toEqual(english.functions);
    expect(files.vietnamese.functions).toEqual(localizeMetadata(english).functions);
  });

  it("is what webpack.config.js writes", () => {
    expect(WEBPACK_CONFIG).toContain('tsImport("./src/functions/metadata-files.ts"');
    expect(WEBPACK_CONFIG).toContain("compilation.updateAsset(");
  });
});

describe("functions.vi.json (Vietnamese)", () => {
  it("keeps ids, names, types, flags and help links, and translates every text", () => {
    const vietnamese = localizeMetadata(english);
    expect(vietnamese.functions).toHaveLength(english.functions.length);
    vietnamese.functions.forEach((fn, i) => {
      const en = english.functions[i];
      if (!en) throw new Error("missing English function");
      expect([fn.id, fn.name, fn.helpUrl, fn.result, fn.options]).toEqual([
        en.id,
        en.name,
        en.helpUrl,
        en.result,
        en.options,
      ]);
      expect(fn.description).toMatch(VIETNAMESE_LETTER);
      expect(fn.description).not.toBe(en.description);
      fn.parameters.forEach((p, j) => {
        const ep = en.parameters[j];
        if (!ep) throw new Error("missing English parameter");
        expect([p.type, p.dimensionality, p.optional]).toEqual([ep.type, ep.dimensionality, ep.optional]);
        expect(p.name).toBe(functionsMetadataVi[fn.id]?.parameters[ep.name]?.name);
        expect(p.description, `${fn.id}(${p.name})`).toMatch(VIETNAMESE_LETTER);
      });
    });
  });

  it("uses Vietnamese parameter names in the formula tooltip", () => {
    const attainment = localizeMetadata(english).functions.find((f) => f.id === "ATTAINMENT");
    expect(attainment?.parameters.map((p) => p.name)).toEqual(["thuc_hien", "ke_hoach", "chieu"]);
  });

  it("refuses to build with a text missing or left over", () => {
    const { PACE: _pace, ...withoutPace } = functionsMetadataVi;
    expect(() => localizeMetadata(english, withoutPace)).toThrow("no Vietnamese texts for PACE");

    const number = functionsMetadataVi.NUMBER;
    if (!number) throw new Error("missing NUMBER texts");
    const { convention: _convention, ...textOnly } = number.parameters;
    const missingParameter = { ...functionsMetadataVi, NUMBER: { ...number, parameters: textOnly } };
    expect(() => localizeMetadata(english, missingParameter)).toThrow("no Vietnamese texts for NUMBER(convention)");

    const stale = { ...functionsMetadataVi, PERCENT: { description: "Cũ", parameters: {} } };
    expect(() => localizeMetadata(english, stale)).toThrow("unknown function PERCENT");
  });
});
