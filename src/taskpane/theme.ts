import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The parts of Office.context.officeTheme the pane looks at; undefined where Office gives no theme. */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

/**
 * The Fluent theme matching Office's. Excel does not set `isDarkTheme` everywhere, so the body background's
 * lightness decides when it is missing.
 */
export function themeForOffice(office: OfficeThemeColors | undefined): Theme {
  if (typeof office?.isDarkTheme === "boolean") return office.isDarkTheme ? webDarkTheme : webLightTheme;
  const luminance = relativeLuminance(office?.bodyBackgroundColor);
  return luminance !== null && luminance < 0.4 ? webDarkTheme : webLightTheme;
}

function relativeLuminance(color: string | undefined): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(color?.trim() ?? "");
  if (!m?.[1]) return null;
  const rgb = [0, 2, 4].map((i) => parseInt(m[1]!.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = rgb.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
