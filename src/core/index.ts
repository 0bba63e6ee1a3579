/** The engine's public surface. Hosts import from here; nothing here knows about a host. */
export * from "./types";
export * from "./snapshot";
export * from "./address";
export { parseNumber, formatNumber, guessConvention } from "./numbers";
export { parseTarget, meets, parseDirection } from "./targets";
export { attainment, overPlan, statusOf, pace } from "./compute";
export { bandOf, gapPoints, measureOf, paceOf, DEFAULT_NEAR } from "./judge";
export { analyzeSheet, summarize, type AnalyzeOptions } from "./analyze";
export { issueMessage } from "./issues";
export { ColumnMappingSchema, type ColumnMapping } from "./mapping";
export { JudgingSettingsSchema, type JudgingSettings } from "./judging-settings";
export { buildSummaryPlan, type SummaryOptions } from "./summary/build";
export * from "./summary/plan";
export { t, langFromLocale } from "./i18n";
export { meetingParagraph, writeNarrative, NAMED_AT_MOST } from "./narrative/write";
export { narrativeFacts, type NarrativeFacts, type IndicatorFact, type GroupFact } from "./narrative/facts";
