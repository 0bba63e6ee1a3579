/**
 * Plans of every kind the command line writes (a summary sheet with its charts, and a consolidation's matrix,
 * indicators, ranking chart and unmatched list), built from the bundled samples. Writing them once makes
 * excelize's WebAssembly compile the functions a real write calls, before the real write needs them.
 */
import { analyzeSheet } from "../core/analyze";
import { Consolidation, unitIndicators } from "../core/consolidate";
import { buildConsolidationPlans } from "../core/consolidate/plan";
import { buildSummaryPlan } from "../core/summary/build";
import type { SummaryPlan } from "../core/summary/plan";
import { districtSheet } from "../samples/districts";
import { programme08 } from "../samples/programme08";

export function warmUpPlans(): SummaryPlan[] {
  const consolidation = new Consolidation();
  for (const district of [0, 1]) {
    const analysis = analyzeSheet(districtSheet(district, { indicators: 4 }));
    const label = `unit-${district}`;
    consolidation.add({
      file: `${label}.xlsx`,
      sheet: "Sheet1",
      label,
      agency: null,
      indicators: unitIndicators(analysis),
      problem: null,
    });
  }
  const generatedAt = "01/01/2026 00:00";
  return [
    buildSummaryPlan(analyzeSheet(programme08()), { lang: "vi", generatedAt }),
    ...buildConsolidationPlans(consolidation.result(), { lang: "vi", generatedAt }),
  ];
}
