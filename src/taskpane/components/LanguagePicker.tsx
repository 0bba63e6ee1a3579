import { Select } from "@fluentui/react-components";
import type { JSX } from "react";
import type { Lang } from "../../core/types";
import { useActions, usePaneState, useT } from "../pane-context";

const LANGS: Lang[] = ["vi", "en"];

export function LanguagePicker(): JSX.Element {
  const { lang } = usePaneState();
  const actions = useActions();
  const t = useT();
  return (
    <Select
      size="small"
      aria-label={t("ui.language.label")}
      value={lang}
      onChange={(_, data) => actions.setLanguage(data.value === "en" ? "en" : "vi")}
    >
      {LANGS.map((l) => (
        <option key={l} value={l} lang={l}>
          {t(`ui.language.${l}`)}
        </option>
      ))}
    </Select>
  );
}
