/**
 * The task pane proper, loaded by ./index only when the pane is first shown: builds the Office.js host and renders
 * the pane with React and Fluent UI. Everything past this file talks to the WorkbookHost interface only.
 */
import { langFromLocale, t } from "../core/i18n";
import { OfficeWorkbookHost } from "../excel/office-host";
import { errorMessage } from "../host/error-message";
import { mountFailure, mountPane } from "./mount";
import { themeForOffice } from "./theme";

export function startPane(container: HTMLElement, officeHost: unknown): void {
  const theme = themeForOffice(Office.context?.officeTheme);
  const lang = langFromLocale(Office.context?.displayLanguage);
  if (officeHost !== Office.HostType.Excel) {
    mountFailure(container, t(lang, "ui.error.notExcel", { host: String(officeHost ?? "?") }), theme);
    return;
  }
  try {
    mountPane(container, new OfficeWorkbookHost(), theme);
  } catch (error) {
    const message = errorMessage(error);
    mountFailure(container, t(lang, message.key, message.params), theme);
  }
}
