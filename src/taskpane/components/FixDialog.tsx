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
  // The body font, which has every Vietnamese letter; figures of equal width keep the columns easy to compare.
  figures: { fontVariantNumeric: "tabular-nums" },
});

interface Props {
  /** The fixes to confirm; null keeps the dialog closed. */
  fixes: Fix[] | null;
  onConfirm: (fixes: Fix[]) => void;
  onCancel: () => void;
  /** Called once the dialog has finished closing and released focus, so the caller can put focus back. */
  onClosed: () => void;
}

/**
 * Shows every change before anything is written: the cell, its text as the user typed it ("720.493") and the number
 * it becomes, written the pane reader's way.
 */
export function FixDialog({ fixes, onConfirm, onCancel, onClosed }: Props): JSX.Element {
  const styles = useStyles();
  const t = useT();
  const { lang } = usePaneState();
  return (
    <Dialog
      open={fixes !== null}
      modalType="alert"
      onOpenChange={(_, data) => !data.open && onCancel()}
      surfaceMotion={{ onMotionFinish: (_, { direction }) => direction === "exit" && onClosed() }}
    >
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
                    <TableCell>{fix.cell}</TableCell>
                    <TableCell className={styles.figures}>“{fix.before}”</TableCell>
                    <TableCell className={styles.figures}>
                      {fixValueText(fix.value, fix.format?.includes("%") ?? false, lang)}
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
