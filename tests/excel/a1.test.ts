import { areaAddress, packCells, parseAreas, quoteSheet } from "../../src/excel/a1";

describe("A1 addresses as Excel writes them", () => {
  it("parses sheet-prefixed, anchored, whole-row and whole-column areas", () => {
    expect(parseAreas("'Bieu 01'!$A$1:$D$1, 'Bieu 01'!F3")).toEqual([
      { top: 1, left: 1, bottom: 1, right: 4 },
      { top: 3, left: 6, bottom: 3, right: 6 },
    ]);
    expect(parseAreas("Sheet1!5:9")).toEqual([{ top: 5, left: 1, bottom: 9, right: 16384 }]);
    expect(parseAreas("B:C")).toEqual([{ top: 1, left: 2, bottom: 1048576, right: 3 }]);
  });

  it("reads sheet names with commas and quotes", () => {
    expect(parseAreas("'Quận 1, 2''s'!A1:B2,'Quận 1, 2''s'!C3")).toHaveLength(2);
    expect(quoteSheet("Quận 1, 2's")).toBe("'Quận 1, 2''s'");
    expect(quoteSheet("Sheet1")).toBe("Sheet1");
  });

  it("rejects text that is not an address", () => {
    expect(() => parseAreas("A1,Tổng hợp")).toThrow(
      expect.objectContaining({ messageKey: "excel.errors.invalidAddress", params: { address: "Tổng hợp" } }),
    );
  });

  it("packs cells into column runs and address lists of bounded length", () => {
    const cells = [9, 10, 11, 15].map((row) => ({ row, col: 7 })).concat([{ row: 2, col: 1 }]);
    expect(packCells(cells, 2000)).toEqual(["A2,G9:G11,G15"]);
    const many = Array.from({ length: 1000 }, (_, i) => ({ row: 2 * i + 1, col: 3 }));
    const lists = packCells(many, 200);
    expect(lists.every((l) => l.length <= 200)).toBe(true);
    expect(lists.flatMap((l) => l.split(","))).toHaveLength(1000);
    expect(areaAddress({ top: 1, left: 1, bottom: 1048576, right: 2 })).toBe("A:B");
  });
});
