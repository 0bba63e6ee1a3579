import { hasMessage, type MessageParams } from "../core/i18n";
import { HostError } from "./workbook-host";

/**
 * What the task pane and the ribbon tell the user about a failure. Host errors carry their own catalogue key;
 * anything else (a bug, an engine exception) is shown with its text rather than hidden in the console.
 */
export function errorMessage(error: unknown): { key: string; params: MessageParams } {
  if (error instanceof HostError && hasMessage(error.messageKey)) {
    return { key: error.messageKey, params: error.params };
  }
  return { key: "ui.error.unexpected", params: { detail: describe(error) } };
}

/** A host error whose key the catalogue lacks still shows everything it carries. */
function describe(error: unknown): string {
  if (error instanceof HostError) {
    const params = Object.entries(error.params).map(([name, value]) => `${name}: ${value}`);
    return params.length > 0 ? `${error.messageKey} (${params.join("; ")})` : error.messageKey;
  }
  return error instanceof Error ? error.message : String(error);
}
