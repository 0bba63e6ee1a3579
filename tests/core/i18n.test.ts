/** Messages filled from their compiled split give, for every key and any parameters, what i18next gives. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bandLabel } from "../../src/core/band-text";
import { addRuleMessages, i18nextMessage, t, type MessageParams } from "../../src/core/i18n";
import { catalog } from "../../src/core/i18n/catalog";
// The rules bring their own messages into the catalogue when loaded, as the engine loads them.
import "../../src/core/rules";
import type { Lang } from "../../src/core/types";

type Messages = { [key: string]: string | Messages };

function keys(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

/** The names a message's placeholders ask for, "{{sum, num}}" giving "sum", its plural forms' included. */
function placeholders(lang: Lang, key: string): string[] {
  const texts = ["", "_one", "_other"].map(
    (suffix) =>
      `${key}${suffix}`
        .split(".")
        .reduce<unknown>((node, part) => (node as Messages | undefined)?.[part], catalog[lang]) as string | undefined,
  );
  const names = texts.flatMap((text) =>
    typeof text === "string" ? [...text.matchAll(/\{\{-?(.+?)\}\}/g)].map((m) => m[1]!.split(",")[0]!.trim()) : [],
  );
  return [...new Set(names)];
}

const LANGS: Lang[] = ["vi", "en"];
const everyKey = LANGS.flatMap((lang) => keys(catalog[lang] as Messages).map((key) => [lang, key] as const));
// Plural keys are asked for without their suffix.
const asked = [...new Set(everyKey.map(([lang, key]) => `${lang} ${key.replace(/_(one|other)$/, "")}`))].map(
  (k) => k.split(" ") as [Lang, string],
);

const value = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(0, -0, 0.5, 1234567.891, 0.7841),
  fc.string(),
  fc.constantFrom("", "C12", "Tỷ lệ hộ nghèo", "$t(common.role.plan)", "{{cell}}", "}}", "$&", "a\nb"),
);

describe("t, the message catalogue's reader", () => {
  it("finds a rule's messages once the rule is added, though they were asked for before", () => {
    const params = { cell: "E12", name: "Số phiên giao dịch việc làm" };
    expect(t("vi", "issues.late-rule", params)).toBe("issues.late-rule");
    addRuleMessages([
      {
        code: "late-rule",
        title: { vi: "Quy tắc thêm sau", en: "A rule added later" },
        messages: { vi: 'Chỉ tiêu "{{name}}" (ô {{cell}}).', en: 'Indicator "{{name}}" (cell {{cell}}).' },
      },
    ]);
    expect(t("vi", "issues.late-rule", params)).toBe('Chỉ tiêu "Số phiên giao dịch việc làm" (ô E12).');
    expect(i18nextMessage("en", "rules.late-rule")).toBe("A rule added later");
    expect(t("en", "issues.missing-unit", params)).toContain("has no unit (cell E12)");
  });

  it("gives i18next's text for every key of both languages, with every placeholder filled", () => {
    expect(asked.length).toBeGreaterThan(500);
    for (const [lang, key] of asked) {
      const params: MessageParams = {};
      for (const name of placeholders(lang, key)) params[name] = name.length % 2 ? 1234.5 : `«${name}»`;
      expect(t(lang, key, params), `${lang} ${key}`).toBe(i18nextMessage(lang, key, params));
    }
  });

  it("gives i18next's text for any parameters, missing, extra or odd, and for counts, unknown keys and languages", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...asked),
        fc.constantFrom<Lang | "fr">("vi", "en", "fr"),
        fc.dictionary(fc.constantFrom("cell", "count", "sum", "value", "row", "x", "lng", "context"), value),
        fc.boolean(),
        ([, key], lang, extra, fillAll) => {
          const params: MessageParams = { ...extra };
          if (fillAll) for (const name of placeholders(lang === "fr" ? "en" : lang, key)) params[name] ??= name.length;
          expect(t(lang as Lang, key, params)).toBe(i18nextMessage(lang as Lang, key, params));
        },
      ),
      { numRuns: 3000 },
    );
    for (const key of ["no.such.key", "issues", "cli:help", ""])
      expect(t("vi", key, { cell: "A1" })).toBe(i18nextMessage("vi", key, { cell: "A1" }));
  });

  it("gives i18next's text for every message that nests another, each nested key in turn, odd values included", () => {
    let nestedChecked = 0;
    for (const [lang, key] of asked) {
      const text = key
        .split(".")
        .reduce<unknown>((node, part) => (node as Messages | undefined)?.[part], catalog[lang]);
      if (typeof text !== "string") continue;
      for (const nest of text.matchAll(/\$t\(([\w.]+)\.\{\{(\w+)\}\}\)/g)) {
        const [, prefix, name] = nest;
        const branch = prefix!.split(".").reduce<unknown>((node, part) => (node as Messages)[part], catalog[lang]);
        for (const choice of Object.keys(branch as Messages)) {
          const nestedNames = placeholders(lang, `${prefix}.${choice}`);
          // Not "$&" nor "$t(": see the test below.
          for (const odd of ["Lũy kế", 1234.5, "a)b", "$1", 0]) {
            const params: MessageParams = {};
            for (const other of [...placeholders(lang, key), ...nestedNames]) params[other] = odd;
            params[name!] = choice;
            expect(t(lang, key, params), `${lang} ${key} ${choice}`).toBe(i18nextMessage(lang, key, params));
            nestedChecked++;
          }
        }
      }
    }
    expect(nestedChecked).toBeGreaterThan(100);
  });

  it("shows a quoted cell text as it is in a message that nests another, where i18next looped or garbled it", () => {
    for (const quote of ["đạt 100% $& chỉ tiêu", "$` và $'", "$t(common.role.plan)", "{{stated}}"]) {
      const params = { quote, stated: 21, counted: "achieved", scope: "", computed: 20 };
      expect(t("vi", "conclusions.mismatch.count", params)).toContain(`ghi "${quote}": 21 chỉ tiêu`);
      expect(t("en", "conclusions.mismatch.count", params)).toContain(`says "${quote}": 21 achieved`);
    }
  });
});

describe("a percent in the catalogue's words", () => {
  it("is never split from its figure: no message puts a breaking space between a number and its % sign", () => {
    const split: string[] = [];
    for (const [lang, key] of everyKey) {
      const text = key.split(".").reduce<unknown>((node, part) => (node as Messages)[part], catalog[lang]);
      // A figure, or a placeholder a figure fills, then an ordinary space and the sign: "100 %", "{{value}} %".
      if (typeof text === "string" && /(\d|\}\}) %/.test(text)) split.push(`${lang} ${key}: ${text}`);
    }
    expect(split).toEqual([]);
  });

  it("holds the threshold and the period's share to their sign as the paragraph does", () => {
    expect(t("vi", "ui.judging.nearHint", { near: 0.9 })).toContain("90\u00a0%");
    expect(bandLabel("near", 0.9, "vi")).toBe("Gần đạt (≥ 90\u00a0% KH)");
    expect(bandLabel("near", 0.875, "en")).toBe("Near target (≥ 87.5% of plan)");
    expect(t("vi", "rules.rate-above-100")).toBe("Tỷ lệ vượt 100\u00a0%");
    expect(t("en", "rules.rate-above-100")).toBe("Rate above 100%");
  });
});
