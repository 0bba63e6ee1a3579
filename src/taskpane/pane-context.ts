import { createContext, useCallback, useContext, useSyncExternalStore } from "react";
import { t, type MessageParams } from "../core/i18n";
import type { PaneActions } from "./state/pane-actions";
import type { PaneState, PaneStore } from "./state/pane-state";

export interface PaneContextValue {
  store: PaneStore;
  actions: PaneActions;
}

export const PaneContext = createContext<PaneContextValue | null>(null);

function usePaneContext(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error("pane components must be rendered inside <App>");
  return value;
}

export function usePaneState(): PaneState {
  const { store } = usePaneContext();
  return useSyncExternalStore(store.subscribe, store.getState);
}

export function useActions(): PaneActions {
  return usePaneContext().actions;
}

/** `t` bound to the pane's current language. */
export function useT(): (key: string, params?: MessageParams) => string {
  const { lang } = usePaneState();
  return useCallback((key: string, params?: MessageParams) => t(lang, key, params), [lang]);
}
