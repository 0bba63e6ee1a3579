import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type FormEvent, type JSX } from "react";
import { DEFAULT_NEAR } from "../../core/judge";
import { useActions, usePaneState, useT } from "../pane-context";
import { draftOf, readDraft, type JudgingDraft, type JudgingErrors } from "../state/judging-form";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  reset: { whiteSpace: "normal" },
});

interface Props {
  /** Called once the settings have gone back to automatic: the reset button is gone, so focus needs a new home. */
  onResetDone: () => void;
}

/**
 * The period and threshold as the user types them ("9 tháng", "Quý III", "75%", "không"; "80%"), read the way
 * the command line reads --period and --near. Nothing is saved until both fields read; a field that does not
 * says why beside it and takes focus.
 */
export function JudgingForm({ onResetDone }: Props): JSX.Element {
  const { judging, lang, busy } = usePaneState();
  const actions = useActions();
  const styles = useStyles();
  const t = useT();
  const [draft, setDraft] = useState<JudgingDraft>(() => draftOf(judging, lang));
  const [errors, setErrors] = useState<JudgingErrors>({});
  const periodRef = useRef<HTMLInputElement>(null);
  const nearRef = useRef<HTMLInputElement>(null);
  const resetting = useRef(false);

  // Settings saved anew (applied, reset, another sheet opened) replace what the fields show; a language switch
  // alone does not, so it never throws away what the user is typing.
  useEffect(() => {
    setDraft(draftOf(judging, lang));
    setErrors({});
  }, [judging]);

  useEffect(() => {
    if (busy !== null || !resetting.current) return;
    resetting.current = false;
    onResetDone();
  }, [busy, onResetDone]);

  const edit = (field: keyof JudgingDraft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const read = readDraft(draft);
    if (!read.ok) {
      setErrors(read.errors);
      (read.errors.period ? periodRef : nearRef).current?.focus();
      return;
    }
    setErrors({});
    void actions.changeJudging(read.judging);
  };

  const message = (field: keyof JudgingErrors) => {
    const error = errors[field];
    return error ? { validationState: "error" as const, validationMessage: t(error.key, error.params) } : {};
  };

  return (
    <form className={styles.root} onSubmit={apply} noValidate>
      <Field label={t("ui.judging.periodLabel")} hint={t("ui.judging.periodHint")} {...message("period")}>
        <Input ref={periodRef} value={draft.period} onChange={(_, data) => edit("period", data.value)} />
      </Field>
      <Field
        label={t("ui.judging.nearLabel")}
        hint={t("ui.judging.nearHint", { near: DEFAULT_NEAR })}
        {...message("near")}
      >
        <Input ref={nearRef} value={draft.near} onChange={(_, data) => edit("near", data.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabledFocusable={busy !== null}>
          {t("ui.judging.apply")}
        </Button>
        {Object.keys(judging).length > 0 && (
          <Button
            className={styles.reset}
            disabled={busy !== null}
            onClick={() => {
              resetting.current = true;
              void actions.changeJudging({});
            }}
          >
            {t("ui.judging.reset")}
          </Button>
        )}
      </div>
    </form>
  );
}
