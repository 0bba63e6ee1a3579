import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { JSX } from "react";
import type { Fix } from "../../core/types";
import { usePaneState, useT } from "../pane-context";
import { fixValueText } from "../view/fix-value";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

interface Props {
  /** The fixes to confirm; null keeps the dialog closed. */
  fixes: Fix[] | null;
  onConfirm: (fixes: Fix[]) => void;
  onCancel: () => void;
}

/** Shows every change (cell, text now, number after) before anything is written. */
export function FixDialog({ fixes, onConfirm, onCancel }: Props): JSX.Element {
  const styles = useStyles();
  const t = useT();
  const { lang } = usePaneState();
  return (
    <Dialog open={fixes !== null} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("ui.fix.title")}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>{t("ui.fix.intro")}</Text>
            <Table size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t("ui.fix.cell")}</TableHeaderCell>
                  <TableHeaderCell>{t("ui.fix.before")}</TableHeaderCell>
                  <TableHeaderCell>{t("ui.fix.after")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {(fixes ?? []).map((fix) => (
                  <TableRow key={fix.cell}>
                    <TableCell className={styles.mono}>{fix.cell}</TableCell>
                    <TableCell className={styles.mono}>“{fix.before}”</TableCell>
                    <TableCell className={styles.mono}>
                      {t("ui.fix.value", fixValueText(fix.value, fix.format?.includes("%") ?? false, lang))}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </DialogContent>
          <DialogActions>
            <Button onClick={onCancel}>{t("ui.fix.cancel")}</Button>
            <Button appearance="primary" onClick={() => fixes && onConfirm(fixes)}>
              {t("ui.fix.confirm")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
