/**
 * Registers the ribbon commands once Office is ready. Each command always calls `event.completed()`, errors
 * included, and always tells the user. The notice goes to the pane (or waits for it, see ribbon-notices.ts); a
 * pane that is loaded but hidden tells nobody, so whenever the result is not already visible in the workbook (a
 * failure, a clean check, a protected sheet left unmarked) the hidden pane is shown (see pane-visibility.ts).
 */
import type { WorkbookHost } from "../host/workbook-host";
import { isPaneShown } from "./pane-visibility";
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

/** Results the user sees in the workbook itself: marked cells, the new summary sheet made active. */
const SHOWN_IN_WORKBOOK = new Set(["excel.ribbon.checked", "excel.ribbon.summaryWritten"]);

export function needsPane(notice: RibbonNotice): boolean {
  return !notice.ok || !SHOWN_IN_WORKBOOK.has(notice.key);
}

export async function registerRibbonCommands(
  office: RibbonOffice,
  host: WorkbookHost,
  window: EventTarget,
): Promise<void> {
  await office.onReady();
  const command = (action: (host: WorkbookHost) => Promise<RibbonNotice>) => async (event: RibbonEvent) => {
    try {
      const notice = await action(host);
      publishRibbonNotice(window, notice);
      if (!isPaneShown(window) && needsPane(notice)) await office.addin.showAsTaskpane();
    } catch {
      // Reporting itself failed (the pane could not be shown); the command must still complete.
    } finally {
      event.completed();
    }
  };
  office.actions.associate(RIBBON_ACTIONS.checkActiveSheet, command(checkActiveSheet));
  office.actions.associate(RIBBON_ACTIONS.buildSummary, command(buildActiveSummary));
}
