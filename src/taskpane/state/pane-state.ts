import type { RibbonNotice } from "../../commands/ribbon-notices";
import type { MessageParams } from "../../core/i18n";
import type { JudgingSettings } from "../../core/judging-settings";
import type { ColumnMapping } from "../../core/mapping";
import type { SheetSnapshot } from "../../core/snapshot";
import type { Lang, SheetAnalysis } from "../../core/types";
import type { SheetInfo } from "../../host/workbook-host";

/** The pane's long-running jobs; one runs at a time. "ribbon" catches up with what a ribbon command did. */
export type Task =
  "load" | "check" | "mapping" | "judging" | "fix" | "highlight" | "summary" | "consolidate" | "findings" | "ribbon";

/** A catalogue key and its values, translated when rendered so a language switch re-renders it. */
export interface Message {
  key: string;
  params?: MessageParams;
  /** The pane already shows what it says (the check's counts): announced to screen readers, not repeated. */
  announceOnly?: boolean;
}

export interface BuiltSummary {
  sheetName: string;
  analysis: SheetAnalysis;
}

export interface PaneState {
  lang: Lang;
  sheets: SheetInfo[];
  sheet: string | null;
  snapshot: SheetSnapshot | null;
  mapping: ColumnMapping;
  /** The near threshold and period saved for the sheet; what is left out is automatic. */
  judging: JudgingSettings;
  analysis: SheetAnalysis | null;
  /** True once the user ran Check on the current sheet: the issue list is shown from then on. */
  checked: boolean;
  highlighted: boolean;
  busy: { task: Task; progress: number | null } | null;
  error: Message | null;
  notice: Message | null;
  /** What the last ribbon command reported; `seq` tells a repeated notice from the one already shown. */
  ribbon: { notice: RibbonNotice; seq: number } | null;
  summary: BuiltSummary | null;
  /** The last finished task, so views can move focus to what it produced. */
  completed: { task: Task; seq: number } | null;
}

export type SheetData = Pick<
  PaneState,
  "snapshot" | "mapping" | "judging" | "analysis" | "checked" | "highlighted" | "summary"
>;

export type PaneAction =
  | { type: "language"; lang: Lang }
  | { type: "sheets"; sheets: SheetInfo[] }
  | { type: "select"; sheet: string }
  | { type: "start"; task: Task }
  | { type: "progress"; fraction: number }
  | { type: "done"; task: Task; patch: Partial<SheetData>; notice?: Message }
  /** `endsTask` is false for quick calls (selecting a cell) that fail while a task may be running. */
  | { type: "failed"; error: Message; endsTask: boolean }
  | { type: "dismiss" }
  | { type: "ribbon"; notice: RibbonNotice }
  | { type: "dismissRibbon" };

export function initialState(lang: Lang): PaneState {
  return {
    lang,
    sheets: [],
    sheet: null,
    snapshot: null,
    mapping: {},
    judging: {},
    analysis: null,
    checked: false,
    highlighted: false,
    busy: null,
    error: null,
    notice: null,
    ribbon: null,
    summary: null,
    completed: null,
  };
}

export function reduce(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "language":
      // Notices are translated when raised (the ribbon's counts too); drop them rather than show them half in the
      // other language.
      return { ...state, lang: action.lang, notice: null, ribbon: null };
    case "sheets":
      return { ...state, sheets: action.sheets };
    case "select":
      return {
        ...state,
        sheet: action.sheet,
        snapshot: null,
        mapping: {},
        judging: {},
        analysis: null,
        checked: false,
        highlighted: false,
        summary: null,
        notice: null,
      };
    case "start":
      return {
        ...state,
        busy: { task: action.task, progress: null },
        error: null,
        notice: null,
        // Once the user acts in the pane, the ribbon's report no longer describes the sheet; catching up with it does.
        ribbon: action.task === "ribbon" ? state.ribbon : null,
      };
    case "progress":
      return state.busy ? { ...state, busy: { ...state.busy, progress: clamp(action.fraction) } } : state;
    case "done":
      return {
        ...state,
        ...action.patch,
        busy: null,
        notice: action.notice ?? null,
        completed: { task: action.task, seq: (state.completed?.seq ?? 0) + 1 },
      };
    case "failed":
      return { ...state, busy: action.endsTask ? null : state.busy, error: action.error };
    case "dismiss":
      return { ...state, error: null };
    case "ribbon":
      return { ...state, ribbon: { notice: action.notice, seq: (state.ribbon?.seq ?? 0) + 1 } };
    case "dismissRibbon":
      return { ...state, ribbon: null };
  }
}

function clamp(fraction: number): number {
  return Math.min(1, Math.max(0, fraction));
}

/** A minimal external store for useSyncExternalStore: async actions always read the current state. */
export class PaneStore {
  private state: PaneState;
  private readonly listeners = new Set<() => void>();

  constructor(lang: Lang) {
    this.state = initialState(lang);
  }

  readonly getState = (): PaneState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispatch(action: PaneAction): void {
    this.state = reduce(this.state, action);
    for (const listener of this.listeners) listener();
  }
}
