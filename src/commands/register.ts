/**
 * Registers the ribbon commands once Office is ready. Each command always calls `event.completed()`, errors
 * included, and always tells the user: through the pane when it is open, otherwise a failure opens the pane,
 * where the notice waits (see ribbon-notices.ts).
 */
import type { WorkbookHost } from "../host/workbook-host";
import { buildActiveSummary, checkActiveSheet } from "./ribbon-actions";
import { publishRibbonNotice, type RibbonNotice } from "./ribbon-notices";

/** The part of the `Office` global the commands use; the in-memory fake provides the same. */
export interface RibbonOffice {
  onReady(): Promise<unknown>;
  actions: { associate(name: string, action: (event: RibbonEvent) => unknown): void };
  addin: { showAsTaskpane(): Promise<void> };
}

export interface RibbonEvent {
  completed(): void;
}

/** The action names the manifest's ribbon buttons refer to. */
export const RIBBON_ACTIONS = {
  checkActiveSheet: "checkActiveSheet",
  buildSummary: "buildSummary",
} as const;

export async function registerRibbonCommands(
  office: RibbonOffice,
  host: WorkbookHost,
  window: EventTarget,
): Promise<void> {
  await office.onReady();
  const command = (action: (host: WorkbookHost) => Promise<RibbonNotice>) => async (event: RibbonEvent) => {
    try {
      const notice = await action(host);
      const delivered = publishRibbonNotice(window, notice);
      if (!delivered && !notice.ok) await office.addin.showAsTaskpane();
    } catch {
      // Reporting itself failed (the pane could not be shown); the command must still complete.
    } finally {
      event.completed();
    }
  };
  office.actions.associate(RIBBON_ACTIONS.checkActiveSheet, command(checkActiveSheet));
  office.actions.associate(RIBBON_ACTIONS.buildSummary, command(buildActiveSummary));
}
