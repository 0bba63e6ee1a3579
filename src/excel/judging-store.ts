/**
 * How the user asked a sheet to be judged (near threshold, reporting period), one workbook setting per sheet
 * beside its column mapping (see settings-store). A setting of its own rather than a field of the mapping's:
 * mappings saved before it load as they are (in earlier versions of the add-in too), and a damaged judging
 * setting cannot take the columns with it.
 */
import { JudgingSettingsSchema, type JudgingSettings } from "../core/judging-settings";
import { loadSetting, writeSetting } from "./settings-store";

const PREFIX = "ChiTieu.judging:";

export function judgingKey(sheet: string): string {
  return `${PREFIX}${sheet}`;
}

export function loadJudging(context: Excel.RequestContext, sheet: string): () => JudgingSettings | null {
  return loadSetting(context, judgingKey(sheet), JudgingSettingsSchema);
}

export function writeJudging(context: Excel.RequestContext, sheet: string, judging: JudgingSettings): Promise<void> {
  return writeSetting(context, judgingKey(sheet), JudgingSettingsSchema, judging, {
    messageKey: "excel.errors.invalidJudging",
    sheet,
  });
}
