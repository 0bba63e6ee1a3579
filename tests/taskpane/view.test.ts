import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { hasMessage } from "../../src/core/i18n";
import { ALL_RULES } from "../../src/core/rules";
import { HostError } from "../../src/host/workbook-host";
import { programme08, programme08WithFaults } from "../../src/samples/programme08";
import { errorMessage } from "../../src/host/error-message";
import { initialState, reduce } from "../../src/taskpane/state/pane-state";
import { themeForOffice } from "../../src/taskpane/theme";
import { columnOptions } from "../../src/taskpane/view/column-options";
import { groupIssues } from "../../src/taskpane/view/issue-groups";
import { severityCounts } from "../../src/host/issue-counts";

describe("columnOptions", () => {
  it("names each column by its header, joining a merged group header with the column's own", () => {
    const options = columnOptions(programme08(), [6, 7]);
    expect(options.map((o) => o.letter)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"]);
    expect(options[0]).toEqual({ letter: "A", header: "TT" });
    expect(options[3]?.header).toBe("Chỉ tiêu giai đoạn 2021-2025");
    expect(options[6]?.header).toBe("Kết quả thực hiện / Lũy kế 2021-2023");
  });

  it("leaves headers empty when no header rows are known", () => {
    expect(columnOptions(programme08(), []).every((o) => o.header === "")).toBe(true);
  });
});

describe("rule titles", () => {
  it("names every rule's group in both languages", () => {
    expect(ALL_RULES.map((r) => r.code).filter((code) => !hasMessage(`rules.${code}`))).toEqual([]);
  });
});

describe("groupIssues and severityCounts", () => {
  const issues = analyzeSheet(programme08WithFaults()).issues;

  it("puts rules with errors first and keeps every issue once", () => {
    const groups = groupIssues(issues);
    expect(groups.flatMap((g) => g.issues)).toHaveLength(issues.length);
    const firstWarning = groups.findIndex((g) => g.severity === "warning");
    expect(groups.slice(0, firstWarning).every((g) => g.severity === "error")).toBe(true);
    expect(groups.slice(firstWarning).every((g) => g.severity !== "error")).toBe(true);
    expect(new Set(groups.map((g) => g.code)).size).toBe(groups.length);
  });

  it("counts by severity, most severe first, without empty severities", () => {
    const notes = issues.filter((i) => i.severity === "info").length;
    expect(severityCounts([...issues].reverse())).toEqual([
      { severity: "error", count: 3 },
      { severity: "warning", count: 6 },
      ...(notes > 0 ? [{ severity: "info", count: notes }] : []),
    ]);
    expect(severityCounts(issues.filter((i) => i.severity !== "warning")).map((c) => c.severity)).not.toContain(
      "warning",
    );
    expect(severityCounts([])).toEqual([]);
  });
});

describe("themeForOffice", () => {
  it("follows Office's dark flag when it is given", () => {
    expect(themeForOffice({ isDarkTheme: true, bodyBackgroundColor: "#ffffff" })).toBe(webDarkTheme);
    expect(themeForOffice({ isDarkTheme: false })).toBe(webLightTheme);
  });

  it("falls back to the body background's lightness", () => {
    expect(themeForOffice({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
    expect(themeForOffice({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
    expect(themeForOffice({ bodyBackgroundColor: "#E6E6E6" })).toBe(webLightTheme);
    expect(themeForOffice(undefined)).toBe(webLightTheme);
  });
});

describe("pane state", () => {
  it("keeps a quick call's failure from ending the running task", () => {
    const running = reduce(initialState("vi"), { type: "start", task: "check" });
    const failed = reduce(running, { type: "failed", error: { key: "ui.error.unexpected" }, endsTask: false });
    expect(failed.busy?.task).toBe("check");
    expect(reduce(running, { type: "failed", error: { key: "x" }, endsTask: true }).busy).toBeNull();
  });

  it("forgets the previous sheet's results when another sheet is selected", () => {
    const analysis = analyzeSheet(programme08());
    const loaded = reduce(initialState("vi"), {
      type: "done",
      task: "check",
      patch: { analysis, checked: true, mapping: { actual: "G" } },
    });
    const next = reduce(loaded, { type: "select", sheet: "Khac" });
    expect(next).toMatchObject({ sheet: "Khac", analysis: null, checked: false, mapping: {} });
  });

  it("keeps a ribbon notice while the pane catches up with it, but not once the user acts or switches language", () => {
    const notice = { ok: true, key: "excel.ribbon.clean", params: { sheet: "Bieu 01" } };
    const shown = reduce(initialState("vi"), { type: "ribbon", notice });
    expect(reduce(shown, { type: "start", task: "ribbon" }).ribbon?.notice).toEqual(notice);
    expect(reduce(shown, { type: "start", task: "check" }).ribbon).toBeNull();
    expect(reduce(shown, { type: "language", lang: "en" }).ribbon).toBeNull();
    expect(reduce(shown, { type: "ribbon", notice }).ribbon?.seq).toBe(2);
  });

  it("clamps progress and ignores it when nothing runs", () => {
    const running = reduce(initialState("en"), { type: "start", task: "summary" });
    expect(reduce(running, { type: "progress", fraction: 1.7 }).busy?.progress).toBe(1);
    expect(reduce(initialState("en"), { type: "progress", fraction: 0.5 }).busy).toBeNull();
  });
});

describe("errorMessage", () => {
  it("uses a host error's own catalogue key", () => {
    expect(errorMessage(new HostError("ui.error.notExcel", { host: "Word" }))).toEqual({
      key: "ui.error.notExcel",
      params: { host: "Word" },
    });
  });

  it("shows anything else with its text", () => {
    expect(errorMessage(new HostError("no.such.key"))).toEqual({
      key: "ui.error.unexpected",
      params: { detail: "no.such.key" },
    });
    expect(errorMessage(new HostError("no.such.key", { sheet: "Bieu 01", code: "X" }))).toEqual({
      key: "ui.error.unexpected",
      params: { detail: "no.such.key (sheet: Bieu 01; code: X)" },
    });
    expect(errorMessage(new RangeError("bad range"))).toEqual({
      key: "ui.error.unexpected",
      params: { detail: "bad range" },
    });
  });
});
