export const common = {
  vi: {
    status: { achieved: "Hoàn thành", not_achieved: "Chưa hoàn thành", no_data: "Chưa có số liệu" },
    severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
    direction: { higher: "Càng cao càng tốt", lower: "Càng thấp càng tốt" },
    role: {
      number: "STT",
      name: "Chỉ tiêu",
      unit: "Đơn vị tính",
      plan: "Kế hoạch / chỉ tiêu",
      actual: "Thực hiện",
      statedPercent: "Tỷ lệ % so với KH",
      statedStatus: "Đánh giá",
      lead: "Cơ quan chủ trì",
      remarks: "Ghi chú",
    },
  },
  en: {
    status: { achieved: "Achieved", not_achieved: "Not achieved", no_data: "No data" },
    severity: { error: "Error", warning: "Warning", info: "Info" },
    direction: { higher: "Higher is better", lower: "Lower is better" },
    role: {
      number: "No.",
      name: "Indicator",
      unit: "Unit",
      plan: "Plan / target",
      actual: "Actual",
      statedPercent: "Stated % of plan",
      statedStatus: "Stated status",
      lead: "Lead agency",
      remarks: "Remarks",
    },
  },
};
