/**
 * How a ribbon command tells the task pane what happened. In the shared runtime the commands and the pane share
 * one `window` but may be separate bundles, so the channel is a DOM event on that window rather than a module.
 * The pane acknowledges a notice by calling `preventDefault()`; a notice nobody acknowledged is kept on the
 * window for the pane to pick up when it opens.
 */
import type { MessageParams } from "../core/i18n";

export interface RibbonNotice {
  ok: boolean;
  key: string;
  params: MessageParams;
}

export const RIBBON_NOTICE_EVENT = "chitieu:ribbon-notice";
const PENDING = "__chitieuPendingRibbonNotice";

type NoticeHolder = EventTarget & { [PENDING]?: RibbonNotice };

/** Returns whether an open pane took the notice. */
export function publishRibbonNotice(target: EventTarget, notice: RibbonNotice): boolean {
  const delivered = !target.dispatchEvent(new CustomEvent(RIBBON_NOTICE_EVENT, { detail: notice, cancelable: true }));
  if (delivered) delete (target as NoticeHolder)[PENDING];
  else (target as NoticeHolder)[PENDING] = notice;
  return delivered;
}

/** For the pane: receives every notice from now on; returns the unsubscribe function. */
export function onRibbonNotice(target: EventTarget, listener: (notice: RibbonNotice) => void): () => void {
  const handle = (event: Event) => {
    event.preventDefault();
    listener((event as CustomEvent<RibbonNotice>).detail);
  };
  target.addEventListener(RIBBON_NOTICE_EVENT, handle);
  return () => target.removeEventListener(RIBBON_NOTICE_EVENT, handle);
}

/** For the pane when it opens: the notice of a command that ran while it was closed, once. */
export function takePendingRibbonNotice(target: EventTarget): RibbonNotice | null {
  const holder = target as NoticeHolder;
  const notice = holder[PENDING] ?? null;
  delete holder[PENDING];
  return notice;
}
