/**
 * Excel's own number settings, read once the add-in starts: a text such as "1,850" is 1,85 to a Vietnamese Excel
 * and 1 850 to an English one, and the functions read it as the workbook's user does. ExcelApi 1.11 has them;
 * without it (or outside Excel) nothing is set, and such a text gives #VALUE! naming both readings.
 */
import { conventionOfSeparator } from "../core/numbers";
import { setExcelConvention } from "./evaluate";

const CULTURE_API = "1.11";

export async function readExcelConvention(): Promise<void> {
  if (typeof Office === "undefined" || typeof Excel === "undefined") return;
  await Office.onReady();
  if (!Office.context.requirements.isSetSupported("ExcelApi", CULTURE_API)) return;
  try {
    await Excel.run(async (context) => {
      const application = context.application;
      application.load("decimalSeparator,useSystemSeparators");
      const numbers = application.cultureInfo.numberFormat;
      numbers.load("numberDecimalSeparator");
      await context.sync();
      // Excel's own separator option overrides the system's culture when the user turned system separators off.
      const separator = application.useSystemSeparators ? numbers.numberDecimalSeparator : application.decimalSeparator;
      setExcelConvention(conventionOfSeparator(separator));
    });
  } catch {
    // Unreadable settings are no settings: the functions then name both readings instead of guessing one.
  }
}
