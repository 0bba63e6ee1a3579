/**
 * Registers the ribbon commands once Office is ready. Each command always calls `event.completed()`, errors
 * included, and always tells the user. The notice goes to the pane (or waits for it, see ribbon-notices.ts); a
 * pane that is loaded but hidden tells nobody, so whenever the result is not already visible in the workbook (a
 * failure, a clean check, a protected sheet left unmarked) the hidden pane is shown (see pane-visibility.ts).
 */
import type { WorkbookHost } from "../host/workbook-host";
import { isPaneShown } from "./pane-visibility";
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

type ActionName = "checkActiveSheet" | "buildActiveSummary";

/**
 * Loads what a command runs on its first click: the engine and the Excel adapter stay out of the scripts the
 * page loads at start, which every CHITIEU.* formula waits for. A failure to load is a notice like any other.
 */
async function runAction(name: ActionName, loadHost: () => Promise<WorkbookHost>): Promise<RibbonNotice> {
  try {
    const [actions, host] = await Promise.all([
      import(/* webpackChunkName: "ribbon" */ "./ribbon-actions"),
      loadHost(),
    ]);
    return await actions[name](host);
  } catch (error) {
    const { errorMessage } = await import("../host/error-message");
    return { ok: false, ...errorMessage(error) };
  }
}

export async function registerRibbonCommands(
  office: RibbonOffice,
  loadHost: () => Promise<WorkbookHost>,
  window: EventTarget,
): Promise<void> {
  await office.onReady();
  const command = (action: ActionName) => async (event: RibbonEvent) => {
    try {
      const notice = await runAction(action, loadHost);
      publishRibbonNotice(window, notice);
      if (!isPaneShown(window) && needsPane(notice)) await office.addin.showAsTaskpane();
    } catch {
      // Reporting itself failed (the pane could not be shown); the command must still complete.
    } finally {
      event.completed();
    }
  };
  office.actions.associate(RIBBON_ACTIONS.checkActiveSheet, command("checkActiveSheet"));
  office.actions.associate(RIBBON_ACTIONS.buildSummary, command("buildActiveSummary"));
}
