import { Button, Caption1, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { JSX } from "react";
import { useActions, usePaneState, useT } from "../pane-context";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
  note: { color: tokens.colorNeutralForeground3 },
});

export function SheetPicker(): JSX.Element {
  const { sheets, sheet, busy } = usePaneState();
  const actions = useActions();
  const styles = useStyles();
  const t = useT();
  const current = sheets.find((s) => s.name === sheet);
  return (
    <div>
      <div className={styles.row}>
        <Field className={styles.field} label={t("ui.sheet.label")}>
          <Select
            value={sheet ?? ""}
            disabled={busy !== null || sheets.length === 0}
            onChange={(_, data) => void actions.selectSheet(data.value)}
          >
            {sheets.map((s) => (
              <option key={s.name} value={s.name}>
                {s.protected ? t("ui.sheet.protected", { name: s.name }) : s.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          disabled={busy !== null}
          aria-label={t("ui.sheet.refreshLabel")}
          title={t("ui.sheet.refreshLabel")}
          onClick={() => void actions.refreshSheets()}
        >
          {t("ui.sheet.refresh")}
        </Button>
      </div>
      {current?.protected && <Caption1 className={styles.note}>{t("ui.sheet.protectedNote")}</Caption1>}
    </div>
  );
}
