import type { Severity } from "../../core/types";

export function severityColor(severity: Severity): "danger" | "warning" | "informative" {
  return severity === "error" ? "danger" : severity === "warning" ? "warning" : "informative";
}
