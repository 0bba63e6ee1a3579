import { describe, expect, it } from "vitest";
import { check } from "../../helpers/rules";
import { issueMessage } from "../../../src/core/issues";
import { VI_HEADER } from "../../helpers/table";

const ROW = [["1", "Tuyển sinh giáo dục nghề nghiệp", "người", 225000, 172000]];

function withHeaders(plan: string, actual: string) {
  const header = [...VI_HEADER];
  header[3] = plan;
  header[4] = actual;
  return check("period-found", ROW, {}, header);
}

describe("period-found", () => {
  it("says at the result header which period it read and what share of the plan that is", () => {
    const r = withHeaders("Kế hoạch năm 2024", "Thực hiện 9 tháng");
    expect(r.cells).toEqual(["E1"]);
    expect(issueMessage(r.issues[0]!, "vi")).toBe(
      'Kỳ báo cáo đọc từ ô E1: "Thực hiện 9 tháng", đã qua 75\u00a0% thời gian kế hoạch; chỉ tiêu cộng dồn (số lượng, kinh phí) được xét tiến độ theo tỷ lệ này. Nếu sai, hãy sửa kỳ báo cáo.',
    );
    expect(issueMessage(r.issues[0]!, "en")).toContain('"Thực hiện 9 tháng", 75% of the plan period');
  });

  it("says a whole period has no pace", () => {
    const r = withHeaders("Kế hoạch năm 2024", "Ước thực hiện cả năm");
    expect(r.issues[0]!.params).toMatchObject({ elapsed: 1, kind: "full" });
    expect(issueMessage(r.issues[0]!, "vi")).toContain("trọn kỳ kế hoạch nên không xét tiến độ");
    expect(issueMessage(r.issues[0]!, "en")).toContain("so there is no pace");
  });

  it("says at the header that a single quarter's figures are read as its own and not paced against the plan", () => {
    const r = withHeaders("Kế hoạch năm 2024", "Thực hiện Quý III/2024");
    expect(r.cells).toEqual(["E1"]);
    expect(r.issues[0]!.params).toMatchObject({ elapsed: 0.75, kind: "quarter" });
    expect(issueMessage(r.issues[0]!, "vi")).toBe(
      'Kỳ báo cáo đọc từ ô E1: "Thực hiện Quý III/2024", số liệu được đọc là của riêng quý này, không lũy kế từ đầu năm, nên không so với tiến độ kế hoạch. Nếu sai, hãy sửa kỳ báo cáo.',
    );
    expect(issueMessage(r.issues[0]!, "en")).toBe(
      "Reporting period read from cell E1: \"Thực hiện Quý III/2024\", figures read as this quarter's own, not cumulated from the start of the year, so not compared with the plan's pace. If that is wrong, correct the period.",
    );
    // The cumulative heading of the same quarter keeps its share.
    expect(withHeaders("Kế hoạch năm 2024", "Lũy kế đến hết Quý III/2024").issues[0]!.params).toMatchObject({
      kind: "partial",
    });
  });

  it("stays silent when the table names no period", () => {
    expect(withHeaders("Kế hoạch", "Thực hiện").issues).toEqual([]);
  });
});
