import { describe, expect, it } from "vitest";
import { ALL_RULES } from "../../../src/core/rules";
import { t } from "../../../src/core/i18n";

describe("the rule catalogue", () => {
  it("has unique, stable kebab-case codes", () => {
    const codes = ALL_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
  });

  it("has a Vietnamese and an English message for every rule, naming the cell", () => {
    for (const rule of ALL_RULES) {
      const vi = t("vi", `issues.${rule.code}`, { cell: "G9" });
      const en = t("en", `issues.${rule.code}`, { cell: "G9" });
      expect(vi).not.toBe(`issues.${rule.code}`);
      expect(en).not.toBe(vi);
      if (!["no-header", "ambiguous-column", "result-column-chosen"].includes(rule.code)) {
        expect(vi).toContain("G9");
        expect(en).toContain("G9");
      }
    }
  });
});
