/**
 * Starts the pane only once it is on screen. The shared runtime loads this page for ribbon clicks and CHITIEU.*
 * formulas with the pane hidden; reading and analysing the active sheet then, and loading React and Fluent UI
 * before any custom function can calculate, would cost every user for nothing (see pane-visibility.ts).
 */
import { trackPaneVisibility, whenPaneShown, type VisibilityOffice } from "../commands/pane-visibility";

export type PaneStarter = (container: HTMLElement) => void;

export async function bootPane(
  office: Partial<VisibilityOffice>,
  window: EventTarget,
  initiallyShown: boolean,
  container: () => HTMLElement,
  load: () => Promise<PaneStarter>,
): Promise<void> {
  await trackPaneVisibility(office, window, initiallyShown);
  await whenPaneShown(window);
  const start = await load();
  start(container());
}
