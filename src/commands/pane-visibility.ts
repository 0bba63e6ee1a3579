/**
 * Whether the task pane is on screen. In a shared runtime the page runs while the pane is hidden (a ribbon click or
 * a CHITIEU.* formula loads it), and `hide()` / `showAsTaskpane()` change only the pane's visibility, never reload
 * it: "Show or hide the task pane of your Office Add-in",
 * https://learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in. Office reports each change through
 * `Office.addin.onVisibilityModeChanged` (SharedRuntime 1.1) but offers no way to ask for the current state, so the
 * page starts from its document's visibility, which a hidden web view reports as "hidden".
 *
 * The state lives on the shared window, like the ribbon notices, so the commands and the pane agree even when
 * they are separate chunks.
 */

export interface VisibilityOffice {
  addin: {
    onVisibilityModeChanged(handler: (message: { visibilityMode: string }) => void): Promise<unknown>;
  };
}

export const PANE_VISIBILITY_EVENT = "chitieu:pane-visibility";
const SHOWN = "__chitieuPaneShown";

type VisibilityHolder = EventTarget & { [SHOWN]?: boolean };

export function isPaneShown(target: EventTarget): boolean {
  return (target as VisibilityHolder)[SHOWN] === true;
}

export function setPaneShown(target: EventTarget, shown: boolean): void {
  const holder = target as VisibilityHolder;
  if (holder[SHOWN] === shown) return;
  holder[SHOWN] = shown;
  target.dispatchEvent(new CustomEvent(PANE_VISIBILITY_EVENT, { detail: shown }));
}

/** Calls `listener` on every change from now on; returns the unsubscribe function. */
export function onPaneVisibility(target: EventTarget, listener: (shown: boolean) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<boolean>).detail);
  target.addEventListener(PANE_VISIBILITY_EVENT, handle);
  return () => target.removeEventListener(PANE_VISIBILITY_EVENT, handle);
}

/** Resolves once the pane is on screen: at once if it already is. */
export function whenPaneShown(target: EventTarget): Promise<void> {
  if (isPaneShown(target)) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = onPaneVisibility(target, (shown) => {
      if (!shown) return;
      stop();
      resolve();
    });
  });
}

/**
 * Follows Office's visibility events from now on, starting from `initiallyShown`. Where the event is missing
 * (SharedRuntime 1.1 absent) the pane is taken as shown, since the page then runs only as a visible pane.
 */
export async function trackPaneVisibility(
  office: Partial<VisibilityOffice>,
  target: EventTarget,
  initiallyShown: boolean,
): Promise<void> {
  const subscribe = office.addin?.onVisibilityModeChanged;
  if (!subscribe) {
    setPaneShown(target, true);
    return;
  }
  setPaneShown(target, initiallyShown);
  try {
    await subscribe.call(office.addin, (message) => setPaneShown(target, message.visibilityMode === "Taskpane"));
  } catch {
    setPaneShown(target, true);
  }
}
