/**
 * Errors shaped like Office.js's `OfficeExtension.Error`: `name` "RichApi.Error", a `code` from `Excel.ErrorCodes`,
 * and `debugInfo`, so the adapter's error mapping is exercised against the same shape Excel produces.
 */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export const fail = {
  notFound: (what: string) => new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", what),
  notLoaded: (property: string) =>
    new FakeOfficeError(
      "PropertyNotLoaded",
      `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    ),
  invalidArgument: (where: string) =>
    new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", where),
  invalidOperation: (where: string, message = "The operation is invalid.") =>
    new FakeOfficeError("InvalidOperation", message, where),
  accessDenied: (where: string) =>
    new FakeOfficeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.", where),
  cellEditMode: () =>
    new FakeOfficeError(
      "InvalidOperationInCellEditMode",
      "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the ENTER or TAB keys, or by selecting another cell, and then try again.",
    ),
  itemExists: (what: string) => new FakeOfficeError("ItemAlreadyExists", "The resource already exists.", what),
  apiNotFound: (member: string, set: string) =>
    new FakeOfficeError(
      "ApiNotFound",
      `The API you are trying to use could not be found (${member} needs ${set}).`,
      member,
    ),
  general: (where: string) => new FakeOfficeError("GeneralException", "An internal error has occurred.", where),
  rangeExceedsLimit: (where: string) =>
    new FakeOfficeError(
      "RangeExceedsLimit",
      "The cell count in the range has exceeded the maximum supported number.",
      where,
    ),
  requestTooLarge: () =>
    new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit."),
  responseTooLarge: () =>
    new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit."),
};
