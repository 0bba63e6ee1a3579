import { Badge, Button, Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import { useEffect, useRef, type JSX } from "react";
import { ROLES, type Role } from "../../core/types";
import { useActions, usePaneState, useT } from "../pane-context";
import type { ColumnOption } from "../view/column-options";
import { columnLabel, optionLabel } from "../view/column-label";

/** The option meaning "no choice saved, use detection"; column letters are upper case, so it cannot clash. */
const AUTOMATIC = "auto";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  label: { display: "inline-flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  // Sized to its text: squeezed by the label beside it, the text would spill out of the pill.
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  // Fluent's dropdown is at least 250 px wide; in a 320 px pane it must fit the column and wrap its text instead.
  dropdown: { minWidth: 0, width: "100%" },
  button: { whiteSpace: "normal", overflowWrap: "anywhere" },
  reset: { alignSelf: "flex-start" },
});

interface Props {
  options: ColumnOption[];
  /** Called once the mapping has gone back to detection: the reset button is gone, so focus needs a new home. */
  onResetDone: () => void;
}

/**
 * One box per role: "automatic" (showing what was detected) or a column the user picks. A listbox rather than a
 * native select: a closed native select changes its value (and would save) on every arrow key, and cannot wrap the
 * long headers that tell result columns apart.
 */
export function RoleMapping({ options, onResetDone }: Props): JSX.Element {
  const { analysis, mapping, busy, snapshot } = usePaneState();
  const actions = useActions();
  const styles = useStyles();
  const t = useT();
  const resetting = useRef(false);
  const table = analysis?.table ?? null;
  const disabled = busy !== null || !snapshot;

  useEffect(() => {
    if (busy !== null || !resetting.current) return;
    resetting.current = false;
    onResetDone();
  }, [busy, onResetDone]);

  const automatic = (role: Role): string => {
    if (mapping[role]) return t("ui.table.autoPlain");
    const col = table?.columns[role];
    return col ? t("ui.table.auto", { column: columnLabel(t, options, col) }) : t("ui.table.autoNone");
  };
  const shown = (role: Role): string => {
    const letter = mapping[role];
    return letter
      ? optionLabel(t, options.find((o) => o.letter === letter) ?? { letter, header: "" })
      : automatic(role);
  };

  return (
    <div className={styles.root}>
      {ROLES.map((role) => (
        <Field
          key={role}
          label={{
            children: (
              <span className={styles.label}>
                {t(`common.role.${role}`)}
                {mapping[role] && (
                  <Badge className={styles.badge} appearance="tint" color="informative">
                    {t("ui.table.mapped")}
                  </Badge>
                )}
              </span>
            ),
          }}
        >
          <Dropdown
            className={styles.dropdown}
            button={{ className: styles.button }}
            value={shown(role)}
            selectedOptions={[mapping[role] ?? AUTOMATIC]}
            disabled={disabled}
            onOptionSelect={(_, data) => {
              const next = data.optionValue === AUTOMATIC ? null : (data.optionValue ?? null);
              if (next !== (mapping[role] ?? null)) void actions.changeRole(role, next);
            }}
          >
            <Option value={AUTOMATIC} text={automatic(role)}>
              {automatic(role)}
            </Option>
            {options.map((o) => (
              <Option key={o.letter} value={o.letter}>
                {optionLabel(t, o)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ))}
      {Object.keys(mapping).length > 0 && (
        <Button
          className={styles.reset}
          disabled={disabled}
          onClick={() => {
            resetting.current = true;
            void actions.resetMapping();
          }}
        >
          {t("ui.table.reset")}
        </Button>
      )}
    </div>
  );
}
