import { useEffect } from "react";
import { onRibbonNotice } from "../commands/ribbon-notices";
import type { PaneActions } from "./state/pane-actions";

/** Hands every notice the ribbon commands publish on `events` to the pane for as long as it is mounted. */
export function useRibbonNotices(events: EventTarget, actions: PaneActions): void {
  useEffect(() => onRibbonNotice(events, (notice) => void actions.receiveRibbonNotice(notice)), [events, actions]);
}
