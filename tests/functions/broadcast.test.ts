import { describe, expect, it } from "vitest";
import { broadcast, type Arguments } from "../../src/functions/broadcast";
import { errorMessage, isFunctionError } from "../../src/functions/evaluate";

const sum = (...values: unknown[]) => values.reduce<number>((total, v) => total + (typeof v === "number" ? v : 0), 0);

describe("broadcast", () => {
  it("gives a position whose cell throws its own #VALUE!, and the other positions their results", () => {
    const fragile = (value: unknown) => {
      if (value === 13) throw new RangeError("Invalid time value");
      return sum(value);
    };
    const [first, broken, last] = broadcast([[[1], [13], [3]]], fragile).map((row) => row[0]);
    expect([first, last]).toEqual([1, 3]);
    if (!isFunctionError(broken)) throw new Error("expected an error for the throwing cell");
    expect(broken.code).toBe("#VALUE!");
    expect(errorMessage(broken, "vi")).toBe("Không tính được ô này (RangeError).");
  });

  it("stretches a single cell over a column and a column across a row", () => {
    expect(broadcast([[[1], [2]], [[10, 20]]], sum)).toEqual([
      [11, 21],
      [12, 22],
    ]);
  });

  it("explains mismatched sizes in the catalogue's words", () => {
    const [[result]] = broadcast(
      [
        [[1], [2]],
        [[1], [2], [3]],
      ],
      sum,
    ) as [[unknown]];
    expect(isFunctionError(result) && errorMessage(result, "vi")).toBe(
      "Các vùng ô có kích thước khác nhau (2×1, 3×1). Dùng các vùng cùng kích thước, hoặc một ô.",
    );
  });

  it("takes at most five arguments, checked when compiling rather than with a message at run time", () => {
    // @ts-expect-error a sixth argument does not fit
    const six: Arguments = [[[1]], [[1]], [[1]], [[1]], [[1]], [[1]]];
    expect(six).toHaveLength(6);
  });
});
