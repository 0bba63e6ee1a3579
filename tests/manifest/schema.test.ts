/**
 * The manifest against Microsoft's XSDs, offline (see xsd/README.md): what `npm run validate` checks online.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { validateXML } from "xmllint-wasm";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const XSD_DIR = fileURLToPath(new URL("./xsd/", import.meta.url));
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

const schemas = readdirSync(XSD_DIR)
  .filter((f) => f.endsWith(".xsd"))
  .map((fileName) => ({ fileName, contents: readFileSync(`${XSD_DIR}${fileName}`, "utf8") }));

function validate(contents: string) {
  return validateXML({
    xml: [{ fileName: "manifest.xml", contents }],
    schema: schemas.filter((s) => s.fileName === MAIN_SCHEMA),
    preload: schemas.filter((s) => s.fileName !== MAIN_SCHEMA),
  });
}

const manifest = readFileSync(`${ROOT}manifest.xml`, "utf8");

describe("manifest.xml against the official schemas", () => {
  it("validates", async () => {
    const result = await validate(manifest);
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("refuses what Office would refuse: an element out of order, a requirement set without its name", async () => {
    const swapped = manifest.replace(/(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/, "$3$2$1");
    expect(swapped).not.toBe(manifest);
    expect((await validate(swapped)).valid).toBe(false);
    const unnamed = await validate(manifest.replace('<Set Name="CustomFunctionsRuntime"', "<Set"));
    expect(unnamed.valid).toBe(false);
    expect(unnamed.errors.map((e) => e.rawMessage).join("\n")).toMatch(/Name/);
  });
});
