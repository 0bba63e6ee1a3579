// @vitest-environment jsdom
/**
 * The pane's reporting period and near threshold over the Programme 08 sample: what was read from the table, the
 * user's correction and its effect on the counts, the saved settings, and input the pane cannot read.
 */
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { programme08, programme08WithFaults } from "../../src/samples/programme08";
import { quarterTable } from "../helpers/quarter";
import { ratesTable } from "../helpers/rates";
import { MemoryWorkbookHost } from "./memory-host";
import { renderPane } from "./render-pane";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const SHEET = "Bieu 01";

const TEXT = {
  vi: {
    table: "Bảng chỉ tiêu",
    region: "Kỳ báo cáo và ngưỡng gần đạt",
    period: "Sửa kỳ báo cáo",
    near: "Ngưỡng gần đạt (tỷ lệ so với kế hoạch)",
    apply: "Áp dụng",
    reset: "Về kỳ đọc từ bảng và ngưỡng mặc định",
    check: "Kiểm tra",
    results: "Kết quả từng chỉ tiêu",
    saved: "Đã lưu kỳ báo cáo và ngưỡng gần đạt vào sổ làm việc.",
  },
  en: {
    table: "Indicator table",
    region: "Reporting period and near-target threshold",
    period: "Correct the reporting period",
    near: "Near-target threshold (share of plan)",
    apply: "Apply",
    reset: "Back to the detected period and default threshold",
    check: "Check",
    results: "Each indicator's result",
    saved: "Reporting period and near-target threshold saved in the workbook.",
  },
};

type Lang = keyof typeof TEXT;

async function open(lang: Lang, host = new MemoryWorkbookHost([programme08(SHEET)], { language: lang })) {
  const view = await renderPane(host, TEXT[lang].table);
  return { host, ...view };
}

const region = (lang: Lang) => screen.getByRole("region", { name: TEXT[lang].region });
const field = (lang: Lang, which: "period" | "near") =>
  within(region(lang)).getByRole("textbox", { name: TEXT[lang][which] }) as HTMLInputElement;
/** The section's facts: the period, its pace counts, the near threshold and its count. */
const facts = (lang: Lang) =>
  within(region(lang))
    .getAllByRole("listitem")
    .map((li) => li.textContent);

async function enter(user: UserEvent, lang: Lang, which: "period" | "near", text: string): Promise<void> {
  await user.clear(field(lang, which));
  if (text) await user.type(field(lang, which), text);
}

async function apply(user: UserEvent, lang: Lang): Promise<void> {
  await user.click(within(region(lang)).getByRole("button", { name: TEXT[lang].apply }));
}

/** The band badges of the indicator results, once the sheet is checked. */
function bandCounts(lang: Lang): string[] {
  const results = screen.getByRole("region", { name: TEXT[lang].results });
  return [...results.querySelectorAll(":scope > div:first-of-type > *")].map((b) => b.textContent ?? "");
}

