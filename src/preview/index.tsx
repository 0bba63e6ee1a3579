/**
 * `npm run preview`: the real task pane and the real Office.js adapter, running over the in-memory Excel with the
 * Programme 08 sample, so the whole flow can be tried without Excel. Query options: `?lang=en`, `?theme=dark`,
 * `?sample=clean` (the sample without its faults).
 */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { langFromLocale } from "../core/i18n";
import { OfficeWorkbookHost } from "../excel/office-host";
import { programme08, programme08WithFaults } from "../samples/programme08";
import { installFakeOffice } from "../testing/fake-excel";
import { PreviewPage } from "./PreviewPage";

const query = new URLSearchParams(window.location.search);
const lang = langFromLocale(query.get("lang") ?? "vi");
const theme = query.get("theme") === "dark" ? webDarkTheme : webLightTheme;
const clean = query.get("sample") === "clean";
const sample = clean ? programme08() : programme08WithFaults();

const excel = installFakeOffice(window, {
  sheets: [sample],
  workbookName: "programme08.xlsx",
  displayLanguage: lang === "vi" ? "vi-VN" : "en-US",
});
document.documentElement.lang = lang;

void Office.onReady(() => {
  const container = document.getElementById("preview") ?? document.body;
  const host = new OfficeWorkbookHost(excel.env());
  createRoot(container).render(<PreviewPage excel={excel} host={host} theme={theme} lang={lang} clean={clean} />);
});
