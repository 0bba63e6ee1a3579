import { describe, expect, it } from "vitest";
import { check } from "../../helpers/rules";
import { issueMessage } from "../../../src/core/issues";

describe("stated-percent-mismatch", () => {
  it("accepts display rounding: 106,7 % for 106,74 %", () => {
    expect(
      check("stated-percent-mismatch", [["1", "GDNN", "người", 675000, 720493, 1.067]], { F2: "0.0%" }).issues,
    ).toEqual([]);
    expect(check("stated-percent-mismatch", [["1", "GDNN", "người", 675000, 720493, "106,7%"]]).issues).toEqual([]);
    expect(check("stated-percent-mismatch", [["1", "GDNN", "người", 675000, 720493, 106.7]]).issues).toEqual([]);
  });
  it("flags a stated percent beyond rounding, with both figures in the reader's language", () => {
    const r = check("stated-percent-mismatch", [["1", "GDNN", "người", 675000, 720493, 1.08]], { F2: "0.0%" });
    expect(r.cells).toEqual(["F2"]);
    expect(issueMessage(r.issues[0]!, "vi")).toContain("106,74\u00a0%");
    expect(issueMessage(r.issues[0]!, "en")).toContain("106.74%");
  });
});

describe("stated-status-mismatch", () => {
  it("flags 'Hoàn thành' on an indicator below plan", () => {
    const r = check("stated-status-mismatch", [["1", "Mô hình sau cai nghiện", "xã", 579, 454, 0.7841, "Hoàn thành"]]);
    expect(r.cells).toEqual(["G2"]);
    expect(issueMessage(r.issues[0]!, "vi")).toContain("Chưa hoàn thành");
  });
  it("agrees with 'Chưa hoàn thành' and with 'Hoàn thành vượt mức'", () => {
    expect(check("stated-status-mismatch", [["1", "A", "xã", 579, 454, null, "Chưa hoàn thành"]]).issues).toEqual([]);
    expect(check("stated-status-mismatch", [["1", "A", "xã", 579, 600, null, "Hoàn thành vượt mức"]]).issues).toEqual(
      [],
    );
  });
  it("follows strict comparators: 0,5 % is not 'Dưới 0,5%'", () => {
    const r = check("stated-status-mismatch", [["1", "Tỷ lệ hộ nghèo", "%", "Dưới 0,5%", 0.5, null, "Hoàn thành"]]);
    expect(r.cells).toEqual(["G2"]);
  });
  it("gives the figures in the reader's format, a worded target with its comparator", () => {
    const count = check("stated-status-mismatch", [
      ["1", "Tuyển sinh GDNN", "lượt người", 675000, 620493, null, "Đạt"],
    ]);
    expect(issueMessage(count.issues[0]!, "vi")).toContain(
      "(thực hiện 620.493 lượt người so với chỉ tiêu 675.000 lượt người)",
    );
    expect(issueMessage(count.issues[0]!, "en")).toContain(
      "(actual 620,493 lượt người against target 675,000 lượt người)",
    );
    const rate = check("stated-status-mismatch", [
      ["1", "Tỷ lệ hộ nghèo", "%", "Dưới 0,5%", "0,62%", null, "Hoàn thành"],
      ["2", "Tỷ lệ bao phủ bảo hiểm y tế", "%", 99.5, 98.9, null, "Hoàn thành"],
    ]);
    expect(issueMessage(rate.issues[0]!, "vi")).toContain("(thực hiện 0,62% so với chỉ tiêu < 0,5%)");
    expect(issueMessage(rate.issues[1]!, "en")).toContain("(actual 98.9% against target 99.5%)");
  });
});

describe("duplicate-number", () => {
  it("flags a repeated number within a section only", () => {
    const rows = [
      ["I", "NHÓM A"],
      ["1", "A1", "người", 1, 1],
      ["1", "A2", "người", 1, 1],
      ["II", "NHÓM B"],
      ["1", "B1", "người", 1, 1],
    ];
    expect(check("duplicate-number", rows).cells).toEqual(["A4"]);
  });
});

describe("total-mismatch", () => {
  it("flags a total that disagrees with the sum above it", () => {
    const rows = [
      ["1", "Quận Ba Đình", "người", 100, 120],
      ["2", "Quận Hoàn Kiếm", "người", 200, 210],
      [null, "Tổng cộng", null, 300, 340],
    ];
    const r = check("total-mismatch", rows);
    expect(r.cells).toEqual(["E4"]);
    expect(r.analysis.indicators).toHaveLength(2);
    expect(issueMessage(r.issues[0]!, "vi")).toContain("330");
  });
});

describe("ambiguous-column", () => {
  it("a clean table produces no error and no warning", () => {
    const r = check("ambiguous-column", [["1", "Số phiên", "phiên", 600, 681, 1.135, "Hoàn thành"]]);
    expect(r.analysis.issues).toEqual([]);
  });
});