describe("the reporting period in the pane", () => {
  it("shows the period read from the table, and a corrected one changes the pace counts", async () => {
    const { host, user } = await open("vi");
    expect(facts("vi")).toEqual([
      "Kỳ báo cáo: lũy kế giai đoạn 2021–2023 — 60\u00a0% thời gian kế hoạch (đọc từ ô G7)",
      "Tiến độ: 12 chỉ tiêu hoàn thành trước thời hạn, 2 đúng tiến độ, 0 chậm tiến độ.",
      "Gần đạt: chưa hoàn thành nhưng đạt từ 90\u00a0% kế hoạch trở lên (6 chỉ tiêu).",
    ]);
    expect(field("vi", "period").value).toBe("");
    expect(field("vi", "near").value).toBe("90%");

    await enter(user, "vi", "period", "9 tháng");
    await apply(user, "vi");
    await screen.findByText(TEXT.vi.saved);
    expect(host.judging.get(SHEET)).toEqual({
      period: { label: "9 tháng", elapsed: 0.75, cell: null, source: "user" },
    });
    // The sample's slowest count row stands at 78,4 % of its plan: ahead of 75 % as of 60 %.
    expect(facts("vi").slice(0, 2)).toEqual([
      "Kỳ báo cáo: 9 tháng — 75\u00a0% thời gian kế hoạch (do người dùng đặt)",
      "Tiến độ: 12 chỉ tiêu hoàn thành trước thời hạn, 2 đúng tiến độ, 0 chậm tiến độ.",
    ]);
    expect(field("vi", "period").value).toBe("9 tháng");

    await enter(user, "vi", "period", "0,8");
    await apply(user, "vi");
    await waitFor(() =>
      expect(facts("vi")[1]).toBe("Tiến độ: 12 chỉ tiêu hoàn thành trước thời hạn, 1 đúng tiến độ, 1 chậm tiến độ."),
    );
    expect(facts("vi")[0]).toBe("Kỳ báo cáo: đến nay — 80\u00a0% thời gian kế hoạch (do người dùng đặt)");

    await enter(user, "vi", "period", "không");
    await apply(user, "vi");
    await waitFor(() => expect(facts("vi")[0]).toBe("Không xét tiến độ (do người dùng đặt)."));
    expect(facts("vi")).toHaveLength(2);
    expect(host.judging.get(SHEET)).toEqual({ period: null });
  });

  it("reads Quý III and 75% as the same period, and does the same in English", async () => {
    const vi = await open("vi");
    await enter(vi.user, "vi", "period", "Quý III");
    await apply(vi.user, "vi");
    await waitFor(() =>
      expect(facts("vi")[0]).toBe("Kỳ báo cáo: quý III — 75\u00a0% thời gian kế hoạch (do người dùng đặt)"),
    );
    cleanup();

    const { user } = await open("en");
    expect(facts("en").slice(0, 2)).toEqual([
      "Reporting period: cumulative 2021–2023 — 60% of the plan period (read from cell G7)",
      "Pace: 12 achieved ahead of time, 2 on track, 0 behind schedule.",
    ]);
    await enter(user, "en", "period", "0.8");
    await apply(user, "en");
    await screen.findByText(TEXT.en.saved);
    expect(facts("en").slice(0, 2)).toEqual([
      "Reporting period: the period so far — 80% of the plan period (set by a user)",
      "Pace: 12 achieved ahead of time, 1 on track, 1 behind schedule.",
    ]);
    await enter(user, "en", "period", "q3");
    await apply(user, "en");
    await waitFor(() => expect(facts("en")[0]).toBe("Reporting period: Q3 — 75% of the plan period (set by a user)"));
    await enter(user, "en", "period", "full");
    await apply(user, "en");
    await waitFor(() => expect(facts("en")[1]).toBe("The whole plan period, so there is no pace to judge."));
  });

  it("says a quarter's own figures are not paced, until the user says they run nine months", async () => {
    const { user } = await open("vi", new MemoryWorkbookHost([quarterTable()], { language: "vi" }));
    expect(facts("vi").slice(0, 2)).toEqual([
      "Kỳ báo cáo: quý III năm 2024 — số liệu riêng của quý (đọc từ ô E6)",
      "Số liệu riêng của quý, không lũy kế từ đầu năm, nên không so với tiến độ kế hoạch.",
    ]);
    await enter(user, "vi", "period", "9 tháng");
    await apply(user, "vi");
    await waitFor(() =>
      expect(facts("vi")[1]).toBe("Tiến độ: 0 chỉ tiêu hoàn thành trước thời hạn, 0 đúng tiến độ, 7 chậm tiến độ."),
    );
    cleanup();

    await open("en", new MemoryWorkbookHost([quarterTable()], { language: "en" }));
    expect(facts("en").slice(0, 2)).toEqual([
      "Reporting period: Q3 2024 — the quarter's own figures (read from cell E6)",
      "The quarter's own figures, not the year to date, so they are not compared with the plan's pace.",
    ]);
  });

  it("says why nine months of rates alone have no pace, rather than counting 0, 0, 0", async () => {
    await open("vi", new MemoryWorkbookHost([ratesTable()], { language: "vi" }));
    expect(facts("vi").slice(0, 2)).toEqual([
      "Kỳ báo cáo: 9 tháng năm 2024 — 75\u00a0% thời gian kế hoạch (đọc từ ô A2)",
      "Tiến độ chỉ tính cho chỉ tiêu cộng dồn (số lượng, kinh phí) đã có số liệu và không phải mức tối đa; tỷ lệ và mức tối đa được đánh giá theo mức hiện đạt, nên không có tiến độ để xét.",
    ]);
    expect(document.body.textContent).not.toMatch(/đúng tiến độ|chậm tiến độ|trước thời hạn/);
    cleanup();

    await open("en", new MemoryWorkbookHost([ratesTable()], { language: "en" }));
    expect(facts("en").slice(0, 2)).toEqual([
      "Reporting period: the first 9 months of 2024 — 75% of the plan period (read from cell A2)",
      "Pace is counted for cumulative quantities (counts, money) with figures and no ceiling; rates and ceilings are judged by the level reached, so there is no pace to judge.",
    ]);
  });

  it("names a period saved in Vietnamese in English, and keeps the saved words in the field", async () => {
    const host = new MemoryWorkbookHost([programme08(SHEET)], { language: "en" });
    host.judging.set(SHEET, { period: { label: "9 tháng", elapsed: 0.75, cell: null, source: "user" } });
    await open("en", host);
    expect(facts("en")[0]).toBe("Reporting period: the first 9 months — 75% of the plan period (set by a user)");
    expect(field("en", "period").value).toBe("9 tháng");
  });

  it("keeps the correction in the workbook for the next person, and goes back to the table's period on reset", async () => {
    const host = new MemoryWorkbookHost([programme08(SHEET)]);
    host.judging.set(SHEET, { period: { label: "9 tháng", elapsed: 0.75, cell: null, source: "user" }, near: 0.8 });
    const { user } = await open("vi", host);
    expect(facts("vi")[0]).toBe("Kỳ báo cáo: 9 tháng — 75\u00a0% thời gian kế hoạch (do người dùng đặt)");
    expect(field("vi", "period").value).toBe("9 tháng");
    expect(field("vi", "near").value).toBe("80%");

    await user.click(within(region("vi")).getByRole("button", { name: TEXT.vi.reset }));
    await waitFor(() => expect(host.judging.get(SHEET)).toEqual({}));
    await waitFor(() =>
      expect(facts("vi")[0]).toBe(
        "Kỳ báo cáo: lũy kế giai đoạn 2021–2023 — 60\u00a0% thời gian kế hoạch (đọc từ ô G7)",
      ),
    );
    expect(field("vi", "period").value).toBe("");
    expect(field("vi", "near").value).toBe("90%");
    // The reset button goes with the settings; focus lands on the section's heading, not on the page's body.
    expect(within(region("vi")).queryByRole("button", { name: TEXT.vi.reset })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("heading", { name: TEXT.vi.region })));
  });

  it("redraws the sheet's highlights, as the period-found note goes once the user sets the period", async () => {
    const host = new MemoryWorkbookHost([programme08WithFaults(SHEET)]);
    const { user } = await open("vi", host);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("heading", { name: "Kết quả kiểm tra" });
    await user.click(screen.getByRole("button", { name: "Đánh dấu ô trên trang tính" }));
    await screen.findByText(/^Đã đánh dấu \d+ ô\.$/);
    expect(host.highlights.get(SHEET)?.map((i) => i.code)).toContain("period-found");

    await enter(user, "vi", "period", "9 tháng");
    await apply(user, "vi");
    await screen.findByText(/^Đã lưu kỳ báo cáo và ngưỡng gần đạt; đánh dấu trên trang tính đã vẽ lại/);
    expect(host.highlights.get(SHEET)?.map((i) => i.code)).not.toContain("period-found");
  });
});

