import { webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { WorkbookHost } from "../../src/host/workbook-host";

/** Renders the pane over `host` and waits until it has read the active sheet; ribbon notices come from `events`. */
export async function renderPane(host: WorkbookHost, heading = "Bảng chỉ tiêu", events?: EventTarget) {
  const user = userEvent.setup();
  const view = render(
    <App host={host} theme={webLightTheme} now={() => new Date(2023, 10, 20, 9, 30)} events={events} />,
  );
  await screen.findByRole("heading", { name: heading });
  return { user, ...view };
}
