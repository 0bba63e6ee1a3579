import type { SheetView } from "../snapshot";
import type { Convention, Fix, Severity, TableLayout } from "../types";
import type { BodyRead } from "../rows";

export interface RuleContext {
  view: SheetView;
  layout: TableLayout;
  body: BodyRead;
  convention: Convention;
}

/** What a rule found: where, and the values its message needs. */
export interface Finding {
  row: number;
  col: number;
  params?: Record<string, string | number>;
  fix?: Omit<Fix, "cell" | "row" | "col">;
}

/**
 * One validation rule. `code` is stable (reports, tests and users' filters rely on it); the messages are
 * i18next templates, Vietnamese first, filled from each finding's params plus `cell`.
 */
export interface Rule {
  code: string;
  severity: Severity;
  /** A short name for the rule, heading its group of issues in the task pane. */
  title: { vi: string; en: string };
  messages: { vi: string; en: string };
  check(ctx: RuleContext): Finding[];
}
