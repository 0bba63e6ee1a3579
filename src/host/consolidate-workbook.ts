/**
 * The consolidation over the sheets of the open workbook, one unit per sheet: each sheet read and analysed in
 * turn (with the column roles, period and threshold saved for it), then the consolidation's sheets written, each
 * replacing the one an earlier run wrote. ChiTieu's own sheets are never units; a sheet without an indicator table
 * (notes) is skipped.
 */
import { analyzeSheet } from "../core/analyze";
import {
  agencyOf,
  Consolidation,
  consolidationParagraph,
  type ConsolidationResult,
  unitIndicators,
} from "../core/consolidate";
import { buildConsolidationPlans } from "../core/consolidate/plan";
import { t } from "../core/i18n";
import type { Lang } from "../core/types";
import { analyzeOptions } from "./saved-choices";
import { HostError, type Progress, type WorkbookHost } from "./workbook-host";

/** Share of the progress bar spent reading the sheets; the rest is writing the consolidation. */
const READ_SHARE = 0.6;

export interface WorkbookConsolidation {
  result: ConsolidationResult;
  /** The names the consolidation's sheets were written under, in order (the matrix first). */
  sheets: string[];
  /** Sheets that hold no indicator table, left aside. */
  skipped: string[];
}

export interface ConsolidateWorkbookOptions {
  lang: Lang;
  generatedAt: string;
  onProgress?: Progress;
}

/** Null when no sheet holds an indicator table: there is nothing to consolidate and nothing is written. */
export async function consolidateWorkbook(
  host: WorkbookHost,
  options: ConsolidateWorkbookOptions,
): Promise<WorkbookConsolidation | null> {
  const { lang } = options;
  const progress = options.onProgress ?? (() => {});
  const sheets = (await host.listSheets()).filter((s) => !s.summary);
  const consolidation = new Consolidation();
  const skipped: string[] = [];
  let units = 0;
  for (const [i, { name }] of sheets.entries()) {
    const share = (f: number) => progress(((i + f) / sheets.length) * READ_SHARE);
    try {
      const snapshot = await host.readSheet(name, share);
      const analysis = analyzeSheet(snapshot, analyzeOptions(await host.loadChoices(name)));
      if (!analysis.table) {
        skipped.push(name);
        continue;
      }
      units++;
      consolidation.add({
        file: null,
        sheet: name,
        label: name,
        agency: agencyOf(snapshot, analysis.table.headerRows[0]!),
        indicators: unitIndicators(analysis),
        problem: null,
        period: analysis.period,
      });
    } catch (error) {
      // A sheet Excel cannot hand over (too large, deleted meanwhile) is a unit left out with the reason.
      if (!(error instanceof HostError)) throw error;
      units++;
      const problem = t(lang, error.messageKey, error.params);
      consolidation.add({
        file: null,
        sheet: name,
        label: name,
        agency: null,
        indicators: null,
        problem,
        period: null,
      });
    }
  }
  if (units === 0) return null;
  const result = consolidation.result();
  const paragraph = consolidationParagraph(result, lang);
  const plans = buildConsolidationPlans(result, { lang, generatedAt: options.generatedAt, paragraph });
  const written: string[] = [];
  for (const [i, plan] of plans.entries()) {
    const base = READ_SHARE + ((1 - READ_SHARE) * i) / plans.length;
    written.push(await host.writeSummary(plan, (f) => progress(base + ((1 - READ_SHARE) * f) / plans.length)));
  }
  // Each sheet written became the active one; the matrix is the one to look at first.
  await host.selectCell(written[0]!, "A1");
  return { result, sheets: written, skipped };
}
