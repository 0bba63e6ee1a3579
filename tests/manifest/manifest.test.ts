/**
 * manifest.xml checked offline: well-formed, the elements a shared-runtime Excel add-in needs, every resid defined,
 * every URL served by the build (a webpack output or a file in assets/), and the production URL stamped at build.
 * `npm run validate` (Microsoft's online validator) stays a separate, manual step.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { MINIMUM_API } from "../../src/excel/requirements";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MANIFEST = readFileSync(`${ROOT}manifest.xml`, "utf8");
const README = readFileSync(`${ROOT}README.md`, "utf8");
const DEV_URL = "https://localhost:3000/";
const REPOSITORY = "https://github.com/chitieu/chitieu";

interface Element {
  tag: string;
  attrs: Record<string, string>;
  text: string;
  parent: string;
}

/** Every element of the document, flattened, with its attributes and its parent's tag. */
function elements(xml: string): Element[] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseTagValue: false });
  const out: Element[] = [];
  const walk = (node: unknown, tag: string, parent: string) => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, tag, parent);
      return;
    }
    if (typeof node !== "object" || node === null) {
      out.push({ tag, attrs: {}, text: String(node), parent });
      return;
    }
    const attrs: Record<string, string> = {};
    let text = "";
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("@_")) attrs[key.slice(2)] = String(value);
      else if (key === "#text") text = String(value);
    }
    out.push({ tag, attrs, text, parent });
    for (const [key, value] of Object.entries(node))
      if (!key.startsWith("@_") && key !== "#text") walk(value, key, tag);
  };
  walk(parser.parse(xml), "#document", "");
  return out;
}

const all = elements(MANIFEST);
const byTag = (tag: string) => all.filter((e) => e.tag === tag);
const one = (tag: string) => {
  const found = byTag(tag);
  if (found.length !== 1) throw new Error(`expected one <${tag}>, found ${found.length}`);
  return found[0] as Element;
};

/** Resource id to its default value and its per-locale overrides. */
function resources(): Map<string, { tag: string; value: string; overrides: Map<string, string> }> {
  const out = new Map<string, { tag: string; value: string; overrides: Map<string, string> }>();
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  });
  const doc = parser.parse(MANIFEST) as Record<string, unknown[]>;
  const overrides = (node: Record<string, unknown>) =>
    new Map(
      ((node["bt:Override"] as Record<string, string>[] | undefined) ?? []).map((o) => [
        o["@_Locale"] ?? "",
        o["@_Value"] ?? "",
      ]),
    );
  const visit = (node: unknown, tag: string) => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, tag));
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    const id = record["@_id"];
    if (typeof id === "string" && ["bt:Image", "bt:Url", "bt:String"].includes(tag)) {
      if (out.has(id)) throw new Error(`resource ${id} defined twice`);
      out.set(id, { tag, value: String(record["@_DefaultValue"]), overrides: overrides(record) });
    }
    for (const [key, value] of Object.entries(record)) if (!key.startsWith("@_")) visit(value, key);
  };
  visit(doc, "#document");
  return out;
}

