/**
 * Style rules several pane sections share, spread into each one's makeStyles, so the sections line up and a
 * change of spacing reaches all of them.
 */
import { tokens, typographyStyles } from "@fluentui/react-components";

/** A section: its heading and a column of parts. */
export const section = {
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
} as const;

/** A bulleted list of facts about the table. */
export const facts = {
  margin: 0,
  paddingLeft: tokens.spacingHorizontalL,
  display: "flex",
  flexDirection: "column",
  rowGap: tokens.spacingVerticalXXS,
} as const;

/** A plain list of clickable rows (issues, indicators). */
export const plainList = {
  listStyleType: "none",
  margin: 0,
  padding: 0,
  display: "flex",
  flexDirection: "column",
  rowGap: tokens.spacingVerticalXXS,
} as const;

/** A row button that reads as a line of text: left-aligned, wrapping, regular weight. */
export const rowButton = {
  width: "100%",
  minWidth: 0,
  height: "auto",
  justifyContent: "flex-start",
  alignItems: "baseline",
  columnGap: tokens.spacingHorizontalS,
  textAlign: "left",
  fontWeight: tokens.fontWeightRegular,
  paddingTop: tokens.spacingVerticalXS,
  paddingBottom: tokens.spacingVerticalXS,
} as const;
