// @vitest-environment jsdom
import { webLightTheme } from "@fluentui/react-components";
import { act, cleanup, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { isPaneShown, trackPaneVisibility } from "../../src/commands/pane-visibility";
import { registerRibbonCommands } from "../../src/commands/register";
import { t } from "../../src/core/i18n";
import { OfficeWorkbookHost } from "../../src/excel/office-host";
import { programme08, programme08WithFaults } from "../../src/samples/programme08";
import { createFakeExcel } from "../../src/testing/fake-excel";
import { App } from "../../src/taskpane/App";
import { bootPane } from "../../src/taskpane/boot";

afterEach(cleanup);

const SHEET = "Bieu 01";
const ribbonBar = (role: "group" | "alert") => screen.getByRole(role, { name: t("vi", "ui.ribbon.title") });
const marks = (fake: ReturnType<typeof createFakeExcel>) =>
  fake.sheet(SHEET).conditionalFormats.filter((cf) => cf.formula?.includes('"ChiTieu:'));

/**
 * One shared-runtime page over the fake: the ribbon commands registered, the pane booted as ./index boots it, and
 * the pane's code "loaded" (counted) only when the pane is first shown.
 */
async function sharedRuntime(sheet: ReturnType<typeof programme08>, pane: "shown" | "hidden") {
  const fake = createFakeExcel({ sheets: [sheet], pane });
  const host = new OfficeWorkbookHost(fake.env());
  const events = new EventTarget();
  const container = document.createElement("div");
  document.body.appendChild(container);
  let loads = 0;
  await registerRibbonCommands(fake.office, async () => host, events);
  const booted = bootPane(
    fake.office,
    events,
    fake.paneVisible,
    () => container,
    async () => {
      loads++;
      return (target) => void render(<App host={host} theme={webLightTheme} events={events} />, { container: target });
    },
  );
  await act(async () => {});
  return { fake, events, booted, loads: () => loads };
}

describe("a shared runtime whose pane is hidden", () => {
  it("loads and reads nothing until the pane is shown", async () => {
    const { fake, loads } = await sharedRuntime(programme08WithFaults(SHEET), "hidden");
    expect(loads()).toBe(0);
    expect(fake.stats.syncs).toBe(0);
  });

  it("marks cells on a ribbon check without showing the pane, which shows the result when the user opens it", async () => {
    const { fake, events, booted, loads } = await sharedRuntime(programme08WithFaults(SHEET), "hidden");
    await act(() => fake.invokeAction("checkActiveSheet"));
    expect(marks(fake).length).toBeGreaterThan(0);
    expect(fake.taskpaneShown).toBe(0);
    expect(loads()).toBe(0);

    await act(async () => fake.setPaneVisible(true));
    await booted;
    expect(loads()).toBe(1);
    expect(isPaneShown(events)).toBe(true);
    const text = t("vi", "excel.ribbon.checked", { sheet: SHEET, counts: "3 lỗi, 6 cảnh báo" });
    expect(within(await screen.findByRole("group", { name: t("vi", "ui.ribbon.title") })).getByText(text)).toBeTruthy();
  });

  it("shows the pane for a result the sheet cannot show (a clean check), with the notice in it", async () => {
    const { fake, booted, loads } = await sharedRuntime(programme08(SHEET), "hidden");
    await act(() => fake.invokeAction("checkActiveSheet"));
    expect(fake.taskpaneShown).toBe(1);
    expect(fake.paneVisible).toBe(true);
    await act(() => booted);
    expect(loads()).toBe(1);
    const text = t("vi", "excel.ribbon.clean", { sheet: SHEET });
    expect(within(await screen.findByRole("group", { name: t("vi", "ui.ribbon.title") })).getByText(text)).toBeTruthy();
  });

  it("shows the pane with the error when a ribbon command fails", async () => {
    const { fake, booted } = await sharedRuntime(programme08(SHEET), "hidden");
    fake.cellEditMode = true;
    await act(() => fake.invokeAction("buildSummary"));
    expect(fake.taskpaneShown).toBe(1);
    await act(() => booted);
    fake.cellEditMode = false;
    await waitFor(() => expect(ribbonBar("alert").textContent).toContain(t("vi", "excel.errors.cellEditMode")));
  });
});

describe("a shared runtime whose pane is on screen", () => {
  it("starts the pane at once and gives it a failed command's notice without asking to show it again", async () => {
    const { fake, booted, loads } = await sharedRuntime(programme08(SHEET), "shown");
    await act(() => booted);
    expect(loads()).toBe(1);
    await screen.findByRole("heading", { name: "Bảng chỉ tiêu" });
    fake.cellEditMode = true;
    await act(() => fake.invokeAction("buildSummary"));
    fake.cellEditMode = false;
    expect(fake.taskpaneShown).toBe(0);
    expect(ribbonBar("alert").textContent).toContain(t("vi", "excel.errors.cellEditMode"));
  });

  it("shows the pane again when the user has closed it and a command then fails", async () => {
    const { fake, booted } = await sharedRuntime(programme08(SHEET), "shown");
    await act(() => booted);
    await screen.findByRole("heading", { name: "Bảng chỉ tiêu" });
    await act(async () => fake.setPaneVisible(false));
    fake.cellEditMode = true;
    await act(() => fake.invokeAction("checkActiveSheet"));
    fake.cellEditMode = false;
    expect(fake.taskpaneShown).toBe(1);
    expect(fake.paneVisible).toBe(true);
    expect(ribbonBar("alert").textContent).toContain(t("vi", "excel.errors.cellEditMode"));
  });
});

describe("where Office has no visibility events", () => {
  it("takes the pane as shown, since the page then runs only as a visible pane", async () => {
    const events = new EventTarget();
    await trackPaneVisibility({}, events, false);
    expect(isPaneShown(events)).toBe(true);
  });

  it("takes the pane as shown when subscribing fails, so it never waits forever", async () => {
    const events = new EventTarget();
    const office = { addin: { onVisibilityModeChanged: () => Promise.reject(new Error("SharedRuntime 1.1 missing")) } };
    await trackPaneVisibility(office, events, false);
    expect(isPaneShown(events)).toBe(true);
  });
});
