/**
 * Texts of the CHITIEU.* custom functions: the messages Excel shows in an error's tooltip, and (separately) the
 * Vietnamese function metadata, which the build merges into functions.vi.json. The English metadata is the
 * JSDoc in src/functions/functions.ts, so it stays next to the code it describes.
 */
export const functions = {
  vi: {
    argument: {
      actual: "thực hiện",
      plan: "kế hoạch",
      direction: "chiều đánh giá",
      target: "chỉ tiêu",
      language: "ngôn ngữ",
      text: "văn bản",
      convention: "quy ước số",
      start: "bắt đầu",
      end: "kết thúc",
      asOf: "tính đến",
      near: "ngưỡng gần đạt",
    },
    error: {
      blank: "Ô {{argument}} đang trống.",
      notNumber: "Giá trị {{argument}} “{{value}}” không đọc được thành số.",
      target: "Không đọc được chỉ tiêu “{{value}}”. Hãy viết như 675.000, ≥ 95%, Trên 90% hoặc Dưới 0,5%.",
      perYear:
        "Chỉ tiêu “{{value}}” là mức thay đổi mỗi năm, không phải một mức cần đạt: một số liệu không đánh giá được theo nó. Cần số liệu của ít nhất hai năm; bảng được kiểm tra sẽ đánh giá theo các cột năm.",
      direction:
        "Không hiểu chiều đánh giá “{{value}}”. Dùng “tăng” (càng cao càng tốt) hoặc “giảm” (càng thấp càng tốt).",
      language: "Không hiểu ngôn ngữ “{{value}}”. Dùng “vi” (tiếng Việt) hoặc “en” (tiếng Anh).",
      convention: "Không hiểu quy ước số “{{value}}”. Dùng “vi” (2.975,42) hoặc “en” (2,975.42).",
      zeroPlan: "Kế hoạch bằng 0 nên không tính được tỷ lệ đạt.",
      zeroActual:
        "Chỉ tiêu càng thấp càng tốt có kết quả bằng 0: tỷ lệ đạt không xác định (CHITIEU.STATUS vẫn cho Hoàn thành).",
      negative: "Giá trị {{argument}} âm ({{value}}) nên không tính được tỷ lệ đạt.",
      shape: "Các vùng ô có kích thước khác nhau ({{shapes}}). Dùng các vùng cùng kích thước, hoặc một ô.",
      period: "Kỳ kết thúc ({{end}}) không sau kỳ bắt đầu ({{start}}).",
      periodScale: "Bắt đầu, kết thúc và tính đến phải cùng là năm (2021) hoặc cùng là ngày.",
      notStarted: "Kỳ chưa bắt đầu tại thời điểm tính ({{asOf}}) nên chưa đánh giá được tiến độ.",
      near: "Ngưỡng gần đạt ({{value, num}}) phải là tỷ lệ của chỉ tiêu, lớn hơn 0 và không quá 100\u00a0%, ví dụ 90% hoặc 0,9.",
      paceRate: "Chỉ tiêu tỷ lệ (%) được đánh giá theo mức đạt hiện tại, không theo tiến độ; hãy dùng CHITIEU.STATUS.",
      paceCeiling:
        "Chỉ tiêu càng thấp càng tốt có kế hoạch là mức trần, không phải tổng cần đạt dần, nên không xét tiến độ; hãy dùng CHITIEU.STATUS.",
      percentScale:
        "Chỉ tiêu là tỷ lệ phần trăm nhưng số thực hiện là {{value, num}}: có lẽ đây là {{value, num}}%. Hãy ghi dạng phần trăm ({{value, num}}%) hoặc chia cho 100 ({{fraction, num}}).",
      ambiguous:
        "Giá trị {{argument}} “{{value}}” đọc được hai cách: {{vi, num}} (kiểu Việt Nam, dấu phẩy thập phân) hoặc {{en, num}} (kiểu Anh, dấu chấm thập phân). Hãy nhập số, hoặc dùng CHITIEU.NUMBER(văn bản; “vi”) hay “en”.",
      dateRange:
        "Giá trị {{argument}} ({{value}}) nằm ngoài khoảng ngày Excel dùng được (1/1/1900 đến 31/12/9999, hoặc năm 1900–9999).",
      overflow: "Kết quả quá lớn để biểu diễn thành số (kế hoạch hoặc kết quả quá gần 0 hoặc quá lớn).",
      inputError: "Ô {{argument}} đang có lỗi {{error}}; hãy sửa ô đó trước.",
      unexpected: "Không tính được ô này ({{detail}}).",
    },
  },
  en: {
    argument: {
      actual: "actual",
      plan: "plan",
      direction: "direction",
      target: "target",
      language: "language",
      text: "text",
      convention: "convention",
      start: "start",
      end: "end",
      asOf: "as_of",
      near: "near",
    },
    error: {
      blank: "The {{argument}} cell is blank.",
      notNumber: "The {{argument}} “{{value}}” is not a number.",
      target: "The target “{{value}}” cannot be read. Write it like 675,000, ≥ 95%, Above 90% or Below 0.5%.",
      perYear:
        "The target “{{value}}” is a change a year, not a level to reach: one figure cannot be judged against it. It needs the figures of at least two years; a checked table judges it by its year columns.",
      direction: "The direction “{{value}}” is not understood. Use “higher” (higher is better) or “lower”.",
      language: "The language “{{value}}” is not understood. Use “vi” (Vietnamese) or “en” (English).",
      convention: "The number convention “{{value}}” is not understood. Use “vi” (2.975,42) or “en” (2,975.42).",
      zeroPlan: "The plan is zero, so attainment cannot be computed.",
      zeroActual:
        "A lower-is-better indicator with an actual of zero has no finite attainment (CHITIEU.STATUS still says Achieved).",
      negative: "The {{argument}} is negative ({{value}}), so attainment cannot be computed.",
      shape: "The ranges have different sizes ({{shapes}}). Use ranges of the same size, or single cells.",
      period: "The period's end ({{end}}) is not after its start ({{start}}).",
      periodScale: "Start, end and as_of must all be years (2021) or all be dates.",
      notStarted: "The period has not started at the as-of point ({{asOf}}), so there is no pace yet.",
      near: "The near threshold ({{value, num}}) must be a share of the target above 0 and at most 100%, such as 90% or 0.9.",
      paceRate: "A rate (%) is judged as it stands, not on pace; use CHITIEU.STATUS.",
      paceCeiling:
        "A lower-is-better target is a ceiling, not a sum to reach over time, so it has no pace; use CHITIEU.STATUS.",
      percentScale:
        "The target is a percentage but the actual is {{value, num}}: probably {{value, num}}%. Write it as a percentage ({{value, num}}%) or divide by 100 ({{fraction, num}}).",
      ambiguous:
        "The {{argument}} “{{value}}” reads two ways: {{vi, num}} (Vietnamese style, decimal comma) or {{en, num}} (English style, decimal point). Type it as a number, or use CHITIEU.NUMBER(text, “vi”) or “en”.",
      dateRange:
        "The {{argument}} ({{value}}) is outside the dates Excel can use (1 January 1900 to 31 December 9999, or the years 1900–9999).",
      overflow: "The result is too large to be a number (the plan or the actual is too close to zero or too large).",
      inputError: "The {{argument}} cell holds the error {{error}}; fix that cell first.",
      unexpected: "This cell could not be computed ({{detail}}).",
    },
  },
};

