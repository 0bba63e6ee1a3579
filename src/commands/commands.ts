/** Ribbon commands entry (the manifest's FunctionFile page, shared with the task pane in the shared runtime). */
import { OfficeWorkbookHost } from "../excel/office-host";
import { registerRibbonCommands } from "./register";

void registerRibbonCommands(Office, new OfficeWorkbookHost(), window);
