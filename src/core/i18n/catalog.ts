/**
 * The one message catalogue: every user-facing text in Vietnamese and English.
 * Each area keeps its messages in its own file under messages/; each validation rule carries its own
 * messages (src/core/rules), gathered here under `issues.<code>`.
 */
import { ALL_RULES } from "../rules";
import { cli } from "./messages/cli";
import { cliRun } from "./messages/cli-run";
import { common } from "./messages/common";
import { consolidate } from "./messages/consolidate";
import { conclusions } from "./messages/conclusions";
import { excel } from "./messages/excel";
import { findings } from "./messages/findings";
import { functions } from "./messages/functions";
import { narrative } from "./messages/narrative";
import { reader } from "./messages/reader";
import { summary } from "./messages/summary";
import { ui } from "./messages/ui";

type Messages = { [key: string]: string | Messages };

/** Why a result column was chosen, for the result-column-chosen message. */
const why = {
  vi: {
    cumulative: "cột lũy kế",
    latest: "kỳ gần nhất",
    only: "cột duy nhất",
    mapping: "do người dùng chọn",
    none: "",
  },
  en: {
    cumulative: "the cumulative column",
    latest: "the latest period",
    only: "the only one",
    mapping: "chosen by the user",
    none: "",
  },
};

/** How a cumulative figure relates to the years, for the cumulative-mismatch message. */
const relation = {
  vi: {
    sum: "tổng các năm {{years}} là",
    latest: "số năm {{last}} là",
    average: "trung bình các năm {{years}} là",
  },
  en: {
    sum: "the years {{years}} add up to",
    latest: "{{last}} shows",
    average: "the years {{years}} average",
  },
};

/** Rule titles, `rules.<code>`. */
const rules = {
  vi: Object.fromEntries(ALL_RULES.map((r) => [r.code, r.title.vi])),
  en: Object.fromEntries(ALL_RULES.map((r) => [r.code, r.title.en])),
};

const issues = {
  vi: { ...Object.fromEntries(ALL_RULES.map((r) => [r.code, r.messages.vi])), why: why.vi, relation: relation.vi },
  en: { ...Object.fromEntries(ALL_RULES.map((r) => [r.code, r.messages.en])), why: why.en, relation: relation.en },
};

const parts: Record<string, { vi: Messages; en: Messages }> = {
  issues,
  rules,
  common,
  conclusions,
  summary,
  ui,
  functions,
  cli,
  cliRun,
  consolidate,
  excel,
  reader,
  narrative,
  findings,
};

function pick(lang: "vi" | "en"): Messages {
  const out: Messages = {};
  for (const [ns, messages] of Object.entries(parts)) out[ns] = messages[lang];
  return out;
}

export const catalog = { vi: pick("vi"), en: pick("en") };
