/**
 * The task pane's entry in Excel: waits for Office once, builds the Office.js host and renders the pane.
 * Everything past this file talks to the WorkbookHost interface only.
 */
import { langFromLocale, t } from "../core/i18n";
import { OfficeWorkbookHost } from "../excel/office-host";
import { errorMessage } from "../host/error-message";
import { mountFailure, mountPane } from "./mount";
import { themeForOffice } from "./theme";

function paneContainer(): HTMLElement {
  const existing = document.getElementById("container");
  if (existing) return existing;
  const created = document.createElement("div");
  created.id = "container";
  document.body.appendChild(created);
  return created;
}

void Office.onReady((info) => {
  const container = paneContainer();
  const theme = themeForOffice(Office.context?.officeTheme);
  const lang = langFromLocale(Office.context?.displayLanguage);
  if (info.host !== Office.HostType.Excel) {
    mountFailure(container, t(lang, "ui.error.notExcel", { host: String(info.host ?? "?") }), theme);
    return;
  }
  try {
    mountPane(container, new OfficeWorkbookHost(), theme);
  } catch (error) {
    const message = errorMessage(error);
    mountFailure(container, t(lang, message.key, message.params), theme);
  }
});