export interface FunctionTextsVi {
  description: string;
  /** Parameter name shown in Excel's formula tooltip (letters, digits and _ only), and its help. */
  parameters: Record<string, { name: string; description: string }>;
}

/** Vietnamese metadata, keyed by function id and by the English parameter name. */
export const functionsMetadataVi: Record<string, FunctionTextsVi> = {
  ATTAINMENT: {
    description:
      "Tỷ lệ đạt so với kế hoạch (1,0674 = 106,74\u00a0%): thực hiện ÷ kế hoạch, hoặc kế hoạch ÷ thực hiện với chỉ tiêu càng thấp càng tốt. Tính được cả cột trong một công thức.",
    parameters: {
      actual: {
        name: "thuc_hien",
        description: "Kết quả thực hiện: số, số dạng văn bản như “720.493”, hoặc một vùng ô.",
      },
      plan: {
        name: "ke_hoach",
        description:
          "Kế hoạch: số, hoặc chỉ tiêu dạng văn bản như “≥ 95%”, “Dưới 0,5%” (xác định luôn chiều đánh giá).",
      },
      direction: {
        name: "chieu",
        description: "Tùy chọn: “tăng” (mặc định, càng cao càng tốt) hoặc “giảm” (càng thấp càng tốt).",
      },
    },
  },
  OVERPLAN: {
    description:
      "Mức vượt kế hoạch (0,0674 = vượt 6,74\u00a0% khi thực hiện 720.493 so với kế hoạch 675.000); bằng 0 khi không vượt kế hoạch.",
    parameters: {
      actual: { name: "thuc_hien", description: "Kết quả thực hiện: số, số dạng văn bản, hoặc một vùng ô." },
      plan: { name: "ke_hoach", description: "Kế hoạch: số, hoặc chỉ tiêu dạng văn bản như “≥ 95%”, “Dưới 0,5%”." },
      direction: {
        name: "chieu",
        description: "Tùy chọn: “tăng” (mặc định, càng cao càng tốt) hoặc “giảm” (càng thấp càng tốt).",
      },
    },
  },
  STATUS: {
    description:
      "Đánh giá “Hoàn thành”, “Gần đạt” (chưa đạt nhưng từ 90\u00a0% chỉ tiêu trở lên) hoặc “Chưa hoàn thành” khi so kết quả với chỉ tiêu như ≥ 95% hay Dưới 0,5%; “Chưa có số liệu” khi ô kết quả trống.",
    parameters: {
      actual: { name: "thuc_hien", description: "Kết quả thực hiện: số, số dạng văn bản, hoặc một vùng ô." },
      target: {
        name: "chi_tieu",
        description:
          "Chỉ tiêu: số (đạt từ mức đó trở lên) hoặc văn bản như “≥ 95%”, “Trên 90%”, “Dưới 0,5%”, “1-1,5%”.",
      },
      language: {
        name: "ngon_ngu",
        description: "Tùy chọn: “vi” hoặc “en”, ngôn ngữ của kết quả; bỏ trống là ngôn ngữ hiển thị của Office.",
      },
      near: {
        name: "nguong_gan_dat",
        description: "Tùy chọn: tỷ lệ của chỉ tiêu từ đó một chỉ tiêu chưa đạt được coi là gần đạt; mặc định 90%.",
      },
    },
  },
  GAP: {
    description:
      "Khoảng cách so với chỉ tiêu: với chỉ tiêu tỷ lệ %, số điểm phần trăm (dương là tốt hơn chỉ tiêu: 0,03\u00a0% so với Dưới 0,5% là 0,47 điểm); với chỉ tiêu khác, phần vượt (dương) hoặc còn thiếu (âm) so với kế hoạch.",
    parameters: {
      actual: { name: "thuc_hien", description: "Kết quả thực hiện: số, số dạng văn bản, hoặc một vùng ô." },
      target: {
        name: "chi_tieu",
        description: "Chỉ tiêu: số (kế hoạch) hoặc văn bản như “≥ 95%”, “Dưới 0,5%”.",
      },
    },
  },
  MET: {
    description:
      "TRUE khi kết quả đạt chỉ tiêu (≥ và ≤ tính cả ngưỡng, > và < thì không), FALSE khi chưa đạt; dùng trong IF và COUNTIF.",
    parameters: {
      actual: { name: "thuc_hien", description: "Kết quả thực hiện: số, số dạng văn bản, hoặc một vùng ô." },
      target: { name: "chi_tieu", description: "Chỉ tiêu: số hoặc văn bản như “≥ 95%”, “Dưới 0,5%”." },
    },
  },
  NUMBER: {
    description:
      "Đọc số được gõ dạng văn bản, kiểu Việt Nam (“2.975,42”, “78,41%” → 0,7841) hoặc kiểu Anh (“2,975.42”).",
    parameters: {
      text: { name: "van_ban", description: "Văn bản cần đọc, hoặc một vùng ô." },
      convention: {
        name: "quy_uoc",
        description:
          "Tùy chọn: “vi” (dấu chấm phân nghìn, dấu phẩy thập phân) hoặc “en”; chỉ dùng khi số có thể hiểu hai cách như “1.234”. Bỏ trống: theo thiết lập số của Excel.",
      },
    },
  },
  PACE: {
    description:
      "Tiến độ so với thời gian: tỷ lệ đạt ÷ phần thời gian đã qua của kỳ. 1 là đúng tiến độ, trên 1 là vượt, dưới 1 là chậm (đạt 60\u00a0% kế hoạch sau 3 trong 5 năm là 1).",
    parameters: {
      actual: { name: "thuc_hien", description: "Kết quả thực hiện lũy kế: số, số dạng văn bản, hoặc một vùng ô." },
      plan: { name: "ke_hoach", description: "Kế hoạch cả kỳ: số, hoặc chỉ tiêu dạng văn bản." },
      start: { name: "bat_dau", description: "Đầu kỳ: năm (2021) hoặc ngày." },
      end: { name: "ket_thuc", description: "Cuối kỳ: năm (2025, tính đến hết năm) hoặc ngày." },
      as_of: {
        name: "tinh_den",
        description: "Tùy chọn: kết quả tính đến năm này (hết năm) hoặc ngày này; bỏ trống là hôm nay.",
      },
    },
  },
};
