import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../src/core/analyze";
import { issueAddress, issueCells } from "../../src/core/issues";
import { programme08WithFaults } from "../../src/samples/programme08";
import { guessedRates } from "../helpers/guessed-rates";

const guessed = analyzeSheet(guessedRates()).issues.filter((i) => i.code === "percent-scale-guessed");

describe("the cells an issue is about", () => {
  it("are a row's guessed rates side by side, E3:H3, for the one issue listed at E3", () => {
    const insurance = guessed.find((i) => i.cell === "E3")!;
    expect(issueAddress(insurance)).toBe("E3:H3");
    expect(issueCells(insurance)).toEqual([5, 6, 7, 8].map((col) => ({ row: 3, col })));
  });

  it("are the near-poor rates around the year not reported, E4, G4 and H4, without F4", () => {
    const nearPoor = guessed.find((i) => i.cell === "E4")!;
    expect(issueAddress(nearPoor)).toBe("E4, G4, H4");
    expect(issueCells(nearPoor)).toEqual([5, 7, 8].map((col) => ({ row: 4, col })));
  });

  it("are the issue's own cell otherwise: in the faulty sample, all but the notes of its two rows of small rates", () => {
    const issues = analyzeSheet(programme08WithFaults()).issues;
    expect(issues.filter((i) => issueAddress(i) !== i.cell).map(issueAddress)).toEqual(["E11:G11", "E12:G12"]);
    for (const issue of issues.filter((i) => i.code !== "percent-scale-guessed")) {
      expect(issueAddress(issue)).toBe(issue.cell);
      expect(issueCells(issue)).toEqual([{ row: issue.row, col: issue.col }]);
    }
  });
});
