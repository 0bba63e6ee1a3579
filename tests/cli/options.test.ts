import { describe, expect, it } from "vitest";
import { CheckOptionsSchema, parseMapping, parseOptions, SummarizeOptionsSchema } from "../../src/cli/options";
import { UsageError } from "../../src/cli/usage-error";
import { uniqueSheetNames } from "../../src/xlsx/sheet-names";
import { requestedLang } from "../../src/cli/program";
import { t } from "../../src/core/i18n";

function usage(run: () => unknown): UsageError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error("expected a UsageError");
}

describe("parseMapping", () => {
  it("reads role=column pairs, in any case, with spaces", () => {
    expect(parseMapping("actual=G,plan=D")).toEqual({ actual: "G", plan: "D" });
    expect(parseMapping(" Actual = g , statedpercent=aa ")).toEqual({ actual: "G", statedPercent: "AA" });
  });

  it("names what is wrong: the item, the role, the column, a role given twice", () => {
    expect(usage(() => parseMapping("actual:G"))).toMatchObject({
      messageKey: "cli.usage.mapItem",
      params: { item: "actual:G" },
    });
    expect(usage(() => parseMapping("result=G")).messageKey).toBe("cli.usage.mapRole");
    expect(usage(() => parseMapping("actual=G7")).params).toEqual({ column: "G7" });
    expect(usage(() => parseMapping("actual=XFE")).messageKey).toBe("cli.usage.mapColumn");
    expect(usage(() => parseMapping("actual=G,actual=H")).messageKey).toBe("cli.usage.mapDuplicate");
    expect(usage(() => parseMapping(",")).messageKey).toBe("cli.usage.mapItem");
  });
});

describe("command options", () => {
  it("defaults to Vietnamese and text output, and turns --map into a mapping", () => {
    expect(parseOptions(CheckOptionsSchema, {})).toEqual({ lang: "vi", json: false });
    expect(parseOptions(CheckOptionsSchema, { json: true, lang: "en", map: "actual=G", sheet: "Bieu 01" })).toEqual({
      json: true,
      lang: "en",
      map: { actual: "G" },
      sheet: "Bieu 01",
    });
    expect(parseOptions(SummarizeOptionsSchema, { output: "out.xlsx" })).toMatchObject({
      output: "out.xlsx",
      lang: "vi",
    });
  });

  it("reads --period and --near, keeping 'none' apart from leaving --period out", () => {
    expect(parseOptions(CheckOptionsSchema, { period: "9m", near: "95%" })).toMatchObject({
      period: { label: "9m", elapsed: 0.75, cell: null, source: "user" },
      near: 0.95,
    });
    expect(parseOptions(SummarizeOptionsSchema, { output: "o.xlsx", period: "none" }).period).toBeNull();
    expect(parseOptions(CheckOptionsSchema, {})).not.toHaveProperty("period");
  });

  it("names the value of a --period or --near it cannot read, with examples", () => {
    const period = usage(() => parseOptions(CheckOptionsSchema, { period: "sắp xong" }));
    expect(period).toMatchObject({ messageKey: "cli.usage.period", params: { value: "sắp xong" } });
    expect(t("en", period.messageKey, period.params)).toBe(
      '--period: cannot read "sắp xong" as a reporting period; e.g. 9m, "9 tháng", "6 months", "Quý III", q3, 3/5 (3 of 5 years), 0.75, 75%, full or none',
    );
    const near = usage(() => parseOptions(SummarizeOptionsSchema, { output: "o.xlsx", near: "1.5" }));
    expect(t("vi", near.messageKey, near.params)).toContain('--near: "1.5" không phải ngưỡng gần đạt');
  });

  it("refuses a language other than vi or en, and a bad --map", () => {
    expect(usage(() => parseOptions(CheckOptionsSchema, { lang: "fr" })).messageKey).toBe("cli.usage.lang");
    expect(usage(() => parseOptions(CheckOptionsSchema, { map: "actual" })).messageKey).toBe("cli.usage.mapItem");
  });

  it("names the option in the catalogue's words, not zod's", () => {
    expect(usage(() => parseOptions(SummarizeOptionsSchema, { output: "" }))).toMatchObject({
      messageKey: "cli.usage.emptyOption",
      params: { option: "--output" },
    });
    expect(usage(() => parseOptions(CheckOptionsSchema, { sheet: "" })).params).toEqual({ option: "--sheet" });
    const invalid = usage(() => parseOptions(CheckOptionsSchema, { json: "yes" }));
    expect(invalid).toMatchObject({ messageKey: "cli.usage.invalidOption", params: { option: "--json" } });
    expect(t("vi", invalid.messageKey, invalid.params)).toBe("--json có giá trị không hợp lệ");
  });

  it("finds --lang before parsing, so help and usage errors use it", () => {
    expect(requestedLang(["check", "a.xlsx", "--lang", "en"])).toBe("en");
    expect(requestedLang(["--lang=en", "check"])).toBe("en");
    expect(requestedLang(["check", "a.xlsx"])).toBe("vi");
  });
});

describe("uniqueSheetNames", () => {
  it("keeps names Excel accepts: at most 31 characters, no : \\ / ? * [ ], distinct without regard to case", () => {
    expect(
      uniqueSheetNames(["quan-ba-dinh", "Quan-Ba-Dinh", "bao cao [2023]: Q3/Q4?"], ["Tổng hợp theo đơn vị"]),
    ).toEqual(["quan-ba-dinh", "Quan-Ba-Dinh (2)", "bao cao 2023 Q3 Q4"]);
    const long = "Ủy ban nhân dân huyện Thanh Oai tổng hợp";
    const [first, second] = uniqueSheetNames([long, long]);
    expect([...first!].length).toBeLessThanOrEqual(31);
    expect(second).toMatch(/ \(2\)$/);
    expect([...second!].length).toBeLessThanOrEqual(31);
    expect(uniqueSheetNames(["Tổng hợp theo đơn vị"], ["Tổng hợp theo đơn vị"])).toEqual(["Tổng hợp theo đơn vị (2)"]);
    expect(uniqueSheetNames(["'''"])).toEqual(["Sheet"]);
  });
});
