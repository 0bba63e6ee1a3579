/**
 * Ribbon commands entry (the manifest's FunctionFile page, shared with the task pane in the shared runtime). The
 * Excel adapter is loaded on the first click, not with the page (see register.ts).
 */
import { registerRibbonCommands } from "./register";

void registerRibbonCommands(
  Office,
  async () => {
    const { OfficeWorkbookHost } = await import(/* webpackChunkName: "excel" */ "../excel/office-host");
    return new OfficeWorkbookHost();
  },
  window,
);
