/** How far an indicator stands from its plan, in the words of a meeting (src/core/gap-text.ts). */
export const gap = {
  vi: {
    points: "{{sign}}{{value}} điểm %",
    over: "vượt {{value}} %",
    short: "còn thiếu {{value}} %",
    onTarget: "bằng chỉ tiêu",
    onPlan: "đạt đúng kế hoạch",
  },
  en: {
    points: "{{sign}}{{value}} points",
    over: "{{value}}% over plan",
    short: "{{value}}% short of plan",
    onTarget: "at target",
    onPlan: "exactly on plan",
  },
};
