import type { Band } from "../../core/types";

/** Fluent's badge colours for the four bands: the summary sheet's green, amber, red and grey. */
export function bandColor(band: Band): "success" | "warning" | "danger" | "informative" {
  switch (band) {
    case "achieved":
      return "success";
    case "near":
      return "warning";
    case "not_achieved":
      return "danger";
    case "no_data":
      return "informative";
  }
}
