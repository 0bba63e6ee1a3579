import { FluentProvider, MessageBar, MessageBarBody, type Theme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { WorkbookHost } from "../host/workbook-host";
import { App } from "./App";

/** Renders the task pane into `container`; the Excel entry and the preview page both start here. */
export function mountPane(container: HTMLElement, host: WorkbookHost, theme: Theme): void {
  createRoot(container).render(<App host={host} theme={theme} />);
}

/** Shows why the pane could not start, in the pane itself. */
export function mountFailure(container: HTMLElement, message: string, theme: Theme): void {
  createRoot(container).render(
    <FluentProvider theme={theme}>
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{message}</MessageBarBody>
      </MessageBar>
    </FluentProvider>,
  );
}
