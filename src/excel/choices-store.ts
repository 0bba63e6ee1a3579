import type { SavedChoices } from "../host/saved-choices";
import { loadJudging } from "./judging-store";
import { loadMapping } from "./mapping-store";

/** Both of a sheet's saved choices in one sync: every analysis of a sheet starts with them. */
export async function readChoices(context: Excel.RequestContext, sheet: string): Promise<SavedChoices> {
  const mapping = loadMapping(context, sheet);
  const judging = loadJudging(context, sheet);
  await context.sync();
  return { mapping: mapping() ?? {}, judging: judging() ?? {} };
}
