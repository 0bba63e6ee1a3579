/** How far an indicator stands from its plan, in the words of a meeting (src/core/gap-text.ts). */
export const gap = {
  vi: {
    points: "{{sign}}{{value}} điểm %",
    over: "vượt {{value}} %",
    short: "còn thiếu {{value}} %",
    onTarget: "bằng chỉ tiêu",
    onPlan: "đạt đúng kế hoạch",
    onTargetNotAbove: "bằng chỉ tiêu, chưa vượt",
    onTargetNotBelow: "bằng chỉ tiêu, chưa thấp hơn",
    onPlanNotAbove: "bằng mức kế hoạch, chưa vượt",
    onPlanNotBelow: "bằng mức kế hoạch, chưa thấp hơn",
  },
  en: {
    points: "{{sign}}{{value}} points",
    over: "{{value}}% over plan",
    short: "{{value}}% short of plan",
    onTarget: "at target",
    onPlan: "exactly on plan",
    onTargetNotAbove: "equal to the target, not above it",
    onTargetNotBelow: "equal to the target, not below it",
    onPlanNotAbove: "equal to the plan, not above it",
    onPlanNotBelow: "equal to the plan, not below it",
  },
};
