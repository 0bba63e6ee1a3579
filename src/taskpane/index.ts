/**
 * The page's own entry for the task pane: a few kilobytes that wait until the pane is shown, then load the pane's
 * code (React, Fluent UI; the "pane" chunk) with a dynamic import. See ./boot.
 */
import { bootPane } from "./boot";

function paneContainer(): HTMLElement {
  const existing = document.getElementById("container");
  if (existing) return existing;
  const created = document.createElement("div");
  created.id = "container";
  document.body.appendChild(created);
  return created;
}

void Office.onReady((info) =>
  bootPane(Office, window, document.visibilityState === "visible", paneContainer, async () => {
    const { startPane } = await import(/* webpackChunkName: "pane" */ "./start");
    return (container) => startPane(container, info.host);
  }),
);
