import { hasMessage, t } from "../../src/core/i18n";
import { toHostError } from "../../src/excel/errors";
import { HostError } from "../../src/host/workbook-host";
import { FakeOfficeError } from "../../src/testing/fake-excel";

describe("Office errors as messages the user can act on", () => {
  it.each([
    ["ItemNotFound", "excel.errors.sheetNotFound"],
    ["InvalidOperationInCellEditMode", "excel.errors.cellEditMode"],
    ["AccessDenied", "excel.errors.accessDenied"],
    ["ResponsePayloadSizeLimitExceeded", "excel.errors.tooLarge"],
    ["RequestPayloadSizeLimitExceeded", "excel.errors.tooLarge"],
    ["ActivityLimitReached", "excel.errors.busy"],
    ["ApiNotFound", "excel.errors.unsupported"],
    ["GeneralException", "excel.errors.unexpected"],
  ])("%s becomes %s, with a message in both languages", (code, key) => {
    const error = toHostError(new FakeOfficeError(code, "detail"), "Bieu 01");
    expect(error).toBeInstanceOf(HostError);
    expect(error.messageKey).toBe(key);
    expect(hasMessage(key)).toBe(true);
    expect(t("vi", key, error.params)).not.toMatch(/\{\{/);
    expect(t("en", key, error.params)).not.toMatch(/\{\{/);
  });

  it("names the sheet and keeps an unknown error's text", () => {
    expect(
      t("vi", "excel.errors.sheetNotFound", toHostError(new FakeOfficeError("ItemNotFound", ""), "Bieu 01").params),
    ).toContain("Bieu 01");
    const unknown = toHostError(new TypeError("boom"), "Bieu 01");
    expect(unknown.params).toEqual({ code: "-", detail: "boom" });
  });
});
