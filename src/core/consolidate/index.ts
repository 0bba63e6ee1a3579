/** Consolidation across units: matching, counting, the workbook's plans and the JSON report. */
export * from "./consolidate";
export { nameKey, nameSimilarity, nameWords } from "./names";
export { agencyOf, isWholeName, titleAgencyOf, unitKey, unitName } from "./unit-name";
export { buildConsolidationPlans, excludedReason, type ConsolidationPlanOptions } from "./plan";
export { ConsolidationReportSchema, consolidationReport, type ConsolidationReport } from "./report";
export { consolidationParagraph, INDICATORS_SAID } from "./paragraph";
