import { afterEach, describe, expect, it, vi } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { conventionOfSeparator } from "../../src/core/numbers";
import { readExcelConvention } from "../../src/functions/culture";
import {
  attainmentCell,
  errorMessage,
  isFunctionError,
  numberCell,
  setExcelConvention,
  statusCell,
} from "../../src/functions/evaluate";
import { sheet } from "../helpers/table";

afterEach(() => {
  setExcelConvention(null);
  vi.unstubAllGlobals();
});

/** An English district table whose plan was typed as text: the report reads "1,850" as 1 850. */
const english = analyzeSheet(
  sheet({
    header: [["No.", "Indicator", "Unit", "Plan", "Actual"]],
    rows: [
      ["1", "Job fair sessions", "sessions", "1,850", 1998],
      ["2", "Households lifted out of poverty", "households", "2,400.5", 2500],
    ],
  }),
);

describe("a text that reads two ways never reads one way silently", () => {
  it("the report reads the English table's '1,850' as 1 850", () => {
    expect(english.convention).toBe("en");
    expect(english.indicators[0]).toMatchObject({ plan: 1850, attainment: 1998 / 1850 });
  });

  it("without Excel's settings, returns #VALUE! naming both readings", () => {
    const result = attainmentCell(1998, "1,850");
    expect(isFunctionError(result) && result.reason).toBe("ambiguous");
    if (!isFunctionError(result)) return;
    expect(errorMessage(result, "vi")).toBe(
      "Giá trị kế hoạch “1,850” đọc được hai cách: 1,85 (kiểu Việt Nam, dấu phẩy thập phân) hoặc 1.850 (kiểu Anh, dấu chấm thập phân). Hãy nhập số, hoặc dùng CHITIEU.NUMBER(văn bản; “vi”) hay “en”.",
    );
    expect(errorMessage(result, "en")).toContain("reads two ways: 1.85 (Vietnamese style");
    expect(isFunctionError(numberCell("720.493")) && numberCell("720.493")).toMatchObject({ reason: "ambiguous" });
    expect(isFunctionError(statusCell("0,989", "≥ 1.500"))).toBe(true);
  });

  it("still reads texts that read one way, or alike both ways", () => {
    expect(numberCell("2.975,42")).toBe(2975.42);
    expect(numberCell("2,975.42")).toBe(2975.42);
    expect(numberCell("720.493.000")).toBe(720_493_000);
    expect(numberCell("78,41%")).toBe(0.7841);
    expect(statusCell(0.989, "≥ 95%")).toBe("Hoàn thành");
  });

  it("an English Excel reads '1,850' as the report does; the convention argument outranks it", () => {
    setExcelConvention("en");
    expect(attainmentCell(1998, "1,850")).toBe(english.indicators[0]!.attainment);
    expect(attainmentCell(2500, "2,400.5")).toBe(english.indicators[1]!.attainment);
    expect(numberCell("1,850", "vi")).toBe(1.85);
    setExcelConvention("vi");
    expect(numberCell("1,850")).toBe(1.85);
    expect(numberCell("1,850", "en")).toBe(1850);
  });

  it("takes the convention from Excel's decimal separator, honouring Excel's own separator option", async () => {
    expect([",", ".", "'", undefined].map(conventionOfSeparator)).toEqual(["vi", "en", null, null]);
    const settings = { decimalSeparator: ",", useSystemSeparators: true, numberDecimalSeparator: "." };
    const application = {
      load: vi.fn(),
      get decimalSeparator() {
        return settings.decimalSeparator;
      },
      get useSystemSeparators() {
        return settings.useSystemSeparators;
      },
      cultureInfo: { numberFormat: { load: vi.fn(), numberDecimalSeparator: "." } },
    };
    vi.stubGlobal("Office", { onReady: async () => ({}), context: { requirements: { isSetSupported: () => true } } });
    vi.stubGlobal("Excel", {
      run: async (batch: (context: unknown) => Promise<void>) => batch({ application, sync: async () => {} }),
    });
    await readExcelConvention();
    expect(numberCell("1,850")).toBe(1850);
    settings.useSystemSeparators = false;
    await readExcelConvention();
    expect(numberCell("1,850")).toBe(1.85);
  });

  it("leaves the convention unknown where Excel lacks the API", async () => {
    vi.stubGlobal("Office", { onReady: async () => ({}), context: { requirements: { isSetSupported: () => false } } });
    vi.stubGlobal("Excel", { run: vi.fn() });
    await readExcelConvention();
    expect(isFunctionError(numberCell("1,850"))).toBe(true);
  });
});