/** The files `npm run build` writes, read from the webpack configuration itself. */
async function buildOutputs(): Promise<Set<string>> {
  const module = (await import(pathToFileURL(`${ROOT}webpack.config.js`).href)) as {
    default: (
      env: object,
      argv: object,
    ) => Promise<{ entry: Record<string, string>; output: { filename: string }; plugins: object[] }>;
    OUTPUTS: { metadataVi: string };
  };
  const config = await module.default({}, { mode: "production" });
  const outputs = new Set<string>();
  for (const name of Object.keys(config.entry)) outputs.add(config.output.filename.replace("[name]", name));
  for (const plugin of config.plugins) {
    const options = plugin as { userOptions?: { filename?: string }; options?: { output?: string } };
    if (plugin.constructor.name === "HtmlWebpackPlugin" && options.userOptions?.filename)
      outputs.add(options.userOptions.filename);
    if (plugin.constructor.name === "CustomFunctionsMetadataPlugin" && options.options?.output)
      outputs.add(options.options.output);
    if (plugin.constructor.name === "VietnameseMetadataPlugin") outputs.add(module.OUTPUTS.metadataVi);
  }
  return outputs;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function readmeAnchors(): Set<string> {
  const slug = (h: string) =>
    h
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
  return new Set([...README.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1] ?? "")));
}

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(MANIFEST)).toBe(true);
  });

  it("has the add-in's identity, in English and Vietnamese", () => {
    expect(one("Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(one("Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(one("DefaultLocale").text).toBe("en-US");
    expect(one("OfficeApp").attrs["xsi:type"]).toBe("TaskPaneApp");
    for (const tag of ["DisplayName", "Description"]) {
      expect(
        all.some((e) => e.tag === "Override" && e.parent === tag && e.attrs.Locale === "vi-VN"),
        tag,
      ).toBe(true);
    }
    expect(one("Permissions").text).toBe("ReadWriteDocument");
    expect(byTag("Host").some((h) => h.attrs.Name === "Workbook")).toBe(true);
  });

  it("requires the shared runtime and the Excel API set the Excel adapter checks for", () => {
    const sets = new Map(byTag("Set").map((s) => [s.attrs.Name, s.attrs.MinVersion]));
    expect(sets.get("SharedRuntime")).toBe("1.1");
    expect(sets.get("ExcelApi")).toBe(MINIMUM_API);
  });

  it("requires CustomFunctionsRuntime 1.2, which the functions' error messages need", () => {
    // `new CustomFunctions.Error(code, message)` shows its message only from CustomFunctionsRuntime 1.2 on.
    expect(readFileSync(`${ROOT}src/functions/functions.ts`, "utf8")).toMatch(/new CustomFunctions\.Error\(code, /);
    const sets = new Map(byTag("Set").map((s) => [s.attrs.Name, s.attrs.MinVersion]));
    expect(sets.get("CustomFunctionsRuntime")).toBe("1.2");
  });

  it("runs task pane, ribbon commands and functions in one long-lived runtime on one page", () => {
    const runtime = one("Runtime");
    expect(runtime.attrs).toMatchObject({ resid: "Taskpane.Url", lifetime: "long" });
    const pageSource = all.find((e) => e.tag === "SourceLocation" && e.parent === "Page");
    expect(pageSource?.attrs.resid).toBe("Taskpane.Url");
    expect(one("FunctionFile").attrs.resid).toBe("Taskpane.Url");
    expect(one("Namespace").attrs.resid).toBe("Functions.Namespace");
    expect(resources().get("Functions.Namespace")?.value).toBe("CHITIEU");
  });

  it("puts three buttons on the Home tab: Check, Build summary and Open ChiTieu", () => {
    expect(one("OfficeTab").attrs.id).toBe("TabHome");
    const labels = resources();
    const buttons = byTag("Control").map((c) => c.attrs.id);
    expect(buttons).toEqual(["ChiTieu.Check", "ChiTieu.Summary", "ChiTieu.Open"]);
    expect(byTag("FunctionName").map((f) => f.text)).toEqual(["checkActiveSheet", "buildSummary"]);
    expect(byTag("Action").map((a) => a.attrs["xsi:type"])).toEqual([
      "ExecuteFunction",
      "ExecuteFunction",
      "ShowTaskpane",
    ]);
    const label = (id: string) => [labels.get(id)?.value, labels.get(id)?.overrides.get("vi-VN")];
    expect(label("CheckButton.Label")).toEqual(["Check", "Kiểm tra"]);
    expect(label("SummaryButton.Label")).toEqual(["Build summary", "Tạo báo cáo tổng hợp"]);
    expect(label("OpenButton.Label")).toEqual(["Open ChiTieu", "Mở ChiTieu"]);
  });

  it("defines every resid it uses, and uses every resource it defines", () => {
    const defined = resources();
    const used = new Set(all.flatMap((e) => (e.attrs.resid ? [e.attrs.resid] : [])));
    for (const id of used) expect(defined.has(id), `resid ${id}`).toBe(true);
    for (const id of defined.keys()) expect(used.has(id), `unused resource ${id}`).toBe(true);
  });

  it("translates every user-facing string into Vietnamese, within Office's length limits", () => {
    const defined = resources();
    const strings = all.filter((e) => e.tag === "bt:String");
    for (const element of strings) {
      const id = element.attrs.id ?? "";
      const resource = defined.get(id);
      const limit = element.parent === "bt:ShortStrings" ? 125 : 250;
      expect(resource?.value.length, id).toBeLessThanOrEqual(limit);
      if (id === "Functions.Namespace") continue;
      const vi = resource?.overrides.get("vi-VN");
      expect(vi, `${id} in Vietnamese`).toBeTruthy();
      expect(vi?.length, id).toBeLessThanOrEqual(limit);
    }
  });

  it("serves every icon from assets/, at the size its id names", () => {
    const urls = [
      ...[...resources().values()].filter((r) => r.tag === "bt:Image").map((r) => r.value),
      one("IconUrl").attrs.DefaultValue ?? "",
      one("HighResolutionIconUrl").attrs.DefaultValue ?? "",
    ];
    for (const url of urls) {
      expect(url.startsWith(`${DEV_URL}assets/`), url).toBe(true);
      const file = `${ROOT}${url.slice(DEV_URL.length)}`;
      expect(existsSync(file), file).toBe(true);
      const size = Number(/icon-(\d+)\.png$/.exec(url)?.[1]);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    for (const [id, resource] of resources()) {
      const named = /^Icon\.(\d+)x(\d+)$/.exec(id);
      if (named) expect(resource.value).toBe(`${DEV_URL}assets/icon-${named[1]}.png`);
    }
  });

  it("names only pages the build writes, with Vietnamese function metadata for vi-VN", async () => {
    const outputs = await buildOutputs();
    const defined = resources();
    const served = [
      ...all
        .filter((e) => e.tag === "SourceLocation" && e.parent === "DefaultSettings")
        .map((e) => e.attrs.DefaultValue ?? ""),
      ...[...defined.values()].filter((r) => r.tag === "bt:Url").flatMap((r) => [r.value, ...r.overrides.values()]),
    ];
    for (const url of served) {
      if (url.startsWith(REPOSITORY)) {
        const fragment = url.split("#")[1];
        if (fragment) expect(readmeAnchors().has(fragment), `README anchor #${fragment}`).toBe(true);
        continue;
      }
      expect(url.startsWith(DEV_URL), url).toBe(true);
      expect(outputs.has(url.slice(DEV_URL.length)), `${url} is built`).toBe(true);
    }
    const start = all.find((e) => e.tag === "SourceLocation" && e.parent === "DefaultSettings");
    expect(start?.attrs.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
    const metadata = defined.get("Functions.Metadata.Url");
    expect(metadata?.value).toBe(`${DEV_URL}functions.json`);
    expect(metadata?.overrides.get("vi-VN")).toBe(`${DEV_URL}functions.vi.json`);
    expect(defined.get("Functions.Script.Url")?.value).toBe(`${DEV_URL}functions.js`);
    expect(defined.get("Taskpane.Url")?.value).toBe(`${DEV_URL}taskpane.html`);
  });
});

describe("production manifest", () => {
  type Transform = (content: Buffer) => string | Buffer;
  async function stamp(mode: "production" | "development"): Promise<string> {
    const module = (await import(pathToFileURL(`${ROOT}webpack.config.js`).href)) as {
      default: (env: object, argv: object) => Promise<{ plugins: object[] }>;
    };
    const config = await module.default({}, { mode });
    const copy = config.plugins.find((p) => p.constructor.name === "CopyPlugin") as {
      patterns: { from: string; transform?: Transform }[];
    };
    const pattern = copy.patterns.find((p) => p.from === "manifest.xml");
    if (!pattern?.transform) throw new Error("the manifest must be copied with a transform");
    return pattern.transform(Buffer.from(MANIFEST)).toString();
  }

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("stamps ADDIN_URL over every dev URL in a production build", async () => {
    vi.stubEnv("ADDIN_URL", "https://chitieu.hanoi.gov.vn/addin");
    const stamped = await stamp("production");
    expect(stamped).not.toContain("localhost");
    expect(stamped).toContain('"https://chitieu.hanoi.gov.vn/addin/taskpane.html"');
    expect(stamped).toContain('"https://chitieu.hanoi.gov.vn/addin/functions.vi.json"');
    expect(XMLValidator.validate(stamped)).toBe(true);
  });

  it("uses a placeholder without ADDIN_URL and keeps localhost in development", async () => {
    vi.stubEnv("ADDIN_URL", "");
    expect(await stamp("production")).toContain('"https://chitieu.example.gov.vn/taskpane.html"');
    expect(await stamp("development")).toBe(MANIFEST);
  });

  it("refuses a production URL that is not https", async () => {
    vi.stubEnv("ADDIN_URL", "http://chitieu.hanoi.gov.vn/");
    await expect(stamp("production")).rejects.toThrow("ADDIN_URL must be an https URL");
  });
});
