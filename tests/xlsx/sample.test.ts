import { describe, expect, it } from "vitest";
import { programme08WithFaults } from "../../src/samples/programme08";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { DEMO_INPUT } from "../../src/cli/demo";

describe("samples/programme08.xlsx", () => {
  it("is the current Programme 08 sample with its faults (run `npm run samples` after changing it)", async () => {
    const [table, notes] = await readWorkbook(DEMO_INPUT);
    expect(table!.snapshot!.values).toEqual(programme08WithFaults().values);
    expect(notes!.name).toBe("Huong dan");
  });
});
