import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type JSX } from "react";
import { meetingParagraph } from "../../core/narrative/write";
import type { SheetAnalysis } from "../../core/types";
import { usePaneState, useT } from "../pane-context";
import { copyText, type CopyOutcome } from "../view/copy-text";
import { section } from "./pane-styles";

const useStyles = makeStyles({
  ...section,
  text: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    userSelect: "text",
    overflowWrap: "anywhere",
  },
  row: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * The meeting paragraph of the checked table, ready to paste into a report, with a button that copies it. Where
 * the clipboard is refused (Excel on the web may deny it to an add-in's frame) the text is selected instead, and the
 * pane says to press Ctrl+C.
 */
export function MeetingParagraph({ analysis }: { analysis: SheetAnalysis }): JSX.Element {
  const { lang } = usePaneState();
  const styles = useStyles();
  const t = useT();
  const textRef = useRef<HTMLParagraphElement>(null);
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);
  const text = useMemo(() => meetingParagraph(analysis, lang), [analysis, lang]);
  useEffect(() => setOutcome(null), [text]);

  return (
    <section className={styles.root} aria-label={t("ui.narrative.heading")}>
      <h2 className={styles.heading}>{t("ui.narrative.heading")}</h2>
      <p ref={textRef} className={styles.text} lang={lang}>
        {text}
      </p>
      <div className={styles.row}>
        <Button onClick={() => void copyText(text, textRef.current).then(setOutcome)}>{t("ui.narrative.copy")}</Button>
        <Text aria-live="polite">{outcome ? t(`ui.narrative.${outcome}`) : ""}</Text>
      </div>
    </section>
  );
}
