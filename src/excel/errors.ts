/**
 * Office errors as HostErrors with catalogue keys (messages in src/core/i18n/messages/excel.ts), so the pane and the
 * ribbon never show a raw "RichApi.Error". Codes are those of `Excel.ErrorCodes` and the payload limits.
 */
import { HostError } from "../host/workbook-host";
import { MINIMUM_API } from "./requirements";

export function officeErrorCode(error: unknown): string | null {
  if (typeof error === "object" && error !== null && "code" in error) {
    const { code } = error as { code: unknown };
    return typeof code === "string" ? code : null;
  }
  return null;
}

/** Codes that mean "this batch was too much or hit an internal limit", as opposed to a state the user must change. */
export function isLimitError(code: string | null): boolean {
  return code === "GeneralException" || code === "InvalidArgument" || code === "InvalidOperation";
}

/**
 * Excel refused a range for its cell count: RangeExceedsLimit (more than 5 million cells read at once) or
 * OperationCellsExceedLimit (an operation over more than 33,554,000 cells), both in `Excel.ErrorCodes`.
 */
export function isCellLimitError(code: string | null): boolean {
  return code === "RangeExceedsLimit" || code === "OperationCellsExceedLimit";
}

export function isPayloadError(code: string | null): boolean {
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/** `sheet` is the worksheet the operation was about, named in the message. */
export function toHostError(error: unknown, sheet: string): HostError {
  if (error instanceof HostError) return error;
  const code = officeErrorCode(error);
  switch (code) {
    case "ItemNotFound":
      return new HostError("excel.errors.sheetNotFound", { sheet });
    case "InvalidOperationInCellEditMode":
      return new HostError("excel.errors.cellEditMode");
    case "AccessDenied":
      return new HostError("excel.errors.accessDenied", { sheet });
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "RangeExceedsLimit":
    case "OperationCellsExceedLimit":
      return new HostError("excel.errors.tooLarge", { sheet });
    case "ActivityLimitReached":
    case "RequestAborted":
    case "Conflict":
      return new HostError("excel.errors.busy");
    case "ApiNotFound":
      return new HostError("excel.errors.unsupported", { version: MINIMUM_API });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new HostError("excel.errors.unexpected", { code: code ?? "-", detail });
}
