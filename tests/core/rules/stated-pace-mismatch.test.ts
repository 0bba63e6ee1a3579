import { describe, expect, it } from "vitest";
import { check } from "../../helpers/rules";
import { issueMessage } from "../../../src/core/issues";
import { VI_HEADER } from "../../helpers/table";
import type { CellValue } from "../../../src/core/snapshot";

const COMMUNES = "Số xã, phường, thị trấn có mô hình hỗ trợ người sau cai nghiện dựa vào cộng đồng";
const ENROLMENT = "Tuyển sinh giáo dục nghề nghiệp";

/** A table of a year's plan and the results of `period`: 9 months leave 75 % of the year gone. */
function checkPeriod(code: string, rows: CellValue[][], period = "Thực hiện 9 tháng năm 2024") {
  const header = [...VI_HEADER];
  header[3] = "Kế hoạch năm 2024";
  header[4] = period;
  return check(code, rows, {}, header);
}

describe("stated-pace-mismatch", () => {
  it("reads 'Vượt tiến độ' as a pace, not as 'achieved': 454 of 579 communes after 9 months is ahead", () => {
    const rows = [["1", COMMUNES, "xã", 579, 454, null, "Vượt tiến độ"]];
    expect(checkPeriod("stated-status-mismatch", rows).issues).toEqual([]);
    const r = checkPeriod("stated-pace-mismatch", rows);
    expect(r.issues).toEqual([]);
    expect(r.analysis.indicators[0]).toMatchObject({ status: "not_achieved", statedStatus: null, pace: "on_track" });
  });

  it("warns at the status cell when the stated pace contradicts the figures", () => {
    const r = checkPeriod("stated-pace-mismatch", [
      ["1", COMMUNES, "xã", 579, 454, null, "Chậm tiến độ"],
      ["2", ENROLMENT, "lượt người", 230000, 150000, null, "Đúng tiến độ"],
    ]);
    expect(r.cells).toEqual(["G2", "G3"]);
    expect(r.issues.map((i) => i.severity)).toEqual(["warning", "warning"]);
    expect(issueMessage(r.issues[0]!, "vi")).toBe(
      `Ô G2 ghi "Chậm tiến độ" nhưng chỉ tiêu "${COMMUNES}" đạt 78,4\u00a0% kế hoạch khi đã qua 75\u00a0% thời gian kế hoạch, tức là "Đúng tiến độ".`,
    );
    expect(issueMessage(r.issues[1]!, "en")).toBe(
      `Cell G3 says "Đúng tiến độ" but "${ENROLMENT}" is at 65.2% of plan with 75% of the plan period elapsed, which is "Behind schedule".`,
    );
  });

  it("reads English paces and a pace stated beside a status", () => {
    const r = checkPeriod("stated-pace-mismatch", [
      ["1", COMMUNES, "xã", 579, 454, null, "Ahead of schedule"],
      ["2", COMMUNES, "xã", 579, 454, null, "Behind schedule"],
      ["3", ENROLMENT, "lượt người", 230000, 150000, null, "On track"],
      ["4", ENROLMENT, "lượt người", 230000, 150000, null, "Chưa hoàn thành, chậm tiến độ"],
      ["5", ENROLMENT, "lượt người", 230000, 150000, null, "Không đạt tiến độ"],
    ]);
    expect(r.cells).toEqual(["G3", "G4"]);
    expect(r.analysis.indicators.map((i) => i.statedStatus)).toEqual([null, null, null, "not_achieved", null]);
  });

  it("says nothing of a pace where the figures give none: a whole year, or a rate", () => {
    const year = checkPeriod(
      "stated-pace-mismatch",
      [["1", ENROLMENT, "lượt người", 230000, 150000, null, "Vượt tiến độ"]],
      "Ước thực hiện cả năm 2024",
    );
    expect(year.issues).toEqual([]);
    expect(year.analysis.issues.filter((i) => i.code === "stated-status-mismatch")).toEqual([]);
    const rate = checkPeriod("stated-pace-mismatch", [
      ["1", "Tỷ lệ bao phủ bảo hiểm y tế", "%", "95%", 0.85, null, "Đúng tiến độ"],
    ]);
    expect(rate.issues).toEqual([]);
  });

  it("says nothing of a pace stated beside a quarter's own figures, which are paced against nothing", () => {
    // The third quarter alone of a year plan (the seed's 2021-2023 figures scaled to a year): about a quarter of
    // each plan, which the same cells read as the nine months to date would put behind.
    const rows = [
      ["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 225000, 58000, 25.78, "Chậm tiến độ"],
      ["2", "Số người đi làm việc ở nước ngoài theo hợp đồng", "người", 4000, 1150, 28.75, "Vượt tiến độ"],
      ["3", "Số phiên giao dịch việc làm", "phiên", 230, 60, 26.09, "Vượt tiến độ"],
    ];
    const quarter = checkPeriod("stated-pace-mismatch", rows, "Quý III/2024");
    expect(quarter.analysis.period).toMatchObject({ elapsed: 0.75, quarterOnly: true });
    expect(quarter.issues).toEqual([]);
    expect(quarter.analysis.indicators.map((i) => [i.pace, i.statedStatus])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(quarter.analysis.issues.map((i) => i.code)).toEqual(["period-found"]);
    const nineMonths = checkPeriod("stated-pace-mismatch", rows, "Lũy kế 9 tháng năm 2024");
    expect(nineMonths.cells).toEqual(["G3", "G4"]);
  });

  it("keeps 'Vượt kế hoạch' and 'Hoàn thành vượt' as achieved", () => {
    const r = checkPeriod("stated-status-mismatch", [
      ["1", ENROLMENT, "lượt người", 230000, 150000, null, "Vượt kế hoạch"],
      ["2", ENROLMENT, "lượt người", 230000, 150000, null, "Hoàn thành vượt"],
    ]);
    expect(r.cells).toEqual(["G2", "G3"]);
  });
});