describe("the near threshold in the pane", () => {
  it.each([
    [
      "vi",
      ["20 hoàn thành", "6 gần đạt", "1 chưa hoàn thành", "0 chưa có số liệu"],
      ["20 hoàn thành", "2 gần đạt", "5 chưa hoàn thành", "0 chưa có số liệu"],
    ],
    [
      "en",
      ["20 achieved", "6 near target", "1 not achieved", "0 without data"],
      ["20 achieved", "2 near target", "5 not achieved", "0 without data"],
    ],
  ] as const)("moves the band counts when it changes (%s)", async (lang, before, after) => {
    const { host, user } = await open(lang);
    await user.click(screen.getByRole("button", { name: TEXT[lang].check }));
    await screen.findByRole("region", { name: TEXT[lang].results });
    expect(bandCounts(lang)).toEqual(before);

    // The sample's one indicator not near at 90 % stands at 78,4 %: still not near at 80 %.
    await enter(user, lang, "near", "80%");
    await apply(user, lang);
    await screen.findByText(TEXT[lang].saved);
    expect(host.judging.get(SHEET)).toEqual({ near: 0.8 });
    expect(facts(lang)[2]).toBe(
      lang === "vi"
        ? "Gần đạt: chưa hoàn thành nhưng đạt từ 80\u00a0% kế hoạch trở lên (6 chỉ tiêu)."
        : "Near target: not achieved but at least 80% of plan (6 indicators).",
    );
    expect(bandCounts(lang)).toEqual(before);

    await enter(user, lang, "near", lang === "vi" ? "0,95" : "0.95");
    await apply(user, lang);
    await waitFor(() => expect(bandCounts(lang)).toEqual(after));
    expect(host.judging.get(SHEET)).toEqual({ near: 0.95 });
    expect(facts(lang)[2]).toMatch(/95\u00a0?%.*\(2 /);
    expect(field(lang, "near").value).toBe("95%");
  });

  it("saves nothing for the default threshold, typed or left empty", async () => {
    const { host, user } = await open("vi");
    const save = vi.spyOn(host, "saveJudging");
    await enter(user, "vi", "near", "");
    await apply(user, "vi");
    await screen.findByText(TEXT.vi.saved);
    expect(save).toHaveBeenLastCalledWith(SHEET, {});
    expect(field("vi", "near").value).toBe("90%");
    expect(within(region("vi")).queryByRole("button", { name: TEXT.vi.reset })).toBeNull();
  });
});

describe("input the pane cannot read", () => {
  it.each([
    [
      "vi",
      "Không đọc được kỳ báo cáo “sắp xong”. Hãy nhập ví dụ 9 tháng, Quý III, 0,75, 75% hoặc “không”.",
      "“120%” không phải ngưỡng hợp lệ: cần một tỷ lệ lớn hơn 0 và không quá 100%, ví dụ 80% hoặc 0,8.",
    ],
    [
      "en",
      "“sắp xong” is not a reporting period ChiTieu can read. Enter e.g. 9 months, Q3, 0.75, 75% or “none”.",
      "“120%” is not a valid threshold: enter a share above 0 and at most 100%, e.g. 80% or 0.8.",
    ],
  ] as const)("says why beside the field and changes nothing (%s)", async (lang, periodError, nearError) => {
    const { host, user } = await open(lang);
    const save = vi.spyOn(host, "saveJudging");
    const shown = facts(lang);

    await enter(user, lang, "period", "sắp xong");
    await enter(user, lang, "near", "120%");
    await apply(user, lang);
    const alerts = within(region(lang))
      .getAllByRole("alert")
      .map((a) => a.textContent);
    expect(alerts).toEqual([periodError, nearError]);
    expect(field(lang, "period").getAttribute("aria-invalid")).toBe("true");
    expect(field(lang, "near").getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(field(lang, "period"));
    expect(save).not.toHaveBeenCalled();
    expect(host.judging.has(SHEET)).toBe(false);
    expect(facts(lang)).toEqual(shown);

    // Correcting a field clears its message; the other stays until it is corrected too.
    await enter(user, lang, "period", lang === "vi" ? "9 tháng" : "9 months");
    expect(
      within(region(lang))
        .getAllByRole("alert")
        .map((a) => a.textContent),
    ).toEqual([nearError]);
    await apply(user, lang);
    expect(document.activeElement).toBe(field(lang, "near"));
    expect(save).not.toHaveBeenCalled();
  });
});
