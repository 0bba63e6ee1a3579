export { createFakeExcel, installFakeOffice, FakeExcel, type FakeExcelOptions, type RibbonEvent } from "./fake-excel";
export { FakeOfficeError } from "./errors";
export { PAYLOAD_LIMIT, type FakeStats } from "./context";
export type { SheetState, CellState, CellStyle } from "./model";
