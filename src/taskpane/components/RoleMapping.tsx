import { Badge, Button, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { JSX } from "react";
import { ROLES, type Role } from "../../core/types";
import { useActions, usePaneState, useT } from "../pane-context";
import type { ColumnOption } from "../view/column-options";
import { columnLabel, optionLabel } from "../view/column-label";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // Fluent's horizontal field lets a long option widen the select past the pane; keep it inside.
  field: { gridTemplateColumns: "minmax(0, 38%) minmax(0, 1fr)" },
  label: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  reset: { alignSelf: "flex-start" },
});

interface Props {
  options: ColumnOption[];
}

/** One dropdown per role: "automatic" (showing what was detected) or a column the user picks. */
export function RoleMapping({ options }: Props): JSX.Element {
  const { analysis, mapping, busy, snapshot } = usePaneState();
  const actions = useActions();
  const styles = useStyles();
  const t = useT();
  const table = analysis?.table ?? null;
  const disabled = busy !== null || !snapshot;

  const automatic = (role: Role): string => {
    if (mapping[role]) return t("ui.table.autoPlain");
    const col = table?.columns[role];
    return col ? t("ui.table.auto", { column: columnLabel(t, options, col) }) : t("ui.table.autoNone");
  };

  return (
    <div className={styles.root}>
      {ROLES.map((role) => (
        <Field
          key={role}
          className={styles.field}
          orientation="horizontal"
          label={{
            children: (
              <span className={styles.label}>
                {t(`common.role.${role}`)}
                {mapping[role] && (
                  <Badge size="small" appearance="tint" color="informative">
                    {t("ui.table.mapped")}
                  </Badge>
                )}
              </span>
            ),
          }}
        >
          <Select
            value={mapping[role] ?? ""}
            disabled={disabled}
            onChange={(_, data) => void actions.changeRole(role, data.value || null)}
          >
            <option value="">{automatic(role)}</option>
            {options.map((o) => (
              <option key={o.letter} value={o.letter}>
                {optionLabel(t, o)}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      {Object.keys(mapping).length > 0 && (
        <Button className={styles.reset} disabled={disabled} onClick={() => void actions.resetMapping()}>
          {t("ui.table.reset")}
        </Button>
      )}
    </div>
  );
}
